import type { Db } from '../connection';
import type { Migration, MigrationProgress } from './index';
import { EntryWriter } from '../../changes/log-entries';
import { recordFieldCodes } from '../../changes/field-codes';
import type { ChangeTuple } from '../../sync/records';

/**
 * The change log as entries (changes/log-entries.ts): one row per record and
 * transaction instead of one per field, desk and person ids as small
 * numbers, timestamps as integers, and no table of heads or supersessions
 * (a record's heads are worked out from its changes, changes/entity-heads.ts).
 * Every change keeps its number, time, author, value, supersessions and
 * kept link. The `changes` view shows the entries one row per change, with
 * the columns the table had.
 */
const SCHEMA = `
  CREATE TABLE log_ids (
    no INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE
  );
  CREATE TABLE log_fields (
    no INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
  );
  CREATE TABLE log_entries (
    desk INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    n INTEGER NOT NULL,
    ms INTEGER NOT NULL,
    ctr INTEGER NOT NULL,
    entity TEXT NOT NULL,
    record INTEGER NOT NULL,
    user INTEGER,
    body TEXT NOT NULL,
    link BLOB,
    PRIMARY KEY (desk, seq)
  ) WITHOUT ROWID;
`;

const AFTER = `
  DROP TABLE changes;
  DROP TABLE heads;
  DROP TABLE supersessions;
  CREATE INDEX log_entries_by_record ON log_entries (record);
  CREATE VIEW changes (desk_id, seq, hlc, entity, entity_id, field, value, user_id, supersedes, link) AS
    SELECT d.id, e.seq + j.key,
           coalesce(j.value ->> 3, printf('%015d-%06d-%s', e.ms, e.ctr + j.key, d.id)),
           e.entity, r.id,
           CASE json_type(j.value, '$[0]') WHEN 'integer' THEN (SELECT f.name FROM log_fields f WHERE f.no = j.value ->> 0) ELSE j.value ->> 0 END,
           coalesce(j.value ->> 4, j.value -> 1), u.id,
           (SELECT json_group_array(CASE s.type WHEN 'integer' THEN d.id || ':' || s.value ELSE s.value END) FROM json_each(j.value, '$[2]') s),
           CASE WHEN j.key = e.n - 1 THEN e.link END
      FROM log_entries e JOIN log_ids d ON d.no = e.desk JOIN log_ids r ON r.no = e.record LEFT JOIN log_ids u ON u.no = e.user,
           json_each(e.body) j;
  -- Append-only: only a missing link may be filled in, once.
  CREATE TRIGGER log_entries_no_update BEFORE UPDATE OF desk, seq, n, ms, ctr, entity, record, user, body ON log_entries
    BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
  CREATE TRIGGER log_entries_link_once BEFORE UPDATE OF link ON log_entries WHEN OLD.link IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
  CREATE TRIGGER log_entries_no_delete BEFORE DELETE ON log_entries
    BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
  CREATE TRIGGER log_ids_no_update BEFORE UPDATE ON log_ids
    BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
  CREATE TRIGGER log_ids_no_delete BEFORE DELETE ON log_ids
    BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
`;

type OldRow = [string, number, string, string, string, string, string, string | null, string, Buffer | null];

/**
 * How many changes there are to rewrite, without reading the table (counting them would read a large book's log
 * once more): each desk numbers its changes from 1, so the sum of each desk's highest number (more only while a
 * desk waits for missing ones).
 */
const CHANGES_TO_REWRITE = `
  WITH RECURSIVE desks(id) AS (
    SELECT (SELECT min(desk_id) FROM changes)
    UNION ALL
    SELECT (SELECT min(desk_id) FROM changes WHERE desk_id > desks.id) FROM desks WHERE desks.id IS NOT NULL
  )
  SELECT coalesce(sum((SELECT max(seq) FROM changes WHERE desk_id = desks.id)), 0) FROM desks WHERE desks.id IS NOT NULL`;

/** Reads the old rows in pages by key (memory stays flat for any book) and writes them as entries, counting them. */
function rewriteLog(db: Db, onProgress: MigrationProgress): void {
  const page = db.prepare(
    `SELECT desk_id, seq, hlc, entity, entity_id, field, value, user_id, supersedes, link FROM changes
      WHERE desk_id > ? OR (desk_id = ? AND seq > ?) ORDER BY desk_id, seq LIMIT 5000`,
  );
  // An entry ends at the change before the one that starts the next: the links of the last two changes read are enough.
  const recent = new Map<string, Buffer | null>();
  const entries = new EntryWriter(db, (deskId, seq) => recent.get(`${deskId}:${seq}`) ?? null);
  let after: [string, number] = ['', 0];
  const total = db.prepare(CHANGES_TO_REWRITE).pluck().get() as number;
  let done = 0;
  onProgress(done, total);
  for (;;) {
    const rows = page.raw().all(after[0], after[0], after[1]) as OldRow[];
    if (rows.length === 0) break;
    for (const [deskId, seq, hlc, entity, entityId, field, value, userId, supersedes, link] of rows) {
      const change: ChangeTuple = [deskId, seq, hlc, entity, entityId, field, value, userId, JSON.parse(supersedes) as string[]];
      if (recent.size >= 2) recent.delete(recent.keys().next().value!);
      recent.set(`${deskId}:${seq}`, link);
      entries.add(change);
    }
    const last = rows[rows.length - 1]!;
    after = [last[0], last[1]];
    done += rows.length;
    onProgress(done, total);
  }
  entries.flush();
}

export const migration018LogEntries: Migration = {
  version: 18,
  name: 'log-entries',
  up: (db, onProgress) => {
    db.exec(SCHEMA);
    recordFieldCodes(db);
    rewriteLog(db, onProgress);
    db.exec(AFTER);
  },
};
