import type { Migration } from './index';

/**
 * The index over every change's clock timestamp served one question, the
 * latest timestamp when a desk opens, which latestHlc now answers from the
 * primary key. Each change wrote it (about four of the ~43 pages a
 * registration commits) and it took ~70 bytes a change on disk.
 */
export const migration008DropClockIndex: Migration = {
  version: 8,
  name: 'drop-clock-index',
  up: `
    DROP INDEX changes_by_hlc;
  `,
};
