import { describe, expect, it } from 'vitest';
import { STATUSES, type CaseStatus } from '../../../shared/domain';
import type { Transition } from '../../../shared/schemas/lifecycle';
import { ALLOWED_FROM, nextStatus, refusal } from '../../../shared/rules/transitions';

const SAMPLES: Transition[] = [
  { action: 'judge', nature: 'valid', communicativeType: '', note: '', explanation: '' },
  { action: 'refer_to_manager', note: '' },
  { action: 'dispatch', departmentId: 'd', assigneeId: null, note: '' },
  { action: 'accept', note: '' },
  { action: 'resolve', summary: 'fixed' },
  { action: 'resolve_on_the_spot', summary: 'settled at the desk' },
  { action: 'close', callbackException: null, cause: '', lesson: '', improvement: '', accountabilityLevel: '', accountabilityPerson: '', accountabilityMeasure: '' },
  { action: 'summarise', cause: '水管老化', lesson: '', improvement: '', accountabilityLevel: '', accountabilityPerson: '', accountabilityMeasure: '' },
  { action: 'reopen', reason: 'still leaking' },
  { action: 'pause', reason: 'waiting for the owner' },
  { action: 'resume', note: '' },
  { action: 'escalate', toUserId: null, reason: 'serious' },
  { action: 'refer_to_company', note: 'beyond the site' },
  { action: 'plan', departmentId: 'd', person: '王工', memberIds: [], memberDepartmentIds: [], dueAt: 1, measures: '更换水管' },
  { action: 'decide_referral', decision: '同意赔偿', instructions: '' },
  { action: 'verify', result: 'passed', note: '' },
];

/** The lifecycle as the seeds describe it, written out by hand (not derived from the implementation). */
const EXPECTED: Record<string, Partial<Record<CaseStatus, CaseStatus>>> = {
  judge: { registered: 'judged', awaiting_manager: 'judged' },
  refer_to_manager: { registered: 'awaiting_manager' },
  dispatch: { judged: 'dispatched', dispatched: 'dispatched', in_progress: 'dispatched' },
  accept: { dispatched: 'in_progress' },
  resolve: { dispatched: 'resolved', in_progress: 'resolved' },
  resolve_on_the_spot: { registered: 'resolved' },
  close: { resolved: 'closed' },
  summarise: { resolved: 'resolved', closed: 'closed' },
  reopen: { resolved: 'dispatched', closed: 'dispatched' },
  pause: { dispatched: 'dispatched', in_progress: 'in_progress' },
  resume: { dispatched: 'dispatched', in_progress: 'in_progress' },
  escalate: { registered: 'registered', awaiting_manager: 'awaiting_manager', judged: 'judged', dispatched: 'dispatched', in_progress: 'in_progress', resolved: 'resolved' },
  refer_to_company: { registered: 'registered', awaiting_manager: 'awaiting_manager', judged: 'judged', dispatched: 'dispatched', in_progress: 'in_progress', resolved: 'resolved' },
  plan: { registered: 'registered', awaiting_manager: 'awaiting_manager', judged: 'judged', dispatched: 'dispatched', in_progress: 'in_progress', resolved: 'resolved' },
  decide_referral: { registered: 'registered', awaiting_manager: 'awaiting_manager', judged: 'judged', dispatched: 'dispatched', in_progress: 'in_progress', resolved: 'resolved' },
  verify: { resolved: 'resolved' },
};

const sample = (action: Transition['action']) => SAMPLES.find((t) => t.action === action)!;
const [pause, resume, reopen, close] = [sample('pause'), sample('resume'), sample('reopen'), sample('close')];

describe('transition rules', () => {
  const cases = SAMPLES.flatMap((transition) => STATUSES.map((status) => [transition.action, status, transition] as const));

  it.each(cases)('%s from %s', (action, status, transition) => {
    // resume needs a paused deadline, everything else a running one.
    const state = {
      status,
      paused: action === 'resume',
      hasDepartment: true,
      callbackSettled: true,
      referred: true,
      referralDecided: false,
      verificationPending: action === 'verify',
    };
    const expected = EXPECTED[action]![status];
    if (expected) {
      expect(refusal(state, transition)).toBeNull();
      expect(nextStatus(state, transition)).toBe(expected);
    } else {
      expect(refusal(state, transition)).toMatch(/cannot/);
    }
  });

  it('covers every action', () => {
    expect(Object.keys(ALLOWED_FROM).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('closes a complaint resolved on the spot at once where the office does not call such cases back', () => {
    const state = { status: 'registered' as const, paused: false, hasDepartment: false, callbackSettled: true, onTheSpotCallback: false };
    expect(nextStatus(state, sample('resolve_on_the_spot'))).toBe('closed');
  });

  it('closes an invalid complaint at once, but only with the explanation given to the customer', () => {
    const state = { status: 'registered' as const, paused: false, hasDepartment: false, callbackSettled: true };
    const withoutExplanation: Transition = { action: 'judge', nature: 'invalid', communicativeType: '', note: '', explanation: '' };
    expect(refusal(state, withoutExplanation)).toMatch(/explanation/);
    const withExplanation = { ...withoutExplanation, explanation: '属于市政供水问题,已告知业主联系自来水公司' };
    expect(refusal(state, withExplanation)).toBeNull();
    expect(nextStatus(state, withExplanation)).toBe('closed');
  });

  it('refuses to pause twice or resume a running deadline', () => {
    expect(refusal({ status: 'in_progress', paused: true, hasDepartment: true, callbackSettled: true }, pause)).toMatch(/already paused/);
    expect(refusal({ status: 'in_progress', paused: false, hasDepartment: true, callbackSettled: true }, resume)).toMatch(/not paused/);
  });

  it('closes a resolved case by hand only once the callback is done, or with a stated exception', () => {
    const state = { status: 'resolved' as const, paused: false, hasDepartment: true, callbackSettled: false };
    expect(refusal(state, close)).toMatch(/called back/);
    expect(refusal(state, { ...close, callbackException: { reason: 'unreachable', note: '三次未接通' } } as Transition)).toBeNull();
  });

  it('sends a reopened case that never had a department back to be judged', () => {
    expect(nextStatus({ status: 'closed', paused: false, hasDepartment: false, callbackSettled: true }, reopen)).toBe('registered');
  });

  it('verifies a result waiting for it; a failed verification names what is wrong and sends the case back; closing waits for it', () => {
    const waiting = { status: 'resolved' as const, paused: false, hasDepartment: true, callbackSettled: true, verificationPending: true };
    expect(refusal(waiting, close)).toMatch(/not been verified/);
    const failed: Transition = { action: 'verify', result: 'failed', note: '' };
    expect(refusal(waiting, failed)).toMatch(/what is wrong/);
    expect(nextStatus(waiting, { ...failed, note: '仍在渗水' })).toBe('in_progress');
    expect(refusal({ ...waiting, verificationPending: false }, sample('verify'))).toMatch(/not waiting/);
  });
});
