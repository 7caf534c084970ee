import type { Migration } from './index';

/**
 * Migration 24's index of a case's events covered every event; the index of events by action and time covers the
 * live ones. Asked for one case's live events of one action since or before a time (the statistics' triggers: the
 * first dispatch before a resolution, a manager's close after a callback round), SQLite took the partial index by
 * action and read every such event of the book: each resolution registered or imported read all the book's
 * dispatches (at 40,000 cases the bench book's build slowed fivefold). Over the live events only, as the index it
 * replaced was, the case's own index is the one SQLite takes (test/core/stats/fact-triggers.test.ts holds the plans).
 */
export const migration025CaseEventsLiveIndex: Migration = {
  version: 25,
  name: 'case-events-live-index',
  up: `
    DROP INDEX case_events_by_case;
    CREATE INDEX case_events_by_case ON case_events (case_id, at, action) WHERE deleted = 0;
  `,
};
