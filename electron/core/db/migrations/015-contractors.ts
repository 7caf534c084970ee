import type { Migration } from './index';

/**
 * The complaint centre of seed 003: contractors (施工单位) and other outside parties; rectification
 * notices (工程整改通知单) issued to them from a case, numbered per desk like cases and followed from
 * issue to return; fines (罚款单) raised from a notice and approved by the emergency group's
 * coordinator; claims (索赔) on a case. The partial indexes keep the home screen's counts of
 * missed notice times cheap.
 */
export const migration015Contractors: Migration = {
  version: 15,
  name: 'contractors',
  up: `
    CREATE TABLE contractors (
      id TEXT PRIMARY KEY, name TEXT NOT NULL, contact_person TEXT NOT NULL DEFAULT '', phones TEXT NOT NULL DEFAULT '',
      scope TEXT NOT NULL DEFAULT '', contract_number TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1,
      updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE rectification_notices (
      id TEXT PRIMARY KEY, case_id TEXT NOT NULL, number TEXT NOT NULL, contractor_id TEXT NOT NULL,
      problem TEXT NOT NULL DEFAULT '', requirements TEXT NOT NULL DEFAULT '', copies_to TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'issued', issued_by TEXT, issued_at INTEGER NOT NULL,
      on_site_due_at INTEGER, completion_due_at INTEGER, return_due_at INTEGER,
      signed_at INTEGER, on_site_at INTEGER, completed_at INTEGER, accepted_at INTEGER, rejected_at INTEGER,
      reject_reason TEXT NOT NULL DEFAULT '', returned_at INTEGER, contractor_reply TEXT NOT NULL DEFAULT '',
      emergency_started_at INTEGER, emergency_started_by TEXT, emergency_team TEXT NOT NULL DEFAULT '',
      emergency_cost REAL, emergency_note TEXT NOT NULL DEFAULT '',
      updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX rectification_notices_by_case ON rectification_notices (case_id, issued_at);
    CREATE INDEX rectification_notices_by_number ON rectification_notices (number);
    CREATE INDEX rectification_notices_open ON rectification_notices (status, on_site_due_at, completion_due_at, return_due_at)
      WHERE deleted = 0 AND status NOT IN ('returned');
    CREATE TABLE fines (
      id TEXT PRIMARY KEY, case_id TEXT NOT NULL, notice_id TEXT NOT NULL, contractor_id TEXT NOT NULL,
      conditions TEXT NOT NULL DEFAULT '[]', amount REAL NOT NULL, reason TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'proposed', proposed_by TEXT, proposed_at INTEGER NOT NULL,
      approved_by TEXT, approved_at INTEGER, change_reason TEXT NOT NULL DEFAULT '', sent_at INTEGER,
      cancelled_by TEXT, cancelled_at INTEGER, cancel_reason TEXT NOT NULL DEFAULT '',
      updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX fines_by_notice ON fines (notice_id);
    CREATE INDEX fines_by_contractor ON fines (contractor_id, proposed_at);
    CREATE TABLE claims (
      id TEXT PRIMARY KEY, case_id TEXT NOT NULL, contractor_id TEXT, claimant TEXT NOT NULL DEFAULT '',
      claimed TEXT NOT NULL DEFAULT '', amount_claimed REAL NOT NULL DEFAULT 0, evidence TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'open', accepted_amount REAL, reject_reason TEXT NOT NULL DEFAULT '',
      decided_by TEXT, decided_at INTEGER, paid_at INTEGER, at INTEGER NOT NULL, user_id TEXT,
      updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX claims_by_case ON claims (case_id);
    CREATE INDEX claims_by_time ON claims (at);
  `,
};
