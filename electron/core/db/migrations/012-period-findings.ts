import type { Migration } from './index';

/**
 * 主要问题及改进建议 of a monthly summary (or any period's), as the person
 * edited it before printing, kept with its period and site ('' for every
 * site) so the summary prints the same words next time. This desk's own,
 * like sign_in_locks: the summary is written where it is compiled and
 * printed, and is not part of the case book that sync files carry.
 */
export const migration012PeriodFindings: Migration = {
  version: 12,
  name: 'period-findings',
  up: `
    CREATE TABLE period_findings (
      period_from INTEGER NOT NULL,
      period_to INTEGER NOT NULL,
      site TEXT NOT NULL DEFAULT '',
      text TEXT NOT NULL,
      updated_at INTEGER NOT NULL,
      updated_by TEXT,
      PRIMARY KEY (period_from, period_to, site)
    ) WITHOUT ROWID;
  `,
};
