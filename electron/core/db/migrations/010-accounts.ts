import type { Migration } from './index';

/**
 * Accounts and the access log. A person's secret (a password, or a
 * one-time code the administrator hands out) is stored hashed with scrypt
 * as a synced field of the person, so they sign in at any desk of the
 * organisation. Wrong attempts and locks are this desk's own
 * (`sign_in_locks`, never synced). The access log (档案查询签阅) is a synced,
 * append-only record: who opened which case, showed which number, printed
 * or exported what, and who signed in or failed to.
 */
export const migration010Accounts: Migration = {
  version: 10,
  name: 'accounts',
  up: `
    ALTER TABLE users ADD COLUMN secret_hash TEXT NOT NULL DEFAULT '';
    ALTER TABLE users ADD COLUMN secret_is_code INTEGER NOT NULL DEFAULT 0;

    CREATE TABLE sign_in_locks (
      user_id TEXT PRIMARY KEY,
      failures INTEGER NOT NULL,
      locked_until INTEGER
    ) WITHOUT ROWID;

    CREATE TABLE access_log (
      id TEXT PRIMARY KEY,
      user_id TEXT,
      action TEXT NOT NULL,
      case_id TEXT,
      detail TEXT NOT NULL DEFAULT '',
      at INTEGER NOT NULL,
      desk_code TEXT NOT NULL DEFAULT '',
      updated_at INTEGER NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX access_log_by_at ON access_log (at);
    CREATE INDEX access_log_by_case ON access_log (case_id, at) WHERE case_id IS NOT NULL;
    CREATE INDEX access_log_by_user ON access_log (user_id, at);
  `,
};
