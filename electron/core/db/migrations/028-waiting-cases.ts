import type { Migration } from './index';
import { SEARCHED_COLUMNS, writeEntries } from '../../cases/case-projection';
import type { WaitingRow } from '../../cases/waiting-cases';
import { receivedDaysTriggers } from './019-stats-facts';
import { caseCountsTriggers } from './023-list-counts';

/** Counted by the triggers: a case up to the mark. The ones above it are counted when their turn comes. */
const upToTheMark = (row: 'NEW' | 'OLD') => `${row}.rowid <= (SELECT through FROM cases_written)`;

/**
 * Which cases wait is one number, not a table (cases/waiting-cases.ts): the search entries and the counts are
 * written for the cases up to `through`, and the cases above it wait. A registration no longer writes a row to say
 * that it waits, nor the list's counts and the day counts: three pages less in each commit. The cases waiting in the
 * table get their entries here, so the mark starts past every case, all of them counted.
 */
export const migration028WaitingCases: Migration = {
  version: 28,
  name: 'waiting-cases',
  up: (db) => {
    const waiting = db
      .prepare(
        `SELECT c.rowid, c.status, ${SEARCHED_COLUMNS.map((column) => `c.${column}`).join(', ')}
           FROM case_search_pending p CROSS JOIN cases c ON c.rowid = p.case_rowid
          WHERE c.deleted = 0 AND c.excluded = 0 ORDER BY p.case_rowid`,
      )
      .raw()
      .all() as WaitingRow[];
    writeEntries(db, waiting);
    db.exec(`
      DROP TABLE case_search_pending;
      CREATE TABLE cases_written (through INTEGER NOT NULL);
      INSERT INTO cases_written (through) VALUES (coalesce((SELECT max(rowid) FROM cases), 0));
      DROP TRIGGER case_counts_insert; DROP TRIGGER case_counts_update; DROP TRIGGER case_counts_delete;
      ${caseCountsTriggers(upToTheMark)}
      DROP TRIGGER stats_received_insert; DROP TRIGGER stats_received_update; DROP TRIGGER stats_received_delete;
      ${receivedDaysTriggers(upToTheMark)}
    `);
  },
};
