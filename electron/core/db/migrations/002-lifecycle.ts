import type { Migration } from './index';

/**
 * The case lifecycle: organisation settings, the working-day calendar's
 * local edits, transitions, follow-ups, attachments, groups, and the case
 * columns they fill. Every synced table has id, updated_at and deleted so
 * the generic table projection can keep it.
 */
export const migration002Lifecycle: Migration = {
  version: 2,
  name: 'lifecycle',
  up: `
    ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'receptionist';
    ALTER TABLE users ADD COLUMN department_id TEXT;
    ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE users ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE users ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;

    ALTER TABLE cases ADD COLUMN communicative_type TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN judged_at INTEGER;
    ALTER TABLE cases ADD COLUMN judge_note TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN invalid_explanation TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN department_id TEXT;
    ALTER TABLE cases ADD COLUMN assignee_id TEXT;
    ALTER TABLE cases ADD COLUMN dispatched_at INTEGER;
    ALTER TABLE cases ADD COLUMN response_due_at INTEGER;
    ALTER TABLE cases ADD COLUMN first_contact_at INTEGER;
    ALTER TABLE cases ADD COLUMN due_at INTEGER;
    ALTER TABLE cases ADD COLUMN paused_at INTEGER;
    ALTER TABLE cases ADD COLUMN escalation_level INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE cases ADD COLUMN escalated_to TEXT;
    ALTER TABLE cases ADD COLUMN referred_to_company INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE cases ADD COLUMN plan_department_id TEXT;
    ALTER TABLE cases ADD COLUMN plan_person TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN plan_due_at INTEGER;
    ALTER TABLE cases ADD COLUMN plan_measures TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN group_id TEXT;
    ALTER TABLE cases ADD COLUMN repeat_of TEXT;
    ALTER TABLE cases ADD COLUMN resolved_at INTEGER;
    ALTER TABLE cases ADD COLUMN resolution_summary TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN closed_at INTEGER;
    ALTER TABLE cases ADD COLUMN close_cause TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN close_lesson TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN close_improvement TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN accountability_level TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN accountability_person TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN accountability_measure TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN reopen_count INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX cases_by_due ON cases (due_at) WHERE due_at IS NOT NULL;
    CREATE INDEX cases_by_department ON cases (department_id, status);
    CREATE INDEX cases_by_escalated_to ON cases (escalated_to) WHERE escalated_to IS NOT NULL;
    CREATE INDEX cases_by_group ON cases (group_id) WHERE group_id IS NOT NULL;
    -- The customer's phone with the separators people type removed (see cases/related-cases.ts).
    CREATE INDEX cases_by_phone_key ON cases (replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''));
    CREATE INDEX cases_by_unit ON cases (building_room, received_at);

    CREATE TABLE sites (
      id TEXT PRIMARY KEY, name TEXT NOT NULL, sort INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1,
      updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE departments (
      id TEXT PRIMARY KEY, name TEXT NOT NULL, head_user_id TEXT, sort INTEGER NOT NULL DEFAULT 0,
      active INTEGER NOT NULL DEFAULT 1, updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
    );
    -- id is the stored code; name is empty for the built-in ones, which the UI translates.
    CREATE TABLE categories (
      id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', sort INTEGER NOT NULL DEFAULT 0,
      active INTEGER NOT NULL DEFAULT 1, updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE deadline_rules (
      id TEXT PRIMARY KEY, nature TEXT NOT NULL, category TEXT NOT NULL DEFAULT '*',
      response_amount INTEGER, response_unit TEXT, resolution_amount INTEGER, resolution_unit TEXT,
      updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
    );
    -- Edits on top of the shipped official schedule; id is the date YYYY-MM-DD.
    CREATE TABLE calendar_days (
      id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL DEFAULT '',
      updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE settings (
      id TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE case_events (
      id TEXT PRIMARY KEY, case_id TEXT NOT NULL, action TEXT NOT NULL, from_status TEXT NOT NULL,
      to_status TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', data TEXT NOT NULL DEFAULT '{}', at INTEGER NOT NULL,
      user_id TEXT, request_id TEXT, updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX case_events_by_case ON case_events (case_id, at);
    CREATE INDEX case_events_by_request ON case_events (request_id) WHERE request_id IS NOT NULL;
    CREATE TABLE followups (
      id TEXT PRIMARY KEY, case_id TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL DEFAULT '',
      remedy_kind TEXT NOT NULL DEFAULT '', amount REAL, customer_confirmed INTEGER, amends_id TEXT,
      at INTEGER NOT NULL, user_id TEXT, updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX followups_by_case ON followups (case_id, at);
    CREATE TABLE attachments (
      id TEXT PRIMARY KEY, case_id TEXT NOT NULL, followup_id TEXT, file_name TEXT NOT NULL, mime TEXT NOT NULL,
      size INTEGER NOT NULL, sha256 TEXT NOT NULL, at INTEGER NOT NULL, user_id TEXT,
      updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX attachments_by_case ON attachments (case_id, at);
    CREATE TABLE case_groups (
      id TEXT PRIMARY KEY, title TEXT NOT NULL, resolution_kind TEXT NOT NULL DEFAULT '',
      resolution_text TEXT NOT NULL DEFAULT '', resolved_at INTEGER, created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
    );
  `,
};
