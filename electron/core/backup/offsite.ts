/**
 * The second, off-PC copy: after each day's backup, the newest backup with
 * its attachment files is sealed (sealed-copy.ts) into the folder the office
 * chose, and the newest few copies there are kept. The settings live beside
 * the backups, on this desk only: the folder and the key made from the
 * passphrase (never the passphrase itself). Restoring from a copy asks for
 * the passphrase, so it is written down and kept in the office's safe.
 */
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createHash } from 'node:crypto';
import type { OffsiteStatus } from '../../../shared/schemas/backups';
import { blobPath, putBlob } from '../attachments/blob-store';
import type { CoreContext } from '../context';
import { DomainError } from '../errors';
import { ensureBackupFolder, fileStamp, type BackupInfo } from './backup-catalogue';
import { deriveSealingKey, readSealedCopy, writeSealedCopy, type SealedPart } from './sealed-copy';
import Database from 'better-sqlite3';

const SETTINGS_FILE = 'offsite.json';
export const SEALED_EXTENSION = '.cdbackup';
/** Copies kept in the chosen folder (a stick is small; the backups folder keeps the rest). */
export const OFFSITE_KEEP = 7;

interface OffsiteSettings {
  folder: string | null;
  salt: string | null;
  key: string | null;
  lastCopyAt: number | null;
  lastError: string | null;
}

const NONE: OffsiteSettings = { folder: null, salt: null, key: null, lastCopyAt: null, lastError: null };

function settingsPath(dataDir: string): string {
  return join(dataDir, 'backups', SETTINGS_FILE);
}

function readSettings(dataDir: string): OffsiteSettings {
  try {
    return { ...NONE, ...(JSON.parse(readFileSync(settingsPath(dataDir), 'utf8')) as Partial<OffsiteSettings>) };
  } catch {
    return NONE;
  }
}

function writeSettings(dataDir: string, settings: OffsiteSettings): void {
  ensureBackupFolder(dataDir);
  writeFileSync(settingsPath(dataDir), `${JSON.stringify(settings)}\n`, { mode: 0o600 });
}

export function offsiteStatus(dataDir: string): OffsiteStatus {
  const settings = readSettings(dataDir);
  return { folder: settings.folder, hasPassphrase: settings.key !== null, lastCopyAt: settings.lastCopyAt, lastError: settings.lastError };
}

function assertWritableFolder(folder: string): void {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new DomainError('FOLDER_UNAVAILABLE', `The folder ${folder} cannot be reached`, [{ path: 'folder', message: 'errors.folderUnavailable' }]);
  }
  const probe = join(folder, `.complaint-desk-probe-${process.pid}`);
  try {
    writeFileSync(probe, '');
    rmSync(probe);
  } catch {
    throw new DomainError('FOLDER_UNAVAILABLE', `The folder ${folder} cannot be written to`, [{ path: 'folder', message: 'errors.folderUnavailable' }]);
  }
}

/** Chooses (or clears) the folder; a passphrase is needed the first time and may be changed later. */
export function setOffsite(ctx: CoreContext, input: { folder: string | null; passphrase?: string | undefined }): OffsiteStatus {
  const settings = readSettings(ctx.dataDir);
  if (input.folder === null) {
    writeSettings(ctx.dataDir, { ...settings, folder: null });
    return offsiteStatus(ctx.dataDir);
  }
  assertWritableFolder(input.folder);
  let { salt, key } = settings;
  if (input.passphrase !== undefined) {
    const sealing = deriveSealingKey(input.passphrase);
    salt = sealing.salt.toString('hex');
    key = sealing.key.toString('hex');
  }
  if (!key) throw new DomainError('PASSPHRASE_REQUIRED', 'Choose a backup passphrase', [{ path: 'passphrase', message: 'errors.required' }]);
  writeSettings(ctx.dataDir, { ...settings, folder: input.folder, salt, key, lastError: null });
  return offsiteStatus(ctx.dataDir);
}

/** Seals `backup` into the chosen folder, if one is set; a folder out of reach (the stick not in) is noted, not thrown. */
export function copyOffsite(ctx: CoreContext, backup: BackupInfo): string | null {
  const settings = readSettings(ctx.dataDir);
  if (!settings.folder || !settings.key || !settings.salt) return null;
  try {
    assertWritableFolder(settings.folder);
    const book = new Database(backup.path, { readonly: true, fileMustExist: true });
    let hashes: string[];
    try {
      hashes = book.prepare('SELECT DISTINCT sha256 FROM attachments WHERE deleted = 0').pluck().all() as string[];
    } finally {
      book.close();
    }
    const parts: SealedPart[] = [
      { path: backup.path, sha256: '' },
      ...hashes.filter((sha) => /^[0-9a-f]{64}$/.test(sha) && existsSync(blobPath(ctx.dataDir, sha))).map((sha) => ({ path: blobPath(ctx.dataDir, sha), sha256: sha })),
    ];
    const name = `complaint-desk-${backup.deskCode || 'desk'}-${fileStamp(backup.at)}${SEALED_EXTENSION}`;
    const out = join(settings.folder, name);
    writeSealedCopy(out, { salt: Buffer.from(settings.salt, 'hex'), key: Buffer.from(settings.key, 'hex') }, parts);
    pruneCopies(settings.folder, backup.deskCode || 'desk');
    writeSettings(ctx.dataDir, { ...settings, lastCopyAt: ctx.now(), lastError: null });
    return out;
  } catch (error) {
    writeSettings(ctx.dataDir, { ...settings, lastError: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

function pruneCopies(folder: string, deskCode: string): void {
  const prefix = `complaint-desk-${deskCode}-`;
  const copies = readdirSync(folder)
    .filter((name) => name.startsWith(prefix) && name.endsWith(SEALED_EXTENSION))
    .sort()
    .reverse();
  for (const old of copies.slice(OFFSITE_KEEP)) rmSync(join(folder, old), { force: true });
}

/**
 * Unseals a copy: its attachment files go into the store (each checked against its hash), its book into a
 * temporary file the caller restores from and then removes. Nothing is kept of a copy that fails.
 */
export function unsealCopy(dataDir: string, path: string, passphrase: string): { bookPath: string; remove: () => void } {
  const folder = mkdtempSync(join(ensureBackupFolder(dataDir), `.unsealing-${basename(path)}-`));
  const bookPath = join(folder, 'book.sqlite3');
  try {
    readSealedCopy(path, passphrase, (part) => {
      if (part.sha256 === '') {
        const fd = openSync(bookPath, 'w');
        return { write: (bytes) => void writeSync(fd, bytes), end: () => closeSync(fd) };
      }
      const chunks: Buffer[] = [];
      return {
        write: (bytes) => void chunks.push(Buffer.from(bytes)),
        end: () => {
          const bytes = Buffer.concat(chunks);
          if (createHash('sha256').update(bytes).digest('hex') !== part.sha256) throw new DomainError('BACKUP_UNUSABLE', 'An attachment in the copy is damaged');
          putBlob(dataDir, bytes);
        },
      };
    });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return { bookPath, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
