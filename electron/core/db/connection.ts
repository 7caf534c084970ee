import Database from 'better-sqlite3';
import { registerPinyinKey } from './pinyin-key';

export type Db = Database.Database;

/**
 * Opens the case book. WAL keeps readers off the writer's back; FULL sync
 * makes every committed case survive a power cut at the desk.
 */
export function openConnection(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  // Statement journals (kept for every write inside a transaction that may fail half-way) otherwise
  // spill to temporary files past 64 KB: an import of 100,000 cases wrote 8 GB of them.
  db.pragma('temp_store = MEMORY');
  // The case list sorts names with it (case-queries.ts); SQLite forgets functions with the connection.
  registerPinyinKey(db);
  return db;
}

/** Reads the schema version without writing a byte, so a newer file can be refused untouched. */
export function readSchemaVersion(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}
