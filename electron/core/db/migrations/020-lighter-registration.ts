import type { Migration } from './index';
import { receivedDaysTriggers } from './019-stats-facts';

/**
 * Fewer pages a registration commits (43 before; each page is written to the WAL and synced):
 *
 * - stats_received_days keyed by day first. Keyed by breakdown first, a new case's five day rows (one per
 *   breakdown) lay in five places of the tree, five pages a write; one day's rows now sit together.
 *   A period is still one range scan: the days, filtered by breakdown.
 * - cases_by_unit goes: cases_stats_unit (migration 19) covers every lookup by unit, which asks for a
 *   unit that is not empty (related-cases.ts says so, so the partial index serves it).
 *
 * Its triggers are the ones migration 19 made, written again because the table is new.
 */
export const migration020LighterRegistration: Migration = {
  version: 20,
  name: 'lighter-registration',
  up: `
    DROP TRIGGER stats_received_insert;
    DROP TRIGGER stats_received_update;
    DROP TRIGGER stats_received_delete;
    ALTER TABLE stats_received_days RENAME TO stats_received_days_19;
    CREATE TABLE stats_received_days (
      dim TEXT NOT NULL, key TEXT NOT NULL, day INTEGER NOT NULL, site TEXT NOT NULL, n INTEGER NOT NULL,
      PRIMARY KEY (day, dim, key, site)
    ) WITHOUT ROWID;
    INSERT INTO stats_received_days (dim, key, day, site, n) SELECT dim, key, day, site, n FROM stats_received_days_19;
    DROP TABLE stats_received_days_19;
    ${receivedDaysTriggers()}
    DROP INDEX cases_by_unit;
  `,
};
