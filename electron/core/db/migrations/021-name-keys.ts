import type { Migration } from './index';

/**
 * The list sorted by name in pinyin order read an index-less key of every case (db/pinyin-key.ts): 317 ms a page
 * at 1,000,000 cases. Each case now keeps its name's key, worked out by the projection, with an index over it
 * in place of the one over the name in code order (which nothing sorts by). The keys are written after the
 * migrations by cases/name-keys.ts, which also writes them again whenever the ICU that ranks the characters
 * changes (an update of the app), and notes here which ICU made them.
 */
export const migration021NameKeys: Migration = {
  version: 21,
  name: 'name-keys',
  up: `
    ALTER TABLE cases ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
    ALTER TABLE desk ADD COLUMN name_keys_icu TEXT;
    DROP INDEX cases_by_name;
    CREATE INDEX cases_by_name_key ON cases (name_key) WHERE deleted = 0 AND excluded = 0;
  `,
};
