import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dumpChunks } from '../../../electron/cli/dump';
import { registerCase } from '../../../electron/core/cases/register-case';
import { bookFile } from '../../../electron/core/db/book-file';
import { compactBook, COMPACT_WHEN, freeSpace, worthCompacting } from '../../../electron/core/db/compact-book';
import { openConnection, type Db } from '../../../electron/core/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations/index';
import { checkIntegrity } from '../../../electron/core/integrity';
import { openCore } from '../../../electron/core/open-core';
import { buildCaseInput, openTestCore } from '../../factories/core';

const dumpOf = (db: Db) => [...dumpChunks(db)].join('');

/** A book with some cases and about 4 MB of free pages (a table filled and dropped, as migration 18 drops the old log). */
function bookWithFreePages(): { dataDir: string; dump: string } {
  const core = openTestCore();
  for (let i = 0; i < 8; i++) registerCase(core, buildCaseInput({ content: `电梯异响 ${i}` }));
  core.db.exec(`
    CREATE TABLE scratch (x BLOB);
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) INSERT INTO scratch SELECT randomblob(8000) FROM n;
    DROP TABLE scratch;`);
  const dump = dumpOf(core.db);
  core.close();
  return { dataDir: core.dataDir, dump };
}

describe('giving a book’s free pages back', () => {
  it('asks for a quarter of the file and 64 MB free by default', () => {
    const mb = 1024 * 1024;
    expect(worthCompacting({ fileBytes: 2200 * mb, freeBytes: 1900 * mb })).toBe(true);
    expect(worthCompacting({ fileBytes: 2200 * mb, freeBytes: 500 * mb })).toBe(false);
    expect(worthCompacting({ fileBytes: 100 * mb, freeBytes: 60 * mb })).toBe(false);
    expect(COMPACT_WHEN.share).toBe(0.25);
  });

  it('shrinks the file; its dump is the same after and the book checks out', () => {
    const { dataDir, dump } = bookWithFreePages();
    const file = bookFile(dataDir);
    const db = openConnection(file);
    const space = freeSpace(db);
    expect(space.freeBytes).toBeGreaterThan(space.fileBytes / 2);
    expect(worthCompacting(space, { share: 0.25, bytes: 0 })).toBe(true);

    const compacted = compactBook(db, file);
    expect(db.open).toBe(false);
    expect(compacted!.after).toBeLessThan(compacted!.before / 3);
    expect(statSync(file).size).toBe(compacted!.after);
    expect(existsSync(`${file}.compacting`)).toBe(false);

    const reopened = openCore({ dataDir });
    try {
      expect(reopened.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(freeSpace(reopened.db).freeBytes).toBe(0);
      expect(dumpOf(reopened.db)).toBe(dump);
      expect(checkIntegrity(reopened.db, dataDir).problems).toEqual([]);
    } finally {
      reopened.close();
    }
  });

  it('leaves the book as it was while another connection has it open', () => {
    const { dataDir } = bookWithFreePages();
    const file = bookFile(dataDir);
    const other = new Database(file, { readonly: true });
    try {
      other.prepare('SELECT count(*) FROM cases').get();
      const size = statSync(file).size;
      expect(compactBook(openConnection(file), file)).toBeNull();
      expect(statSync(file).size).toBe(size);
      expect(existsSync(`${file}.compacting`)).toBe(false);
    } finally {
      other.close();
    }
  });
});
