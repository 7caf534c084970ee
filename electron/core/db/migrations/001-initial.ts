import type { Migration } from './index';

/**
 * The first schema: this desk's identity, the append-only change log, the
 * current heads of every field, and the tables projected from them.
 */
export const migration001Initial: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at INTEGER NOT NULL
    );

    -- This install: one row. desk_id is the replica id used by sync.
    CREATE TABLE desk (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      desk_id TEXT NOT NULL,
      desk_code TEXT,
      org_name TEXT,
      setup_done INTEGER NOT NULL DEFAULT 0
    );

    -- Every desk this one has heard of (itself included), for showing who wrote a change.
    CREATE TABLE desks (
      desk_id TEXT PRIMARY KEY,
      desk_code TEXT NOT NULL
    ) WITHOUT ROWID;

    -- The one write path records every mutation here, append-only.
    CREATE TABLE changes (
      desk_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      hlc TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      field TEXT NOT NULL,
      value TEXT NOT NULL,
      user_id TEXT,
      supersedes TEXT NOT NULL DEFAULT '[]',
      PRIMARY KEY (desk_id, seq)
    ) WITHOUT ROWID;
    CREATE INDEX changes_by_entity ON changes (entity_id, hlc);
    CREATE INDEX changes_by_hlc ON changes (hlc);
    CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes
      BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
    CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes
      BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;

    -- The changes no other change supersedes: one per field, or several while desks disagree.
    CREATE TABLE heads (
      entity_id TEXT NOT NULL,
      field TEXT NOT NULL,
      change_desk_id TEXT NOT NULL,
      change_seq INTEGER NOT NULL,
      PRIMARY KEY (entity_id, field, change_desk_id, change_seq)
    ) WITHOUT ROWID;

    CREATE TABLE users (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      created_at INTEGER NOT NULL
    );

    CREATE TABLE case_number_counters (
      prefix TEXT PRIMARY KEY,
      last INTEGER NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE cases (
      rowid INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      number TEXT NOT NULL UNIQUE,
      desk_code TEXT NOT NULL,
      channel TEXT NOT NULL,
      complainant_name TEXT NOT NULL,
      phone TEXT NOT NULL,
      building_room TEXT NOT NULL,
      site TEXT NOT NULL,
      received_at INTEGER NOT NULL,
      content TEXT NOT NULL,
      category TEXT NOT NULL,
      nature TEXT NOT NULL,
      status TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      created_by TEXT NOT NULL,
      updated_at INTEGER NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX cases_by_received ON cases (received_at);
    CREATE INDEX cases_by_status ON cases (status, received_at);
    CREATE INDEX cases_by_category ON cases (category, received_at);
    CREATE INDEX cases_by_channel ON cases (channel, received_at);
    CREATE INDEX cases_by_name ON cases (complainant_name);

    -- Text search over our own n-grams (search/ngrams.ts), so one- and two-character
    -- Chinese words are found: the trigram tokenizer misses anything shorter than three.
    CREATE VIRTUAL TABLE case_search USING fts5 (uni, bi, content = '', contentless_delete = 1);
  `,
};
