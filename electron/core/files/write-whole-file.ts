/**
 * Writes a file under a temporary name and gives it its real name only once every byte is on disk, so a
 * crash, a kill or a failed write never leaves half a file where a whole one is expected.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';

export function writeWholeFile<T>(path: string, temporary: string, write: (fd: number) => T): T {
  const fd = openSync(temporary, 'w');
  let result: T;
  try {
    result = write(fd);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, path);
  return result;
}
