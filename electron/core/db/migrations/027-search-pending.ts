import type { Migration } from './index';
import { newCaseFacts } from './019-stats-facts';

/**
 * A case has fact rows (migration 19) only through its live events and callbacks. A case registered here has none
 * when its row is written; one arriving in a sync file may (its events can come first). Asked first, the question
 * spares a registration the four fact queries: a twentieth of its time. The plans are held by
 * test/core/stats/fact-triggers.test.ts (asked without `deleted = 0`, it read every event of the book).
 */
export const CASE_MAY_HAVE_FACTS =
  'EXISTS (SELECT 1 FROM case_events WHERE case_id = NEW.id AND deleted = 0) OR EXISTS (SELECT 1 FROM callbacks WHERE case_id = NEW.id AND deleted = 0)';

/**
 * Lighter registration:
 * - New search entries wait in `case_search_pending` and are written WRITTEN_TOGETHER at a time
 *   (cases/search-pending.ts): a registration no longer writes to the FTS5 index itself.
 * - The index of the cases by department holds only cases sent to one. A case is registered without a department,
 *   so registering writes one index page less; every lookup by department names one, which implies the condition.
 * - A new case's fact rows are worked out only when it may have some (above).
 */
export const migration027SearchPending: Migration = {
  version: 27,
  name: 'search-pending',
  up: `
    CREATE TABLE case_search_pending (case_rowid INTEGER PRIMARY KEY);
    DROP INDEX cases_by_department;
    CREATE INDEX cases_by_department ON cases (department_id, status) WHERE department_id IS NOT NULL;
    DROP TRIGGER stats_cases_insert;
    CREATE TRIGGER stats_cases_insert AFTER INSERT ON cases WHEN ${CASE_MAY_HAVE_FACTS} BEGIN ${newCaseFacts('NEW.rowid')} END;
  `,
};
