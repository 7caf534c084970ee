/**
 * The backups of a desk: one database copy and one description each in
 * `<data>/backups/`, and the attachment files they need in
 * `<data>/backups/attachments/` (shared, by hash, so each file is copied
 * once). A backup counts only once its description is written, which
 * happens after its own check passed: a copy cut off by a crash or a kill
 * (still `*.partial`) is never listed and is swept away.
 */
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupReason } from '../../../shared/schemas/backups';
import { blobPath } from '../attachments/blob-store';

export const BACKUP_FOLDER = 'backups';
const DESCRIPTION_VERSION = 1;

export interface BackupInfo {
  /** The file's name without its extension: what the screens and the CLI call it. */
  id: string;
  path: string;
  at: number;
  reason: BackupReason;
  bytes: number;
  cases: number;
  deskId: string;
  deskCode: string;
  orgName: string;
  schemaVersion: number;
  /** How many attachment files the backup's cases refer to. */
  blobs: number;
  /** What the book held of the change log when it was copied (changes/changes-held.ts): a backup on exit is skipped while it holds the same. */
  changesHeld: string;
}

export function backupFolder(dataDir: string): string {
  return join(dataDir, BACKUP_FOLDER);
}

export function blobBackupPath(dataDir: string, sha256: string): string {
  return join(backupFolder(dataDir), 'attachments', sha256.slice(0, 2), sha256);
}

export type BlobDirection = 'into_backups' | 'back_to_store';

/**
 * Attachment files copied between the store and the backup folder, each once (by hash, so a file already
 * there is the same file), under a temporary name until whole. A file missing at the source is skipped: it
 * is still on its way from another desk, or was never backed up.
 */
export function copyBlobs(dataDir: string, hashes: readonly string[], direction: BlobDirection): void {
  for (const sha256 of hashes) {
    if (!/^[0-9a-f]{64}$/.test(sha256)) continue;
    const [source, target] =
      direction === 'into_backups' ? [blobPath(dataDir, sha256), blobBackupPath(dataDir, sha256)] : [blobBackupPath(dataDir, sha256), blobPath(dataDir, sha256)];
    if (existsSync(target) || !existsSync(source)) continue;
    mkdirSync(dirname(target), { recursive: true });
    const temporary = `${target}.${randomUUID()}.partial`;
    copyFileSync(source, temporary);
    renameSync(temporary, target);
  }
}

export function ensureBackupFolder(dataDir: string): string {
  const folder = backupFolder(dataDir);
  mkdirSync(folder, { recursive: true });
  return folder;
}

const DESCRIPTION_SUFFIX = '.json';
const DATABASE_SUFFIX = '.sqlite3';

/** A backup's id: its file's name without the extension. */
export function backupIdOf(databasePath: string): string {
  return basename(databasePath, DATABASE_SUFFIX);
}

export function descriptionPath(databasePath: string): string {
  return databasePath.slice(0, -DATABASE_SUFFIX.length) + DESCRIPTION_SUFFIX;
}

function readDescription(path: string): Omit<BackupInfo, 'id' | 'path'> | null {
  try {
    const description = JSON.parse(readFileSync(path, 'utf8')) as Omit<BackupInfo, 'id' | 'path'> & { version?: number };
    return description.version === DESCRIPTION_VERSION ? { ...description, changesHeld: description.changesHeld ?? '' } : null;
  } catch {
    return null;
  }
}

export function describe(info: Omit<BackupInfo, 'id' | 'path'>): string {
  return `${JSON.stringify({ version: DESCRIPTION_VERSION, ...info }, null, 2)}\n`;
}

/** Every finished backup, newest first. Copies a crash left half-made are removed on the way. */
export function listBackups(dataDir: string): BackupInfo[] {
  const folder = backupFolder(dataDir);
  if (!existsSync(folder)) return [];
  const found: BackupInfo[] = [];
  for (const name of readdirSync(folder)) {
    if (name.endsWith('.partial')) {
      rmSync(join(folder, name), { force: true });
      continue;
    }
    if (!name.endsWith(DATABASE_SUFFIX)) continue;
    const path = join(folder, name);
    const description = readDescription(descriptionPath(path));
    if (!description || !statSync(path).isFile()) continue;
    found.push({ ...description, id: backupIdOf(path), path });
  }
  return found.sort((a, b) => b.at - a.at || b.id.localeCompare(a.id));
}

export function removeBackup(backup: BackupInfo): void {
  rmSync(descriptionPath(backup.path), { force: true });
  rmSync(backup.path, { force: true });
}

/** `20261205-093552`: a moment in a file name (UTC, so names sort by time on every desk). */
export function fileStamp(at: number): string {
  return new Date(at).toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

export function backupFileName(at: number, reason: BackupReason, unique: string): string {
  return `backup-${fileStamp(at)}-${reason}-${unique}${DATABASE_SUFFIX}`;
}
