import type { Migration } from './index';

/**
 * Verification, escalation times and special teams (seeds 001, 004):
 * - a resolved case may wait for its result to be verified (跟踪验证) before the callback, with the
 *   verification's result, note, who and when;
 * - a case remembers when it was last escalated, so an escalation nobody acts on goes one level up
 *   after the time the settings give;
 * - a special team (专项小组) has a leader, members (people and departments), and measures, each with
 *   a responsible person and a deadline, tracked until done.
 */
export const migration014VerificationAndTeam: Migration = {
  version: 14,
  name: 'verification-and-team',
  up: `
    ALTER TABLE cases ADD COLUMN verification_pending INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE cases ADD COLUMN verification_result TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN verification_note TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN verified_by TEXT;
    ALTER TABLE cases ADD COLUMN verified_at INTEGER;
    ALTER TABLE cases ADD COLUMN escalated_at INTEGER;
    ALTER TABLE cases ADD COLUMN team_leader_id TEXT;

    CREATE TABLE team_members (
      id TEXT PRIMARY KEY, case_id TEXT NOT NULL, member_kind TEXT NOT NULL, member_id TEXT NOT NULL,
      at INTEGER NOT NULL, user_id TEXT, updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX team_members_by_case ON team_members (case_id);
    CREATE TABLE measures (
      id TEXT PRIMARY KEY, case_id TEXT NOT NULL, text TEXT NOT NULL DEFAULT '', owner_id TEXT, due_at INTEGER,
      done_at INTEGER, done_note TEXT NOT NULL DEFAULT '', done_by TEXT, at INTEGER NOT NULL, user_id TEXT,
      updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX measures_by_case ON measures (case_id, due_at);
    CREATE INDEX measures_open ON measures (due_at) WHERE deleted = 0 AND done_at IS NULL;

    CREATE INDEX cases_awaiting_verification ON cases (resolved_at)
      WHERE deleted = 0 AND excluded = 0 AND status = 'resolved' AND verification_pending = 1;
  `,
};
