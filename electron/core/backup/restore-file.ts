/**
 * Restoring from a file a person points at: a backup (`.sqlite3`) copied
 * from the backups folder, or the encrypted copy from the office's USB
 * drive or share (`.cdbackup`, opened with the backup passphrase first).
 * The book must be closed (restore.ts).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { DomainError } from '../errors';
import { SEALED_EXTENSION, unsealCopy } from './offsite';
import { restoreBook, type RestoreReport } from './restore';

/** Refuses a path that is not a file, with the field error the forms show. */
export function assertBackupFile(path: string): void {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new DomainError('FILE_MISSING', `No file at ${path}`, [{ path: 'path', message: 'errors.noSuchFile' }]);
  }
}

export function isSealedCopy(path: string): boolean {
  return path.toLowerCase().endsWith(SEALED_EXTENSION);
}

export function restoreFromFile(options: { dataDir: string; from: string; passphrase: string | null; now: number }): RestoreReport {
  const { dataDir, from, passphrase, now } = options;
  if (!isSealedCopy(from)) return restoreBook({ dataDir, from, now });
  if (!passphrase) {
    throw new DomainError('PASSPHRASE_REQUIRED', 'This backup copy is encrypted: give the backup passphrase', [{ path: 'passphrase', message: 'errors.required' }]);
  }
  mkdirSync(dataDir, { recursive: true });
  const unsealed = unsealCopy(dataDir, from, passphrase);
  try {
    return { ...restoreBook({ dataDir, from: unsealed.bookPath, now }), from };
  } finally {
    unsealed.remove();
  }
}
