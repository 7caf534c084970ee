/**
 * Books of earlier versions, built the way a desk of today writes and then taken back a version at a time, as an
 * older app left them: for the migrations' tests and the upgrade's (unit and end-to-end). No test runner is
 * imported here, so a Playwright spec can build its book with these too.
 */
import type { Db } from '../../electron/core/db/connection';
import { readEntityHeads } from '../../electron/core/changes/entity-heads';
import { newCaseFacts, receivedDaysTriggers } from '../../electron/core/db/migrations/019-stats-facts';
import { SEARCHED_COLUMNS, writeEntries } from '../../electron/core/cases/case-projection';
import { countWaitingCases, type WaitingRow } from '../../electron/core/cases/waiting-cases';
import { caseCountsTriggers } from '../../electron/core/db/migrations/023-list-counts';
import { gramsForIndex, type IndexedGrams } from '../../electron/core/search/ngrams';

/** The change log as desks write it, without the links version 17 adds beside each change. */
export const CHANGES_AS_WRITTEN = 'SELECT desk_id, seq, hlc, entity, entity_id, field, value, user_id, supersedes FROM changes ORDER BY desk_id, seq';

/**
 * What version 28 changed (the waiting cases as those above a mark, not listed in a table; their counts kept back
 * until their turn), taken back: the waiting cases counted, and listed as waiting for their search entries.
 */
export function undoVersion28(core: { db: Db }): void {
  countWaitingCases(core.db);
  core.db.exec(`
    CREATE TABLE case_search_pending (case_rowid INTEGER PRIMARY KEY);
    INSERT INTO case_search_pending (case_rowid)
      SELECT rowid FROM cases WHERE rowid > (SELECT through FROM cases_written) AND deleted = 0 AND excluded = 0;
    DROP TRIGGER case_counts_insert; DROP TRIGGER case_counts_update; DROP TRIGGER case_counts_delete;
    ${caseCountsTriggers()}
    DROP TRIGGER stats_received_insert; DROP TRIGGER stats_received_update; DROP TRIGGER stats_received_delete;
    ${receivedDaysTriggers()}
    DROP TABLE cases_written;
    DELETE FROM schema_migrations WHERE version >= 28; PRAGMA user_version = 27;
  `);
}

/** What version 27 changed (new search entries waiting to be written together; the index by department; the new case's facts), taken back. */
export function undoVersion27(core: { db: Db }): void {
  undoVersion28(core);
  // The cases waiting for their entries get them, as a version 26 book has every entry written.
  const waiting = core.db
    .prepare(`SELECT c.rowid, c.status, ${SEARCHED_COLUMNS.map((column) => `c.${column}`).join(', ')} FROM case_search_pending p JOIN cases c ON c.rowid = p.case_rowid`)
    .raw()
    .all() as WaitingRow[];
  writeEntries(core.db, waiting);
  core.db.exec(`
    DROP TABLE case_search_pending;
    DROP INDEX cases_by_department;
    CREATE INDEX cases_by_department ON cases (department_id, status);
    DROP TRIGGER stats_cases_insert;
    CREATE TRIGGER stats_cases_insert AFTER INSERT ON cases BEGIN ${newCaseFacts('NEW.rowid')} END;
    DELETE FROM schema_migrations WHERE version >= 27; PRAGMA user_version = 26;
  `);
}

/** What version 26 added (the open mark in each open case's search entry), taken back out: each entry written again without it. */
export function undoVersion26(core: { db: Db }): void {
  undoVersion27(core);
  writeSearchIndexAs(core.db, (grams) => grams.bi);
  core.db.exec('DELETE FROM schema_migrations WHERE version >= 26; PRAGMA user_version = 25;');
}

/** Every case's search entry written again from its row, its second column as `bi` makes it from the grams: as an older version indexed. */
function writeSearchIndexAs(db: Db, bi: (grams: IndexedGrams) => string): void {
  const rows = db.prepare(`SELECT rowid, ${SEARCHED_COLUMNS.join(', ')} FROM cases WHERE deleted = 0 AND excluded = 0`).raw().all() as [number, ...string[]][];
  db.exec(`INSERT INTO case_search (case_search) VALUES ('delete-all')`);
  const index = db.prepare('INSERT INTO case_search (rowid, uni, bi) VALUES (?, ?, ?)');
  for (const [rowid, ...texts] of rows) {
    const grams = gramsForIndex(texts.map((text) => text ?? ''));
    index.run(rowid, grams.uni, bi(grams));
  }
}

/** What version 25 changed (the index of a case's events over its live ones), taken back. */
export function undoVersion25(core: { db: Db }): void {
  undoVersion26(core);
  core.db.exec(`
    DROP INDEX case_events_by_case;
    CREATE INDEX case_events_by_case ON case_events (case_id, at, action);
    DELETE FROM schema_migrations WHERE version >= 25; PRAGMA user_version = 24;
  `);
}

/** What version 24 changed (one index of a case's events instead of two), taken back. */
export function undoVersion24(core: { db: Db }): void {
  undoVersion25(core);
  core.db.exec(`
    DROP INDEX case_events_by_case;
    CREATE INDEX case_events_by_case ON case_events (case_id, at);
    CREATE INDEX case_events_by_case_action ON case_events (case_id, at, action) WHERE deleted = 0;
    DELETE FROM schema_migrations WHERE version >= 24; PRAGMA user_version = 23;
  `);
}

/** What version 23 added (the list's counts and their triggers), taken back out. */
export function undoVersion23(core: { db: Db }): void {
  undoVersion24(core);
  core.db.exec(`
    DROP TRIGGER case_counts_insert; DROP TRIGGER case_counts_update; DROP TRIGGER case_counts_delete; DROP TABLE case_counts;
    DELETE FROM schema_migrations WHERE version >= 23; PRAGMA user_version = 22;
  `);
}

/** What version 22 added (the 4-digit windows in the search index), taken back out: each entry written again without them. */
export function undoVersion22(core: { db: Db }): void {
  undoVersion23(core);
  writeSearchIndexAs(core.db, (grams) => grams.bi.split(' ').filter((token) => !token.startsWith('q')).join(' '));
  core.db.exec('DELETE FROM schema_migrations WHERE version >= 22; PRAGMA user_version = 21;');
}

/** What version 21 added (each case's name key and its index, the ICU that made the keys), taken back out. */
export function undoVersion21(core: { db: Db }): void {
  undoVersion22(core);
  core.db.exec(`
    DROP INDEX cases_by_name_key;
    ALTER TABLE cases DROP COLUMN name_key;
    ALTER TABLE desk DROP COLUMN name_keys_icu;
    CREATE INDEX cases_by_name ON cases (complainant_name) WHERE deleted = 0 AND excluded = 0;
    DELETE FROM schema_migrations WHERE version >= 21; PRAGMA user_version = 20;
  `);
}

/** What version 20 changed (the day counts keyed by breakdown first again, the index by unit back), taken back. */
export function undoVersion20(core: { db: Db }): void {
  undoVersion21(core);
  core.db.exec(`
    DROP TRIGGER stats_received_insert; DROP TRIGGER stats_received_update; DROP TRIGGER stats_received_delete;
    ALTER TABLE stats_received_days RENAME TO stats_received_days_20;
    CREATE TABLE stats_received_days (
      dim TEXT NOT NULL, key TEXT NOT NULL, day INTEGER NOT NULL, site TEXT NOT NULL, n INTEGER NOT NULL,
      PRIMARY KEY (dim, key, day, site)
    ) WITHOUT ROWID;
    INSERT INTO stats_received_days SELECT * FROM stats_received_days_20;
    DROP TABLE stats_received_days_20;
    ${receivedDaysTriggers()}
    CREATE INDEX cases_by_unit ON cases (building_room, received_at);
    DELETE FROM schema_migrations WHERE version >= 20; PRAGMA user_version = 19;
  `);
}

/** What version 19 added (the statistics' indexes on cases, fact tables and their triggers), taken back out. */
export function undoVersion19(core: { db: Db }): void {
  undoVersion20(core);
  const added = core.db
    .prepare(`SELECT type, name, tbl_name AS tableName FROM sqlite_master WHERE name LIKE 'stats\\_%' ESCAPE '\\' OR name LIKE 'cases\\_stats\\_%' ESCAPE '\\'`)
    .all() as { type: string; name: string; tableName: string }[];
  // Triggers, then the indexes on cases; a fact table takes its own indexes with it.
  for (const { name } of added.filter((o) => o.type === 'trigger')) core.db.exec(`DROP TRIGGER ${name}`);
  for (const { name } of added.filter((o) => o.type === 'index' && o.tableName === 'cases')) core.db.exec(`DROP INDEX ${name}`);
  for (const { name } of added.filter((o) => o.type === 'table')) core.db.exec(`DROP TABLE ${name}`);
  core.db.exec('DELETE FROM schema_migrations WHERE version >= 19; PRAGMA user_version = 18;');
}

/**
 * What version 18 changed, taken back: the change log one row per change, with its own table of heads and one
 * of supersessions, as version 17 kept it.
 */
export function undoVersion18(core: { db: Db }): void {
  undoVersion19(core);
  const db = core.db;
  const rows = db.prepare('SELECT * FROM changes ORDER BY desk_id, seq').raw().all() as unknown[][];
  const entities = db.prepare('SELECT DISTINCT entity_id FROM changes').pluck().all() as string[];
  const heads = entities.flatMap((id) =>
    [...readEntityHeads(db, id).fields()].flatMap(([field, list]) => list.map((head) => [id, field, head[0], head[1]])),
  );
  db.exec(`
    DROP VIEW changes; DROP TABLE log_entries; DROP TABLE log_ids; DROP TABLE log_fields;
    CREATE TABLE changes (
      desk_id TEXT NOT NULL, seq INTEGER NOT NULL, hlc TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL,
      field TEXT NOT NULL, value TEXT NOT NULL, user_id TEXT, supersedes TEXT NOT NULL DEFAULT '[]', link BLOB,
      PRIMARY KEY (desk_id, seq)
    ) WITHOUT ROWID;
    CREATE INDEX changes_by_entity ON changes (entity_id, hlc);
    CREATE TABLE heads (
      entity_id TEXT NOT NULL, field TEXT NOT NULL, change_desk_id TEXT NOT NULL, change_seq INTEGER NOT NULL,
      PRIMARY KEY (entity_id, field, change_desk_id, change_seq)
    ) WITHOUT ROWID;
    CREATE TABLE supersessions (
      superseded_desk_id TEXT NOT NULL, superseded_seq INTEGER NOT NULL, by_desk_id TEXT NOT NULL, by_seq INTEGER NOT NULL,
      PRIMARY KEY (superseded_desk_id, superseded_seq, by_desk_id, by_seq)
    ) WITHOUT ROWID;
  `);
  const insert = db.prepare('INSERT INTO changes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const row of rows) insert.run(...row);
  const insertHead = db.prepare('INSERT INTO heads VALUES (?, ?, ?, ?)');
  for (const head of heads) insertHead.run(...head);
  db.exec(`
    INSERT OR IGNORE INTO supersessions
      SELECT substr(s.value, 1, instr(s.value, ':') - 1), CAST(substr(s.value, instr(s.value, ':') + 1) AS INTEGER), c.desk_id, c.seq
        FROM changes c, json_each(c.supersedes) s;
    CREATE TRIGGER changes_no_update BEFORE UPDATE OF desk_id, seq, hlc, entity, entity_id, field, value, user_id, supersedes ON changes
      BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
    CREATE TRIGGER changes_link_once BEFORE UPDATE OF link ON changes WHEN OLD.link IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
    CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
    DELETE FROM schema_migrations WHERE version >= 18; PRAGMA user_version = 17;
  `);
}
