import type { Migration } from './index';
import { rebuildSearchIndex } from '../../cases/search-rebuild';

/**
 * The search index gains each run of digits' 4-digit windows (search/ngrams.ts): a phone fragment was looked up
 * by digit pairs found in nearly every phone (42 ms a search at 1,000,000 cases). Every case's entry is written
 * again from its row, as the app indexes it today.
 */
export const migration022DigitWindows: Migration = {
  version: 22,
  name: 'digit-windows',
  up: (db, onProgress) => {
    rebuildSearchIndex(db, onProgress);
  },
};
