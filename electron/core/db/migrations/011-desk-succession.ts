import type { Migration } from './index';

/**
 * A desk restored from a backup goes on under a new desk id (so no change
 * number is ever written twice) with the same desk code. `replaced_by`
 * records which id took over from which, so the other desks accept the
 * same code under the new id instead of calling it a clash.
 */
export const migration011DeskSuccession: Migration = {
  version: 11,
  name: 'desk-succession',
  up: `
    ALTER TABLE desks ADD COLUMN replaced_by TEXT;
  `,
};
