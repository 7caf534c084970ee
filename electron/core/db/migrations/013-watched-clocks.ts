import type { Migration } from './index';

/**
 * Time limits that are watched (seeds 001, 002, 004):
 * - a deadline rule counts working time or elapsed time (`clock`), and gives a department a time to
 *   accept (接单) a dispatched case (`acceptance_*`);
 * - a site may keep its own working week (a lobby open seven days): `work_days` as the weekday digits
 *   it works (0 Sunday … 6 Saturday; '' keeps the office's), its hours ('' keeps the office's), and
 *   whether it stops for public holidays;
 * - a case knows when it was first responded to and by when a department must accept it, and a case
 *   referred to the company carries the general manager's decision.
 * The list's queues for these use partial indexes, so the home screen's counts stay cheap.
 */
export const migration013WatchedClocks: Migration = {
  version: 13,
  name: 'watched-clocks',
  up: `
    ALTER TABLE deadline_rules ADD COLUMN clock TEXT NOT NULL DEFAULT 'working';
    ALTER TABLE deadline_rules ADD COLUMN acceptance_amount INTEGER;
    ALTER TABLE deadline_rules ADD COLUMN acceptance_unit TEXT;

    ALTER TABLE sites ADD COLUMN work_days TEXT NOT NULL DEFAULT '';
    ALTER TABLE sites ADD COLUMN work_start TEXT NOT NULL DEFAULT '';
    ALTER TABLE sites ADD COLUMN work_end TEXT NOT NULL DEFAULT '';
    ALTER TABLE sites ADD COLUMN observes_holidays INTEGER NOT NULL DEFAULT 1;

    ALTER TABLE cases ADD COLUMN responded_at INTEGER;
    ALTER TABLE cases ADD COLUMN acceptance_due_at INTEGER;
    ALTER TABLE cases ADD COLUMN referral_decision TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN referral_instructions TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN referral_decided_by TEXT;
    ALTER TABLE cases ADD COLUMN referral_decided_at INTEGER;

    CREATE INDEX cases_awaiting_response ON cases (response_due_at)
      WHERE deleted = 0 AND excluded = 0 AND status IN ('registered', 'awaiting_manager', 'judged')
        AND responded_at IS NULL AND first_contact_at IS NULL AND response_due_at IS NOT NULL;
    CREATE INDEX cases_awaiting_acceptance ON cases (acceptance_due_at)
      WHERE deleted = 0 AND excluded = 0 AND status = 'dispatched' AND acceptance_due_at IS NOT NULL;
    CREATE INDEX cases_awaiting_decision ON cases (received_at)
      WHERE deleted = 0 AND excluded = 0 AND referred_to_company = 1 AND referral_decided_at IS NULL AND status <> 'closed';
  `,
};
