/** The statistics' fact tables (migration 19) as rows, for comparing a book's with what working them out afresh gives. */
import { expect } from 'vitest';
import type { Db } from '../../../electron/core/db/connection';
import { fillStatsFacts } from '../../../electron/core/db/migrations/019-stats-facts';
import { catchUpWaitingCases } from '../../../electron/core/cases/case-projection';

/** Each table of facts, with an order of its rows. */
export const FACT_TABLES = {
  stats_received_days: 'dim, key, day, site',
  stats_resolves: 'case_rowid, nth',
  stats_callbacks_due: 'case_rowid, nth',
  stats_callbacks_done: 'case_rowid, nth',
  stats_exceptions: 'case_rowid, nth',
} as const;

/** Every fact row, by table. */
export function factRows(db: Db): Record<string, unknown[]> {
  return Object.fromEntries(Object.entries(FACT_TABLES).map(([table, order]) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all()]));
}

const COUNT_KEY = 'status, category, channel, nature, site';

/**
 * The triggers' fact rows are the ones working them out afresh gives (no trigger missed a write), and so are the
 * list's counts (migration 23), once the waiting cases have had their turn. Refills the facts.
 */
export function expectFreshFacts(db: Db): void {
  // The waiting cases' counts first (cases/waiting-cases.ts): what their turn adds must make the counts whole.
  db.transaction(() => catchUpWaitingCases(db))();
  const kept = factRows(db);
  db.transaction(() => fillStatsFacts(db))();
  expect(kept).toEqual(factRows(db));
  expect(db.prepare(`SELECT ${COUNT_KEY}, n FROM case_counts ORDER BY ${COUNT_KEY}`).all()).toEqual(
    db.prepare(`SELECT ${COUNT_KEY}, count(*) AS n FROM cases WHERE deleted = 0 AND excluded = 0 GROUP BY ${COUNT_KEY} ORDER BY ${COUNT_KEY}`).all(),
  );
}
