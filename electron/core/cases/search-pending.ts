/**
 * New search entries wait in `case_search_pending` until WRITTEN_TOGETHER of them are waiting, then go into the index
 * in one write. Each transaction that writes to the FTS5 index adds a segment to it and, now and then, merges
 * segments: about eight pages a registration, a quarter of its time. Written together, the cases share one segment.
 *
 * A search reads the waiting cases' rows (never more than WRITTEN_TOGETHER) and tests their texts the way the index
 * would find them (search/ngrams.ts, textMatcher), so a case is found the moment it is registered.
 *
 * What holds: every waiting case is searchable (live, not set aside) and has no entry in the index; every other
 * searchable case has its entry (integrity.ts checks both).
 */
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';

/** How many new entries wait before they are written together. */
export const WRITTEN_TOGETHER = 32;

/** A case read to be searched or indexed (waiting, or every case in a rebuild): its row id, status and SEARCHED_COLUMNS. */
export type WaitingRow = [rowid: number, status: unknown, ...texts: unknown[]];

/** A new entry waits; true when WRITTEN_TOGETHER are waiting, to be written now (case-projection.ts writes them). */
export function awaitEntry(db: Db, rowid: number): boolean {
  prepared(db, 'INSERT OR IGNORE INTO case_search_pending (case_rowid) VALUES (?)').run(rowid);
  return (prepared(db, 'SELECT count(*) FROM case_search_pending', 'pluck').get() as number) >= WRITTEN_TOGETHER;
}

/** The case no longer waits (it was indexed, or left the searchable cases). */
export function stopWaiting(db: Db, rowid: number): void {
  prepared(db, 'DELETE FROM case_search_pending WHERE case_rowid = ?').run(rowid);
}

/** The waiting cases' rows with the columns asked for; a row gone or no longer searchable is left out. */
export function waitingRows(db: Db, columns: readonly string[]): WaitingRow[] {
  // CROSS JOIN keeps the few waiting cases outermost: left to itself SQLite walked every case and looked each up
  // among them (9.6 ms at 200,000 cases).
  return prepared(
    db,
    `SELECT c.rowid, c.status, ${columns.map((column) => `c.${column}`).join(', ')}
       FROM case_search_pending p CROSS JOIN cases c ON c.rowid = p.case_rowid
      WHERE c.deleted = 0 AND c.excluded = 0 ORDER BY p.case_rowid`,
  )
    .raw()
    .all() as WaitingRow[];
}

/** Forgets every waiting case: their entries have been written (or the index is being written afresh). */
export function clearWaiting(db: Db): void {
  prepared(db, 'DELETE FROM case_search_pending').run();
}
