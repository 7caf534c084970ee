import type { Migration } from './index';
import type { Db } from '../connection';
import { phoneKey } from '../../../../shared/vocabulary/phone';
import { gramsForIndex } from '../../search/ngrams';

/**
 * Cases can be voided and merged (they leave lists, queues and statistics:
 * the `excluded` column, which every list index now leaves out), carry an
 * e-mail address, and are found by their phone's digits (`phone_key`,
 * worked out by the same code as the projection, so "158 8888 9017" and
 * "+86 15888889017" are one customer). The expression index over the phone
 * with its separators stripped in SQL gives way to the column, and every
 * case's search entry is written again with its phone's digits in it.
 */
const SCHEMA = `
  ALTER TABLE cases ADD COLUMN email TEXT NOT NULL DEFAULT '';
  ALTER TABLE cases ADD COLUMN voided INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE cases ADD COLUMN merged_into TEXT;
  ALTER TABLE cases ADD COLUMN phone_key TEXT NOT NULL DEFAULT '';
  ALTER TABLE cases ADD COLUMN excluded INTEGER NOT NULL DEFAULT 0;

  DROP INDEX cases_by_phone_key;
  DROP INDEX cases_by_received;
  DROP INDEX cases_by_status;
  DROP INDEX cases_by_category;
  DROP INDEX cases_by_channel;
  DROP INDEX cases_by_name;
  CREATE INDEX cases_by_received ON cases (received_at) WHERE deleted = 0 AND excluded = 0;
  CREATE INDEX cases_by_status ON cases (status, received_at) WHERE deleted = 0 AND excluded = 0;
  CREATE INDEX cases_by_category ON cases (category, channel, received_at) WHERE deleted = 0 AND excluded = 0;
  CREATE INDEX cases_by_channel ON cases (channel, received_at) WHERE deleted = 0 AND excluded = 0;
  CREATE INDEX cases_by_name ON cases (complainant_name) WHERE deleted = 0 AND excluded = 0;
  CREATE INDEX cases_by_nature ON cases (nature, received_at) WHERE deleted = 0 AND excluded = 0;
  CREATE INDEX cases_set_aside ON cases (received_at) WHERE deleted = 0 AND excluded = 1;
  CREATE INDEX cases_by_merged_into ON cases (merged_into) WHERE merged_into IS NOT NULL;
`;

interface CaseTexts {
  rowid: number;
  deleted: number;
  number: string;
  complainantName: string;
  phone: string;
  buildingRoom: string;
  content: string;
}

function fillPhoneKeysAndSearch(db: Db): void {
  const update = db.prepare('UPDATE cases SET phone_key = ? WHERE rowid = ?');
  const unindex = db.prepare('DELETE FROM case_search WHERE rowid = ?');
  const index = db.prepare('INSERT INTO case_search (rowid, uni, bi) VALUES (?, ?, ?)');
  // Read first: better-sqlite3 runs no other statement while one is being iterated.
  const rows = db
    .prepare(
      `SELECT rowid, deleted, number, complainant_name AS complainantName, phone, building_room AS buildingRoom, content FROM cases`,
    )
    .all() as CaseTexts[];
  for (const row of rows) {
    const key = phoneKey(row.phone);
    if (key) update.run(key, row.rowid);
    if (row.deleted) continue;
    // The fields searched at version 9 (there is no e-mail yet), then the phone's digits.
    const grams = gramsForIndex([row.number, row.complainantName, row.phone, row.buildingRoom, row.content, key]);
    unindex.run(row.rowid);
    index.run(row.rowid, grams.uni, grams.bi);
  }
  db.exec(`CREATE INDEX cases_by_phone_key ON cases (phone_key, received_at) WHERE deleted = 0 AND excluded = 0 AND phone_key <> ''`);
}

export const migration009SetAsideAndEmail: Migration = {
  version: 9,
  name: 'set-aside-and-email',
  up: (db) => {
    db.exec(SCHEMA);
    fillPhoneKeysAndSearch(db);
  },
};
