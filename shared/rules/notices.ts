/**
 * Which step a rectification notice (工程整改通知单, seed 003) may take from which state, and where it
 * leads. The core refuses anything else; the case page offers only these.
 *
 *   issued ─sign→ signed ─arrive→ on_site ─complete→ completed ─accept→ accepted ─return→ returned
 *     └──────────arrive──────────↑   ↑                    └─reject→ rejected ─arrive┘
 *   emergency (应急维修, from issued, signed, on_site or rejected): the emergency team did it → completed
 */
import type { NoticeStatus } from '../domain';
import type { NoticeStep } from '../schemas/contractors';

type StepName = NoticeStep['step'];

export const NOTICE_STEPS_FROM: Readonly<Record<StepName, readonly NoticeStatus[]>> = {
  sign: ['issued'],
  arrive: ['issued', 'signed', 'rejected'],
  complete: ['on_site'],
  accept: ['completed'],
  reject: ['completed'],
  return: ['accepted'],
  emergency: ['issued', 'signed', 'on_site', 'rejected'],
};

export const NOTICE_STEP_LEADS_TO: Readonly<Record<StepName, NoticeStatus>> = {
  sign: 'signed',
  arrive: 'on_site',
  complete: 'completed',
  accept: 'accepted',
  reject: 'rejected',
  return: 'returned',
  emergency: 'completed',
};

/** The steps a notice in this state may take, in the order they usually come. */
export function noticeStepsFrom(status: NoticeStatus): StepName[] {
  return (Object.keys(NOTICE_STEPS_FROM) as StepName[]).filter((step) => NOTICE_STEPS_FROM[step].includes(status));
}

/** The times a notice has missed at `now`: on site, completion, return (what the home screen, the case and the list flag). */
export function noticeMisses(
  notice: { status: NoticeStatus; onSiteDueAt: number | null; completionDueAt: number | null; returnDueAt: number | null },
  now: number,
): ('on_site' | 'completion' | 'return')[] {
  const misses: ('on_site' | 'completion' | 'return')[] = [];
  const waitingOnSite = notice.status === 'issued' || notice.status === 'signed';
  if (waitingOnSite && notice.onSiteDueAt !== null && notice.onSiteDueAt < now) misses.push('on_site');
  if ((waitingOnSite || notice.status === 'on_site' || notice.status === 'rejected') && notice.completionDueAt !== null && notice.completionDueAt < now) {
    misses.push('completion');
  }
  if ((notice.status === 'completed' || notice.status === 'accepted') && notice.returnDueAt !== null && notice.returnDueAt < now) misses.push('return');
  return misses;
}

/** The same test in SQL (alias `n`), for the home screen's count and the list's queue. */
export function noticeMissedSql(now: number, params: unknown[]): string {
  params.push(now, now, now);
  return `(n.deleted = 0 AND (
    (n.status IN ('issued', 'signed') AND n.on_site_due_at < ?)
    OR (n.status IN ('issued', 'signed', 'on_site', 'rejected') AND n.completion_due_at < ?)
    OR (n.status IN ('completed', 'accepted') AND n.return_due_at < ?)))`;
}
