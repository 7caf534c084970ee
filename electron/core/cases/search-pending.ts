/**
 * New search entries wait until WRITTEN_TOGETHER of them are waiting, then go into the index in one write. Each
 * transaction that writes to the FTS5 index adds a segment to it and, now and then, merges segments: about eight
 * pages a registration, a quarter of its time. Written together, the cases share one segment.
 *
 * Which cases wait is one number, `case_search_written.through` (migration 28): the index has been written for the
 * cases up to that row id, and the searchable cases above it wait. Cases are added at the end of their table, so a
 * registration waits without writing anything to say so (a table of waiting cases was one more page in every
 * commit). A case below the mark that becomes searchable again (restored from void) gets its entry at once.
 *
 * A search reads the waiting cases' rows (never more than WRITTEN_TOGETHER - 1) and tests their texts the way the
 * index would find them (search/ngrams.ts, textMatcher), so a case is found the moment it is registered.
 *
 * What holds: the index holds an entry for every searchable case (live, not set aside) up to the mark, and none
 * above it (integrity.ts checks it).
 */
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';

/** How many new entries wait before they are written together. */
export const WRITTEN_TOGETHER = 32;

/** A case read to be searched or indexed (waiting, or every case in a rebuild): its row id, status and SEARCHED_COLUMNS. */
export type WaitingRow = [rowid: number, status: unknown, ...texts: unknown[]];

/** SQL for the mark: the highest case row id the index has been written through. */
export const WRITTEN_THROUGH_SQL = '(SELECT through FROM case_search_written)';

/** The highest case row id the index has been written through. */
export function writtenThrough(db: Db): number {
  return prepared(db, `SELECT ${WRITTEN_THROUGH_SQL}`, 'pluck').get() as number;
}

/**
 * Whether a case that has just become searchable and has no entry (a new case, or one restored) waits for its entry:
 * 'waits', 'write all' when it makes WRITTEN_TOGETHER waiting (case-projection.ts writes them), or 'write now' for a
 * case below the mark.
 */
export function awaitEntry(db: Db, rowid: number): 'waits' | 'write all' | 'write now' {
  const through = writtenThrough(db);
  if (rowid <= through) return 'write now';
  return rowid - through >= WRITTEN_TOGETHER ? 'write all' : 'waits';
}

/** The waiting cases' rows with the columns asked for: the searchable cases above the mark. */
export function waitingRows(db: Db, columns: readonly string[]): WaitingRow[] {
  return prepared(
    db,
    `SELECT c.rowid, c.status, ${columns.map((column) => `c.${column}`).join(', ')}
       FROM cases c WHERE c.rowid > ${WRITTEN_THROUGH_SQL} AND c.deleted = 0 AND c.excluded = 0 ORDER BY c.rowid`,
  )
    .raw()
    .all() as WaitingRow[];
}

/** Moves the mark past every case: their entries have been written (or the index is being written afresh). */
export function markAllWritten(db: Db): void {
  prepared(db, 'UPDATE case_search_written SET through = max(through, coalesce((SELECT max(rowid) FROM cases), 0))').run();
}
