/**
 * Giving a book's free pages back to the disk, after migrations that rewrote much of it (the change log
 * rewritten as entries left the 100,000-case book at 2.2 GB with 1.9 GB of it free, which SQLite keeps for
 * itself). Not with a plain VACUUM: openConnection keeps temporary data in memory (temp_store = MEMORY), so
 * VACUUM would build the whole copy in RAM. VACUUM INTO writes the copy to a file beside the book instead; the
 * copy is checked and synced, and only with the book's connection closed does it take the book's place, by one
 * rename: a crash at any moment leaves the old book or the new one, whole.
 */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './connection';

export interface CompactWhen {
  /** The share of the file that is free pages. */
  share: number;
  /** And at least this many bytes of them: a small book's copy is not worth the time. */
  bytes: number;
}

export const COMPACT_WHEN: CompactWhen = { share: 0.25, bytes: 64 * 1024 * 1024 };

export interface FreeSpace {
  fileBytes: number;
  freeBytes: number;
}

export function freeSpace(db: Db): FreeSpace {
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  const free = db.pragma('freelist_count', { simple: true }) as number;
  return { fileBytes: pages * pageSize, freeBytes: free * pageSize };
}

export function worthCompacting(space: FreeSpace, when: CompactWhen = COMPACT_WHEN): boolean {
  return space.freeBytes >= when.bytes && space.freeBytes > space.fileBytes * when.share;
}

/** The file's size before and after. */
export interface Compacted {
  before: number;
  after: number;
}

function syncToDisk(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The copy must read back whole, at the book's version, before it may replace the book. */
function assertWholeCopy(copy: string, version: number): void {
  const db = new Database(copy, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new Error(`The compacted copy failed its check: ${check}`);
    const copied = db.pragma('user_version', { simple: true }) as number;
    if (copied !== version) throw new Error(`The compacted copy is at version ${copied}, the book at ${version}`);
  } finally {
    db.close();
  }
}

/**
 * Writes `file`'s compacted copy and puts it in the book's place. `db` must be the only connection to the book:
 * it is closed here, whatever happens. Null when the book was left as it was because another connection still
 * had it open (it must not have the file replaced under it).
 */
export function compactBook(db: Db, file: string): Compacted | null {
  const copy = `${file}.compacting`;
  const before = statSync(file).size;
  const version = db.pragma('user_version', { simple: true }) as number;
  try {
    // A copy a crash left half-written.
    rmSync(copy, { force: true });
    db.prepare('VACUUM INTO ?').run(copy);
    assertWholeCopy(copy, version);
    syncToDisk(copy);
    // Everything in the WAL goes into the file before it is put aside.
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    rmSync(copy, { force: true });
    throw error;
  } finally {
    db.close();
  }
  // The last connection to close removes the WAL (and the shared memory beside it): still there, another has the book open.
  if (existsSync(`${file}-wal`)) {
    rmSync(copy, { force: true });
    return null;
  }
  // One left over would be read against the new file.
  rmSync(`${file}-shm`, { force: true });
  renameSync(copy, file);
  try {
    syncToDisk(dirname(file));
  } catch {
    // Windows cannot open a folder to sync it; its rename is durable by itself.
  }
  return { before, after: statSync(file).size };
}
