/** The statistics' fact tables (migration 18) as rows, for comparing a book's with what working them out afresh gives. */
import type { Db } from '../../../electron/core/db/connection';

export const FACT_TABLES = ['stats_resolves', 'stats_callbacks_due', 'stats_callbacks_done', 'stats_exceptions'] as const;

/** Every fact row, by table, in the case's order (case, number, then time). */
export function factRows(db: Db): Record<string, unknown[]> {
  return Object.fromEntries(FACT_TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY case_rowid, nth, 1`).all()]));
}
