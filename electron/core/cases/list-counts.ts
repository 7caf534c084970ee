/**
 * The list's total from case_counts (migration 23) when the list is filtered by nothing but what that table is
 * keyed by: a sum over a few small rows instead of a count over the cases (25 ms for the closed ones at
 * 1,000,000 cases), and the few cases waiting to be counted.
 */
import type { CaseListQuery } from '../../../shared/contract';
import type { Db } from '../db/connection';
import { WAITING_CASES_SQL } from './waiting-cases';

/** The list's filters case_counts is keyed by, each with its column. */
export const COUNTED_FILTERS = [
  ['statuses', 'status'],
  ['categories', 'category'],
  ['channels', 'channel'],
  ['natures', 'nature'],
  ['sites', 'site'],
] as const satisfies readonly (readonly [keyof CaseListQuery, string])[];

/** How many active cases the filters of COUNTED_FILTERS let through. */
export function countedTotal(db: Db, query: CaseListQuery): number {
  const where: string[] = [];
  const params: string[] = [];
  for (const [filter, column] of COUNTED_FILTERS) {
    const values: readonly string[] = query[filter];
    if (values.length === 0) continue;
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  }
  const filter = where.length ? ` AND ${where.join(' AND ')}` : '';
  // The waiting cases are counted from their rows: case_counts counts them when their turn comes (waiting-cases.ts).
  const sql = `SELECT (SELECT coalesce(sum(n), 0) FROM case_counts WHERE true${filter})
                    + (SELECT count(*) FROM ${WAITING_CASES_SQL} AND deleted = 0 AND excluded = 0${filter})`;
  return db.prepare(sql).pluck().get(...params, ...params) as number;
}
