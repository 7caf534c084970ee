import type { Migration } from './index';

/**
 * Multi-desk sync. The organisation's sync group, the supersession edges
 * between changes (so a change that arrives after the one replacing it is
 * never taken for current), the fields where desks disagree, what each
 * peer desk is known to have, and the log of exchanges.
 */
export const migration004Sync: Migration = {
  version: 4,
  name: 'sync',
  up: `
    ALTER TABLE desk ADD COLUMN group_id TEXT;
    ALTER TABLE desk ADD COLUMN sync_folder TEXT;
    -- Each existing desk starts a sync group of its own; others join it.
    UPDATE desk SET group_id = lower(hex(randomblob(16)));

    CREATE TABLE supersessions (
      superseded_desk_id TEXT NOT NULL,
      superseded_seq INTEGER NOT NULL,
      by_desk_id TEXT NOT NULL,
      by_seq INTEGER NOT NULL,
      PRIMARY KEY (superseded_desk_id, superseded_seq, by_desk_id, by_seq)
    ) WITHOUT ROWID;
    -- Fill it from the changes recorded before this version.
    INSERT OR IGNORE INTO supersessions (superseded_desk_id, superseded_seq, by_desk_id, by_seq)
      SELECT substr(s.value, 1, instr(s.value, ':') - 1), CAST(substr(s.value, instr(s.value, ':') + 1) AS INTEGER),
             c.desk_id, c.seq
        FROM changes c, json_each(c.supersedes) s;

    -- A field with several current values that differ (or an edit made while another desk deleted the entity).
    CREATE TABLE field_conflicts (
      entity_id TEXT NOT NULL,
      field TEXT NOT NULL,
      entity TEXT NOT NULL,
      PRIMARY KEY (entity_id, field)
    ) WITHOUT ROWID;

    CREATE TABLE peers (
      desk_id TEXT PRIMARY KEY,
      desk_code TEXT NOT NULL,
      vector TEXT NOT NULL DEFAULT '{}',
      last_seen_at INTEGER NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE sync_log (
      id TEXT PRIMARY KEY,
      at INTEGER NOT NULL,
      direction TEXT NOT NULL,
      peer_desk_id TEXT,
      peer_desk_code TEXT NOT NULL DEFAULT '',
      file_name TEXT NOT NULL DEFAULT '',
      changes INTEGER NOT NULL DEFAULT 0,
      new_changes INTEGER NOT NULL DEFAULT 0,
      new_cases INTEGER NOT NULL DEFAULT 0,
      blobs INTEGER NOT NULL DEFAULT 0,
      conflicts INTEGER NOT NULL DEFAULT 0,
      user_id TEXT
    );
  `,
};
