/**
 * Which cases were merged into which: a merged case's number leads to the
 * case it was merged into, and that case shows the merged ones' records.
 * Two desks may merge in a circle before they sync; every walk here stops.
 */
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';

/** How many merges a number is followed through; more means desks merged in a circle. */
const MERGE_HOPS = 16;

/** The case a number finally leads to: a merged case leads to the one it was merged into, and so on. */
export function mergeTarget(db: Db, caseId: string): string {
  let id = caseId;
  for (let hop = 0; hop < MERGE_HOPS; hop++) {
    const next = prepared(db, 'SELECT merged_into FROM cases WHERE id = ? AND deleted = 0', 'pluck').get(id) as string | null | undefined;
    if (!next) return id;
    id = next;
  }
  return caseId;
}

interface MergedRow {
  id: string;
  number: string;
  receivedAt: number;
  rowid: number;
}

/** Every case merged into this one, directly or through another merged case. */
export function casesMergedInto(db: Db, caseId: string): { id: string; number: string }[] {
  const found: { id: string; number: string }[] = [];
  const seen = new Set([caseId]);
  let frontier = [caseId];
  for (let hop = 0; hop < MERGE_HOPS && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      // Sorted here: almost every case has none, and an ORDER BY would cost a sorter on every case opened.
      const rows = (
        prepared(db, 'SELECT id, number, received_at AS receivedAt, rowid FROM cases WHERE merged_into = ? AND deleted = 0').all(id) as MergedRow[]
      )
        .sort((a, b) => a.receivedAt - b.receivedAt || a.rowid - b.rowid)
        .map(({ id, number }) => ({ id, number }));
      for (const row of rows) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        found.push(row);
        next.push(row.id);
      }
    }
    frontier = next;
  }
  return found;
}
