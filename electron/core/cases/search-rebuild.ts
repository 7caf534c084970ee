/**
 * The search index written again from the case rows, after a change to how a case is indexed (search/ngrams.ts,
 * open-mark.ts): the texts and the open mark the projection indexes, for every case the index holds (live, not set
 * aside). Read a page of rows at a time, so a head office's million cases are never in memory at once.
 */
import type { Db } from '../db/connection';
import { SEARCHED_COLUMNS, writeEntries } from './case-projection';
import { countWaitingCases, markAllWritten, type WaitingRow } from './waiting-cases';

const PAGE = 5000;

export function rebuildSearchIndex(db: Db, onProgress?: (done: number, total: number) => void): number {
  const total = db.prepare('SELECT count(*) FROM cases WHERE deleted = 0 AND excluded = 0').pluck().get() as number;
  // The waiting cases' turn comes now (waiting-cases.ts; a book before version 28 has no mark): counted, and their
  // entries written below with everyone's.
  if (db.prepare(`SELECT 1 FROM sqlite_schema WHERE name = 'cases_written'`).get()) {
    countWaitingCases(db);
    markAllWritten(db);
  }
  // A contentless index forgets everything at once; entries are then written afresh.
  db.exec(`INSERT INTO case_search (case_search) VALUES ('delete-all')`);
  const page = db
    .prepare(`SELECT rowid, status, ${SEARCHED_COLUMNS.join(', ')} FROM cases WHERE rowid > ? AND deleted = 0 AND excluded = 0 ORDER BY rowid LIMIT ${PAGE}`)
    .raw();
  let done = 0;
  let after = 0;
  for (;;) {
    // Read first: better-sqlite3 runs no other statement while one is being iterated.
    const rows = page.all(after) as WaitingRow[];
    if (rows.length === 0) break;
    writeEntries(db, rows);
    done += rows.length;
    after = rows[rows.length - 1]![0];
    onProgress?.(done, total);
  }
  // One segment instead of the many a bulk write leaves: every later search reads fewer.
  db.exec(`INSERT INTO case_search (case_search) VALUES ('optimize')`);
  return done;
}
