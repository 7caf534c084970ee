import type { Migration } from './index';
import { refreshNameKeys } from '../../cases/name-keys';

/**
 * The list sorted by name in pinyin order read an index-less key of every case (db/pinyin-key.ts): 317 ms a page
 * at 1,000,000 cases. Each case now keeps its name's key, worked out by the projection, with an index over it
 * in place of the one over the name in code order (which nothing sorts by). The keys are written here, on the
 * upgrade's thread, by cases/name-keys.ts, which notes which ICU made them and writes them again at a start
 * whenever that ICU changes (an update of the app).
 */
export const migration021NameKeys: Migration = {
  version: 21,
  name: 'name-keys',
  up: (db) => {
    db.exec(`
      ALTER TABLE cases ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE desk ADD COLUMN name_keys_icu TEXT;
      DROP INDEX cases_by_name;
      CREATE INDEX cases_by_name_key ON cases (name_key) WHERE deleted = 0 AND excluded = 0;
    `);
    refreshNameKeys(db);
  },
};
