/**
 * New cases wait until WRITTEN_TOGETHER of them are waiting; then their search entries and their counts are written
 * in one go (catchUpWaitingCases, case-projection.ts). Each registration thereby writes three pages fewer:
 * - the search index: each transaction that writes to the FTS5 index adds a segment to it and, now and then, merges
 *   segments: about eight pages a registration, a quarter of its time. Written together, the cases share one segment;
 * - the list's counts (`case_counts`) and the statistics' day counts (`stats_received_days`): one page each.
 *
 * Which cases wait is one number, `cases_written.through` (migration 28): the search entries and the counts are
 * written for the cases up to that row id, and the cases above it wait. Cases are added at the end of their table,
 * so a registration waits without writing anything to say so. The counts' triggers count a case only up to the mark;
 * a case below the mark that becomes searchable again (restored from void) gets its entry at once.
 *
 * Whoever reads the index or the counts adds the waiting cases, read from their rows (never more than
 * WRITTEN_TOGETHER - 1): a search tests their texts the way the index would find them (search/ngrams.ts,
 * textMatcher), the list's total counts them (list-counts.ts), the statistics add them to the days they were
 * received (stats/fact-queries.ts). So a case is found and counted the moment it is registered.
 *
 * What holds: up to the mark the index holds an entry for every searchable case (live, not set aside) and the
 * counts count every such case; above it, neither (integrity.ts checks the index, the tests the counts).
 */
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';
import { receivedDaysAddFor } from '../db/migrations/019-stats-facts';
import { caseCountsAddFor } from '../db/migrations/023-list-counts';

/** How many new cases wait before their entries and counts are written together. */
export const WRITTEN_TOGETHER = 32;

/** A case read to be searched or indexed (waiting, or every case in a rebuild): its row id, status and SEARCHED_COLUMNS. */
export type WaitingRow = [rowid: number, status: unknown, ...texts: unknown[]];

/** SQL for the mark: the highest case row id whose search entry and counts are written. */
export const WRITTEN_THROUGH_SQL = '(SELECT through FROM cases_written)';

/**
 * The waiting cases, as a FROM and the start of its WHERE: found by their row ids. NOT INDEXED, or SQLite would walk
 * a partial index over every case to count a few dozen (5-9 ms at 200,000 cases for the list's total).
 */
export const WAITING_CASES_SQL = `cases NOT INDEXED WHERE rowid > ${WRITTEN_THROUGH_SQL}`;

/** The highest case row id whose search entry and counts are written. */
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
    `SELECT rowid, status, ${columns.join(', ')} FROM ${WAITING_CASES_SQL} AND deleted = 0 AND excluded = 0 ORDER BY rowid`,
  )
    .raw()
    .all() as WaitingRow[];
}

/** Moves the mark past every case: their entries and counts have been written. */
export function markAllWritten(db: Db): void {
  prepared(db, 'UPDATE cases_written SET through = max(through, coalesce((SELECT max(rowid) FROM cases), 0))').run();
}

/** Adds the waiting cases to the list's counts and the day counts, which their triggers count only up to the mark. */
export function countWaitingCases(db: Db): void {
  prepared(db, caseCountsAddFor(WAITING_CASES_SQL)).run();
  prepared(db, receivedDaysAddFor(WAITING_CASES_SQL)).run();
}
