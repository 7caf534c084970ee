/**
 * Is the case book on disk whole, before anything opens it for writing?
 * The header must be SQLite's, the file a whole number of pages and as long
 * as its header says, and SQLite's quick_check must pass. A book that fails
 * is never written to, never replaced: the app shows its recovery screen
 * and the command line exits 2, both with these words.
 */
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { readAhead } from './read-ahead';

export type DamageKind = 'empty' | 'not_a_database' | 'truncated' | 'corrupt';

const DESCRIPTIONS: Record<DamageKind, string> = {
  empty: 'the database file is empty (0 bytes)',
  not_a_database: 'the file is not a SQLite database',
  truncated: 'the database file is shorter than it should be (cut off)',
  corrupt: 'the database is damaged',
};

export class DamagedDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly kind: DamageKind,
    readonly detail: string,
  ) {
    super(
      `The case book ${file} cannot be used: ${DESCRIPTIONS[kind]}${detail ? ` (${detail})` : ''}. ` +
        'It has not been changed. Restore a backup, rebuild this desk from another desk\'s full sync file, ' +
        'or export what is still readable (see the README: "When the case book is damaged").',
    );
    this.name = 'DamagedDatabaseError';
  }
}

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** The schema version the file's header gives (user_version), 0 if it has none: for the screen, before the book is checked. */
export function versionInHeader(file: string): number {
  try {
    const header = readHeader(file);
    return header.length >= 64 ? header.readUInt32BE(60) : 0;
  } catch {
    return 0;
  }
}

/** The checks that need only the file's bytes: nothing is opened, nothing created beside it. */
function headerDamage(file: string): { kind: DamageKind; detail: string } | null {
  const size = statSync(file).size;
  if (size === 0) return { kind: 'empty', detail: '' };
  const header = readHeader(file);
  if (header.length < 100 || !header.subarray(0, 16).equals(HEADER)) return { kind: 'not_a_database', detail: '' };
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return { kind: 'corrupt', detail: `page size ${rawPageSize}` };
  if (size % pageSize !== 0) return { kind: 'truncated', detail: `${size} bytes is not a whole number of ${pageSize}-byte pages` };
  // The page count in the header is valid when its version stamp matches the change counter (SQLite 3.7.0+).
  const pages = header.readUInt32BE(28);
  if (header.readUInt32BE(92) === header.readUInt32BE(24) && pages * pageSize > size) {
    return { kind: 'truncated', detail: `${size / pageSize} of ${pages} pages` };
  }
  return null;
}

/** SQLite's own quick check, read-only. Side files it had to create beside a damaged book are removed again. */
function quickCheckDamage(file: string): { kind: DamageKind; detail: string } | null {
  const sideFiles = ['-wal', '-shm'].map((suffix) => `${file}${suffix}`);
  const existed = sideFiles.map((side) => existsSync(side));
  let damage: { kind: DamageKind; detail: string } | null = null;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const result = db.pragma('quick_check', { simple: true }) as string;
      if (result !== 'ok') damage = { kind: 'corrupt', detail: result };
    } finally {
      db.close();
    }
  } catch (error) {
    damage = { kind: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
  if (damage) sideFiles.forEach((side, i) => !existed[i] && rmSync(side, { force: true }));
  return damage;
}

/** How far the check has got: the read through, counted in bytes, then SQLite's check, one step that says nothing until done. */
export type CheckProgress = (phase: 'reading' | 'checking', done: number, total: number) => void;

function readThenQuickCheck(file: string, onProgress?: CheckProgress): { kind: DamageKind; detail: string } | null {
  readAhead(file, onProgress && ((done, total) => onProgress('reading', done, total)));
  onProgress?.('checking', 0, 1);
  return quickCheckDamage(file);
}

/**
 * Throws DamagedDatabaseError for a book that must not be opened for writing. A missing file is not damage: it is a
 * new desk. The file is read through first (read-ahead.ts), so that the check runs from memory.
 */
export function assertHealthyDatabase(file: string, onProgress?: CheckProgress): void {
  if (!existsSync(file)) return;
  const damage = headerDamage(file) ?? readThenQuickCheck(file, onProgress);
  if (damage) throw new DamagedDatabaseError(file, damage.kind, damage.detail);
}
