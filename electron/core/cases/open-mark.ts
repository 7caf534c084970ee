/**
 * Whether a case is still being handled, written into its search entry as one more token. A search within the open
 * cases (or the finished ones) is then an intersection the index makes itself, skipping through its entries, where
 * SQL intersected every match with every case of the filter: `漏水` among the open cases at 1,000,000 cases meant
 * 107,211 matches against 45,633 open cases, 18-20 ms to count alone.
 */
import { STATUSES, type CaseStatus } from '../../../shared/domain';

/** The statuses a case is finished in; it is open in every other. */
export const FINISHED_STATUSES: readonly CaseStatus[] = ['resolved', 'closed'];
const FINISHED: readonly unknown[] = FINISHED_STATUSES;

/** The token. Every gram starts with another letter (search/ngrams.ts), so no text ever matches it. */
export const OPEN_MARK = 'o';

export function isOpenStatus(status: unknown): boolean {
  return !FINISHED.includes(status);
}

/**
 * The match narrowed to the open or the finished cases when the list's status filter lies wholly on one side, as it
 * was otherwise; `covers` when the filter is the whole of that side (在办: every open status), so that the narrowed
 * match alone says what the filter does and the index's count of it is the list's total. The list's rows are still
 * filtered by the statuses themselves.
 */
export function narrowByStatus(match: string, statuses: readonly CaseStatus[]): { match: string; covers: boolean } {
  // Every status chosen lies on one side, so the filter is that whole side when it names as many statuses as it has.
  const covers = (open: boolean) => new Set(statuses).size === STATUSES.filter((status) => isOpenStatus(status) === open).length;
  if (statuses.length === 0) return { match, covers: false };
  if (statuses.every(isOpenStatus)) return { match: `(${match}) AND ${OPEN_MARK}`, covers: covers(true) };
  if (!statuses.some(isOpenStatus)) return { match: `(${match}) NOT ${OPEN_MARK}`, covers: covers(false) };
  return { match, covers: false };
}
