/**
 * What happens to a demo case after registration: judged, dispatched,
 * handled, resolved and closed after the callback, at plausible intervals.
 * Invalid complaints are explained and closed; a few cases stall. Steps
 * that would fall after `until` have not happened yet.
 */
import type { CaseStatus, Nature } from '../../../shared/domain';
import type { Topic } from './complaint-topics';
import type { Random } from './random';

/** Index into DEMO_STAFF of who does a step. */
export const STAFF = { complaintRep: 2, assistant: 3, manager: 4 } as const;

export interface DemoAdvance {
  at: number;
  status: CaseStatus;
  /** Set when the step also judges the case's nature. */
  nature?: Nature;
  staff: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Chance that a case stops at each step (waiting for a contractor, an owner who cannot be reached ...). */
const STALL = 0.015;

function judge(random: Random, topic: Topic, atRegistration: Nature): Nature {
  if (atRegistration !== 'unjudged') return atRegistration;
  const roll = random.next();
  if (roll < topic.majorShare) return 'major';
  if (roll < topic.majorShare + topic.invalidShare) return 'invalid';
  return 'valid';
}

export function lifecycle(
  random: Random,
  registeredAt: number,
  natureAtRegistration: Nature,
  topic: Topic,
  until: number,
): DemoAdvance[] {
  const steps: DemoAdvance[] = [];
  let at = registeredAt;
  const step = (minDelay: number, maxDelay: number, status: CaseStatus, staff: number, nature?: Nature): boolean => {
    if (random.chance(STALL)) return false;
    at += random.int(minDelay, maxDelay);
    if (at > until) return false;
    steps.push(nature ? { at, status, nature, staff } : { at, status, staff });
    return true;
  };

  const nature = judge(random, topic, natureAtRegistration);
  const judgedBy = nature === 'major' ? STAFF.manager : STAFF.complaintRep;
  const natureChange = nature !== natureAtRegistration ? nature : undefined;
  if (!step(10 * MINUTE, 8 * HOUR, 'judged', judgedBy, natureChange)) return steps;
  if (nature === 'invalid') {
    // Outside our responsibility: explained politely, recorded, closed.
    step(2 * HOUR, 3 * DAY, 'closed', STAFF.assistant);
    return steps;
  }
  const major = nature === 'major';
  if (!step(30 * MINUTE, 24 * HOUR, 'dispatched', STAFF.complaintRep)) return steps;
  if (!step(1 * HOUR, 48 * HOUR, 'in_progress', STAFF.complaintRep)) return steps;
  const [minFix, maxFix] = major ? [3 * DAY, 20 * DAY] : [4 * HOUR, 10 * DAY];
  if (!step(minFix, maxFix, 'resolved', STAFF.complaintRep)) return steps;
  // The callback (回访) closes the case; major complaints get the manager's home visit.
  step(1 * DAY, 5 * DAY, 'closed', major ? STAFF.manager : STAFF.assistant);
  return steps;
}
