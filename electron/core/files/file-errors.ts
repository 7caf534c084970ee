/**
 * What went wrong with a file a person chose, in a stable code the UI and the CLI can word (and the
 * CLI exits 2 for): never "Unexpected failure" with a stack trace for a missing file or a full disk.
 */
import { closeSync, constants, fstatSync, openSync } from 'node:fs';
import { DomainError } from '../errors';

const CODES: Record<string, { code: 'FILE_MISSING' | 'NOT_A_FILE' | 'NO_PERMISSION' | 'DISK_FULL'; words: string }> = {
  ENOENT: { code: 'FILE_MISSING', words: 'does not exist' },
  ENOTDIR: { code: 'FILE_MISSING', words: 'does not exist' },
  EISDIR: { code: 'NOT_A_FILE', words: 'is a folder, not a file' },
  EACCES: { code: 'NO_PERMISSION', words: 'may not be used by this account' },
  EPERM: { code: 'NO_PERMISSION', words: 'may not be used by this account' },
  EROFS: { code: 'NO_PERMISSION', words: 'is on a read-only disk' },
  ENOSPC: { code: 'DISK_FULL', words: 'cannot be written: the disk is full' },
  EDQUOT: { code: 'DISK_FULL', words: 'cannot be written: the disk quota is used up' },
};

/** The refusal for a file-system failure on `path`; other errors come back unchanged. */
export function fileProblem(error: unknown, path: string): unknown {
  const errno = (error as NodeJS.ErrnoException | null)?.code;
  const known = errno ? CODES[errno] : undefined;
  return known ? new DomainError(known.code, `${path} ${known.words}`) : error;
}

/**
 * Opens a file to read only if it is a plain file: a folder, a named pipe or a device is refused
 * without blocking on it (a pipe opened for reading waits for a writer).
 */
export function openPlainFile(path: string): number {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw fileProblem(error, path);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new DomainError('NOT_A_FILE', `${path} is not a plain file`);
  } catch (error) {
    closeSync(fd);
    throw fileProblem(error, path);
  }
  return fd;
}
