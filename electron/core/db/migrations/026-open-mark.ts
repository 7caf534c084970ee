import type { Migration } from './index';
import { rebuildSearchIndex } from '../../cases/search-rebuild';

/**
 * Each open case's search entry gains the open mark (cases/open-mark.ts), so a search within the open or the
 * finished cases is narrowed by the index itself. Every case's entry is written again from its row, as the app
 * indexes it today.
 */
export const migration026OpenMark: Migration = {
  version: 26,
  name: 'open-mark',
  up: (db, onProgress) => {
    rebuildSearchIndex(db, onProgress);
  },
};
