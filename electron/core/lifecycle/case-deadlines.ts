/**
 * A case's time limits worked out one way everywhere: the rule for its nature (a case not judged yet
 * goes by the rule for valid complaints) and category, counted on that rule's clock, over its site's
 * working week where the site keeps one (a lobby open seven days).
 */
import type { WatchedDeadline } from '../../../shared/domain';
import { deadlineAfter, deadlineAfterPause } from '../calendar/working-calendar';
import type { Db } from '../db/connection';
import { loadWorkingCalendar } from '../settings/calendar-service';
import { ruleFor } from './deadline-rules';

export interface DeadlineSubject {
  nature: string;
  category: string;
  site: string;
}

function applicableRule(db: Db, kase: DeadlineSubject) {
  return ruleFor(db, kase.nature === 'unjudged' ? 'valid' : kase.nature, kase.category);
}

/** When the limit of this kind falls for a case, counted from `from`; null when its rule sets none (or it is invalid). */
export function dueAfter(db: Db, kase: DeadlineSubject, kind: WatchedDeadline, from: number): number | null {
  if (kase.nature === 'invalid') return null;
  const rule = applicableRule(db, kase);
  const duration = rule[kind];
  return duration ? deadlineAfter(loadWorkingCalendar(db, kase.site), from, duration, rule.clock) : null;
}

/** A deadline moved on by a pause: what was left when the clock stopped is given back from the moment it restarts. */
export function dueAfterPause(db: Db, kase: DeadlineSubject, dueAt: number, pausedAt: number, resumedAt: number): number {
  return deadlineAfterPause(loadWorkingCalendar(db, kase.site), dueAt, pausedAt, resumedAt, applicableRule(db, kase).clock);
}
