import type { Migration } from './index';

/**
 * A follow-up's correction is found by `amends_id`; without an index every
 * follow-up listed scanned all follow-ups of every case (a case's history
 * took ~40 ms per follow-up at 30,000 follow-ups and grew with the book).
 */
export const migration007FollowupAmendments: Migration = {
  version: 7,
  name: 'followup-amendments',
  up: `
    CREATE INDEX followups_by_amends ON followups (amends_id, at) WHERE amends_id IS NOT NULL AND deleted = 0;
  `,
};
