import type { Migration } from './index';
import { SEARCHED_COLUMNS, writeEntries } from '../../cases/case-projection';
import type { WaitingRow } from '../../cases/search-pending';

/**
 * Which cases wait for their search entries is one number, not a table (cases/search-pending.ts): the index is
 * written for the cases up to `through`, and the searchable cases above it wait. A registration no longer writes a
 * row to say that it waits: one page less in each commit. The cases waiting in the table get their entries here, so
 * the mark starts past every case.
 */
export const migration028SearchMark: Migration = {
  version: 28,
  name: 'search-mark',
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
      CREATE TABLE case_search_written (through INTEGER NOT NULL);
      INSERT INTO case_search_written (through) VALUES (coalesce((SELECT max(rowid) FROM cases), 0));
    `);
  },
};
