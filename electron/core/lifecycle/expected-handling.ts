/**
 * When the customer may expect an answer (000: tell them the process and the expected handling time).
 * Once dispatched, the case's own deadline; before that, what the deadline rules will give it: the
 * resolution time for its nature (valid when not judged yet) and category, from when it was registered.
 */
import type { CaseDetail } from '../../../shared/contract';
import { deadlineAfter } from '../calendar/working-calendar';
import type { Db } from '../db/connection';
import { loadWorkingCalendar } from '../settings/calendar-service';
import { ruleFor } from './deadline-rules';

export function expectedHandlingBy(db: Db, kase: Pick<CaseDetail, 'dueAt' | 'nature' | 'category' | 'createdAt' | 'resolvedAt'>): number | null {
  if (kase.resolvedAt !== null) return kase.resolvedAt;
  if (kase.dueAt !== null) return kase.dueAt;
  if (kase.nature === 'invalid') return null;
  const rule = ruleFor(db, kase.nature === 'unjudged' ? 'valid' : kase.nature, kase.category).resolution;
  return rule ? deadlineAfter(loadWorkingCalendar(db), kase.createdAt, rule) : null;
}
