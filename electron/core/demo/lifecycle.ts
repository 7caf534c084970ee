/**
 * What happens to a demo case after registration, as the steps a desk
 * takes through the lifecycle services: judged (or referred to the
 * manager first), dispatched to the topic's department, taken up,
 * resolved, called back; an unsatisfied customer sends it round again,
 * an invalid complaint is explained and closed at once, and a few cases
 * stall. Steps that would fall after `until` have not happened yet.
 */
import type { CallbackAttemptResult, CommunicativeType, Nature, Satisfaction } from '../../../shared/domain';
import type { Topic } from './complaint-topics';
import {
  ATTEMPT_NOTES,
  CONTACT_NOTES,
  CUSTOMER_WORDS,
  INVALID_EXPLANATIONS,
  JUDGE_NOTES,
  REFERRAL_NOTES,
  RESOLUTIONS,
  COMPANY_DECISIONS,
  COMPANY_REFERRAL_NOTES,
} from './lifecycle-texts';
import type { StaffKey } from './people';
import type { Random } from './random';

export type DemoStep =
  | { action: 'refer_to_manager'; note: string }
  | { action: 'judge'; nature: Exclude<Nature, 'unjudged'>; communicativeType: CommunicativeType; note: string; explanation: string }
  | { action: 'refer_to_company'; note: string }
  | { action: 'decide_referral'; decision: string; instructions: string }
  | { action: 'contact'; text: string }
  | { action: 'dispatch'; department: Topic['department']; withAssignee: boolean }
  | { action: 'accept' }
  | { action: 'resolve'; summary: string }
  | { action: 'callback_attempt'; result: CallbackAttemptResult; note: string }
  | { action: 'callback'; satisfaction: Satisfaction; solved: boolean; words: string };

export interface DemoAdvance {
  at: number;
  /** Who takes the step; `department` means the person of the department the case went to. */
  staff: StaffKey | 'department';
  step: DemoStep;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Chance that a case stops at a step (waiting for a contractor, an owner who cannot be reached ...). */
const STALL = 0.012;

const SATISFACTION: readonly (readonly [Satisfaction, number])[] = [
  ['very_satisfied', 30],
  ['satisfied', 45],
  ['basically_satisfied', 17],
  ['unsatisfied', 8],
];

const COMMUNICATIVE: readonly (readonly [CommunicativeType, number])[] = [
  ['', 85],
  ['help_seeking', 7],
  ['consultation', 5],
  ['venting', 3],
];

function judgedNature(random: Random, topic: Topic, atRegistration: Nature): Exclude<Nature, 'unjudged'> {
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
  const step = (minDelay: number, maxDelay: number, staff: DemoAdvance['staff'], demoStep: DemoStep): boolean => {
    if (random.chance(STALL)) return false;
    at += random.int(minDelay, maxDelay);
    if (at > until) return false;
    steps.push({ at, staff, step: demoStep });
    return true;
  };

  const nature = judgedNature(random, topic, natureAtRegistration);
  // The desk cannot judge some complaints; the manager does (seed 001).
  const referred = natureAtRegistration === 'unjudged' && random.chance(nature === 'major' ? 0.5 : 0.04);
  if (referred && !step(10 * MINUTE, 2 * HOUR, 'rep', { action: 'refer_to_manager', note: random.pick(REFERRAL_NOTES) })) {
    return steps;
  }
  const judge: DemoStep = {
    action: 'judge',
    nature,
    communicativeType: nature === 'valid' ? random.weighted(COMMUNICATIVE) : '',
    note: random.pick(JUDGE_NOTES),
    explanation: nature === 'invalid' ? random.pick(INVALID_EXPLANATIONS) : '',
  };
  // A nature chosen at registration was the judgment (registerCase); otherwise someone judges it now.
  const judgedAtRegistration = natureAtRegistration !== 'unjudged';
  if (!judgedAtRegistration && !step(10 * MINUTE, 6 * HOUR, referred || nature === 'major' ? 'manager' : 'rep', judge)) return steps;
  if (nature === 'invalid') return steps;
  // Some major complaints go up to the company; the general manager decides a while later.
  if (nature === 'major' && random.chance(0.4)) {
    if (!step(30 * MINUTE, 4 * HOUR, 'manager', { action: 'refer_to_company', note: random.pick(COMPANY_REFERRAL_NOTES) })) return steps;
    if (!step(1 * HOUR, 2 * DAY, 'generalManager', { action: 'decide_referral', ...random.pick(COMPANY_DECISIONS) })) return steps;
  }
  if (random.chance(0.75) && !step(5 * MINUTE, 2 * HOUR, 'rep', { action: 'contact', text: random.pick(CONTACT_NOTES) })) {
    return steps;
  }

  if (!step(20 * MINUTE, 12 * HOUR, 'rep', { action: 'dispatch', department: topic.department, withAssignee: random.chance(0.8) })) {
    return steps;
  }
  const major = nature === 'major';
  for (let round = 1; round <= 3; round++) {
    if (!step(30 * MINUTE, 24 * HOUR, 'department', { action: 'accept' })) return steps;
    const [minFix, maxFix] = major ? [1 * DAY, 10 * DAY] : [2 * HOUR, 6 * DAY];
    if (!step(minFix, maxFix, 'department', { action: 'resolve', summary: random.pick(RESOLUTIONS[topic.department]) })) {
      return steps;
    }
    // The callback (回访): the assistant phones; a major complaint gets the manager's home visit.
    const caller: StaffKey = major ? 'manager' : 'assistant';
    const misses = random.weighted([[0, 80], [1, 14], [2, 6]] as const);
    for (let i = 0; i < misses; i++) {
      const miss: DemoStep = { action: 'callback_attempt', result: 'no_answer', note: random.pick(ATTEMPT_NOTES) };
      if (!step(2 * HOUR, 1 * DAY, caller, miss)) return steps;
    }
    const satisfaction = round === 3 ? 'satisfied' : random.weighted(SATISFACTION);
    const solved = satisfaction !== 'unsatisfied';
    const words = random.pick(CUSTOMER_WORDS[satisfaction]);
    if (!step(4 * HOUR, 3 * DAY, caller, { action: 'callback', satisfaction, solved, words })) return steps;
    if (solved) return steps;
  }
  return steps;
}
