import type { Migration } from './index';

/** Callbacks (回访): one row per round, every attempt kept, and the case's close-without-callback exception. */
export const migration003Callbacks: Migration = {
  version: 3,
  name: 'callbacks',
  up: `
    CREATE TABLE callbacks (
      id TEXT PRIMARY KEY, case_id TEXT NOT NULL, round INTEGER NOT NULL, due_at INTEGER NOT NULL,
      method TEXT NOT NULL, assignee_id TEXT, status TEXT NOT NULL DEFAULT 'pending',
      satisfaction TEXT, solved INTEGER, customer_words TEXT NOT NULL DEFAULT '', completed_at INTEGER,
      completed_by TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX callbacks_by_case ON callbacks (case_id, round);
    CREATE INDEX callbacks_pending ON callbacks (status, due_at);
    CREATE INDEX callbacks_by_completer ON callbacks (completed_by, completed_at);
    CREATE TABLE callback_attempts (
      id TEXT PRIMARY KEY, callback_id TEXT NOT NULL, case_id TEXT NOT NULL, result TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '', call_again_at INTEGER, at INTEGER NOT NULL, user_id TEXT,
      updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX callback_attempts_by_callback ON callback_attempts (callback_id, at);
    ALTER TABLE cases ADD COLUMN callback_exception TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN callback_exception_note TEXT NOT NULL DEFAULT '';
  `,
};
