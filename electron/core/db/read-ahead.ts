/**
 * Reads a book through once, in large chunks from start to end, before SQLite checks it. The check reads every page
 * in the order of its B-trees, which from a cold disk here came at 36 MB/s: 123 s for the 1,000,000-case book,
 * 10.7 s for the 200,000-case one. Read in order first, the file came at 660–3,500 MB/s and the check then ran
 * from memory: 6.6 s + 19.8 s, and 0.25 s + 4.6 s. Only for a file that fits easily in memory: the end of a longer
 * read would push its start out again before the check got there.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { totalmem } from 'node:os';

const CHUNK_BYTES = 8 * 1024 * 1024;

export type ReadProgress = (done: number, total: number) => void;

/** True when the file was read through; false when it was too large for it, or could not be read (the check will say why). */
export function readAhead(file: string, onProgress: ReadProgress = () => {}, memoryBytes = totalmem()): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const size = fstatSync(fd).size;
    if (size > memoryBytes / 2) return false;
    const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK_BYTES, size)));
    let done = 0;
    onProgress(done, size);
    while (done < size) {
      const read = readSync(fd, chunk, 0, chunk.length, done);
      if (read === 0) break;
      done += read;
      onProgress(done, size);
    }
    return done >= size;
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}
