/**
 * What the desk does by itself and what its home screen asks, on the bench
 * book: the escalation job's two queries (every minute while the app is
 * open) and the home screen's queue and clock counts (each time it shows).
 *
 * Only the reads are timed: the lives book has no change log behind its
 * cases, so nothing can be escalated on it, and what the job pays minute
 * after minute is finding that nothing (or little) is new. On this book
 * nobody ever escalated anything, so the first query returns every overdue
 * case: more rows than a desk whose job runs would see.
 */
import { openCore } from '../electron/core/open-core';
import { escalatedLongAgo, overdueUnescalated } from '../electron/core/lifecycle/escalation';
import { queueCounts } from '../electron/core/queues/queue-counts';
import { readSettingValues } from '../electron/core/settings/setting-values';
import { sample, summarise, type Summary } from './measure';

const HOUR = 3_600_000;

export interface DeskWorkResult {
  /** Both escalation queries, as the job runs them. */
  escalation: Summary;
  /** Rows they returned: overdue and never escalated, escalated and not acted on. */
  overdue: number;
  escalatedLongAgo: number;
  /** queueCounts for the manager (who sees the whole desk): every queue and clock of the home screen. */
  homeCounts: Summary;
}

export function benchDeskWork(dataDir: string, until: number, runs: number): DeskWorkResult {
  const core = openCore({ dataDir, now: () => until });
  try {
    const manager = core.db
      .prepare("SELECT id FROM users WHERE deleted = 0 AND active = 1 AND role = 'manager' ORDER BY created_at LIMIT 1")
      .pluck()
      .get() as string | undefined;
    if (!manager) throw new Error('The bench book has no manager');
    const before = until - readSettingValues(core.db).nextEscalationHours * HOUR;
    const found = { overdue: 0, escalatedLongAgo: 0 };
    const escalation = summarise(
      sample(runs, 2, () => {
        found.overdue = overdueUnescalated(core.db, until).length;
        found.escalatedLongAgo = escalatedLongAgo(core.db, before).length;
      }),
    );
    const homeCounts = summarise(sample(runs, 2, () => queueCounts(core.db, { now: until, userId: manager })));
    return { escalation, ...found, homeCounts };
  } finally {
    core.close();
  }
}
