/**
 * 跟踪验证 (seeds 001, 004): a resolved result waits for verification before its callback, an assistant
 * verifies ordinary complaints and the manager major ones, and a failed verification sends the case
 * back. Escalation that arrives: a major complaint up the whole chain at once where the office says so,
 * an escalation nobody acts on one level further, response and acceptance limits escalating by
 * themselves; and the home screen's counts per kind of limit.
 */
import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { getCase, listCases } from '../../../electron/core/cases/case-queries';
import { listCallbacks } from '../../../electron/core/callbacks/callback-queries';
import { escalateFurther, escalateOverdue } from '../../../electron/core/lifecycle/escalation';
import { transitionCase } from '../../../electron/core/lifecycle/transition-case';
import { queueCounts } from '../../../electron/core/queues/queue-counts';
import { saveDeadlineRule, saveDepartment, saveSettingValues } from '../../../electron/core/settings/org-settings';
import { createUser } from '../../../electron/core/users/users';
import { dispatch } from '../../../electron/core/dispatch';
import { handlers } from '../../../electron/core/handlers';
import { caseListQuerySchema } from '../../../shared/contract';
import type { Transition } from '../../../shared/schemas/lifecycle';
import type { saveDeadlineRuleSchema } from '../../../shared/schemas/settings';
import type { z } from 'zod';
import { buildCaseInput, fakeClock, openTestCore } from '../../factories/core';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Monday 23 November 2026, 10:00 on the desk's clock. */
const MONDAY_10 = new Date(2026, 10, 23, 10, 0).getTime();

function desk() {
  const clock = fakeClock(MONDAY_10);
  const core = openTestCore({ now: clock.now });
  const manager = core.session.userId!;
  const assistant = createUser(core, { name: '周助理', role: 'assistant', departmentId: null }).id;
  const clerk = createUser(core, { name: '李前台', role: 'receptionist', departmentId: null }).id;
  const gm = createUser(core, { name: '孙总', role: 'general_manager', departmentId: null }).id;
  let request = 0;
  const as = (userId: string) => {
    core.session.userId = userId;
  };
  const move = (caseId: string, transition: Transition) => transitionCase(core, { caseId, requestId: `r${++request}`, transition });
  const read = (id: string) => getCase(core.db, id, { now: clock.now(), userId: core.session.userId });
  const counts = () => queueCounts(core.db, { now: clock.now(), userId: core.session.userId });
  /** Registered valid (or major), dispatched to engineering, accepted and resolved. */
  const resolved = (nature: 'valid' | 'major' = 'valid') => {
    as(manager);
    const kase = registerCase(core, buildCaseInput({ nature, receivedAt: MONDAY_10 }));
    move(kase.id, { action: 'dispatch', departmentId: 'dept-engineering', assigneeId: null, note: '' });
    move(kase.id, { action: 'accept', note: '' });
    return move(kase.id, { action: 'resolve', summary: '已更换密封圈' });
  };
  return { clock, core, manager, assistant, clerk, gm, as, move, read, counts, resolved };
}

const refused = (code: string) => expect.objectContaining({ code });

type DeadlineRuleInput = z.output<typeof saveDeadlineRuleSchema>;

/** The lobby's limits (seed 004) on the elapsed clock for the test cases' category: response 15 minutes, acceptance 30. */
function elapsedRule(core: ReturnType<typeof openTestCore>, overrides: Partial<DeadlineRuleInput> = {}): void {
  saveDeadlineRule(core, {
    nature: 'valid',
    category: 'property_management',
    clock: 'elapsed',
    response: { amount: 15, unit: 'minutes' },
    acceptance: { amount: 30, unit: 'minutes' },
    resolution: { amount: 2, unit: 'working_days' },
    ...overrides,
  });
}

describe('verification (跟踪验证)', () => {
  it('is not asked for unless the office verifies results: a resolved case goes straight to its callback', () => {
    const { core, clock, resolved } = desk();
    const kase = resolved();
    expect(kase.verificationPending).toBe(false);
    expect(listCallbacks(core.db, { caseId: kase.id, includeDone: true }, clock.now())).toHaveLength(1);
  });

  it('holds the callback until an assistant verifies the result, and closing waits for it', async () => {
    const { core, clock, assistant, clerk, as, move, read, counts, resolved } = desk();
    saveSettingValues(core, { verifyResults: true });
    const kase = resolved();
    expect(kase).toMatchObject({ status: 'resolved', verificationPending: true, verificationResult: '' });
    expect(listCallbacks(core.db, { caseId: kase.id, includeDone: true }, clock.now())).toEqual([]);
    expect(counts().to_verify).toBe(1);
    expect(() => move(kase.id, { action: 'close', callbackException: null, cause: '', lesson: '', improvement: '', accountabilityLevel: '', accountabilityPerson: '', accountabilityMeasure: '' })).toThrow(
      refused('INVALID_TRANSITION'),
    );

    // The front desk may not verify (the default table gives it to the assistant and the managers).
    as(clerk);
    const byClerk = await dispatch(handlers, core, 'cases.transition', { caseId: kase.id, requestId: 'clerk', transition: { action: 'verify', result: 'passed' } });
    expect(byClerk).toMatchObject({ ok: false, error: { code: 'NOT_PERMITTED', details: { roles: ['assistant', 'manager', 'general_manager'] } } });

    as(assistant);
    clock.advance(2 * HOUR);
    const verified = move(kase.id, { action: 'verify', result: 'passed', note: '现场查看，已不再渗水' });
    expect(verified).toMatchObject({
      status: 'resolved',
      verificationPending: false,
      verificationResult: 'passed',
      verificationNote: '现场查看，已不再渗水',
      verifiedBy: assistant,
      verifiedByName: '周助理',
      verifiedAt: clock.now(),
    });
    const [callback] = listCallbacks(core.db, { caseId: kase.id, includeDone: true }, clock.now());
    expect(callback?.status).toBe('pending');
    expect(read(kase.id).verificationPending).toBe(false);
    expect(counts().to_verify).toBe(0);
    // Verified once: not again.
    expect(() => move(kase.id, { action: 'verify', result: 'passed', note: '' })).toThrow(refused('INVALID_TRANSITION'));
  });

  it('sends a failed result back to its department with what is wrong, and verifies the next resolution again', () => {
    const { core, clock, assistant, as, move, resolved } = desk();
    saveSettingValues(core, { verifyResults: true });
    const kase = resolved();
    as(assistant);
    expect(() => move(kase.id, { action: 'verify', result: 'failed', note: '' })).toThrow(refused('INVALID_TRANSITION'));
    const back = move(kase.id, { action: 'verify', result: 'failed', note: '天花板仍有水渍，需重新处理' });
    expect(back).toMatchObject({
      status: 'in_progress',
      resolvedAt: null,
      verificationPending: false,
      verificationResult: 'failed',
      verificationNote: '天花板仍有水渍，需重新处理',
    });
    expect(listCallbacks(core.db, { caseId: kase.id, includeDone: true }, clock.now())).toEqual([]);
    const again = move(kase.id, { action: 'resolve', summary: '重新防水处理' });
    expect(again).toMatchObject({ status: 'resolved', verificationPending: true, verificationResult: '' });
  });

  it('leaves a major complaint’s result to the manager', () => {
    const { core, manager, assistant, as, move, resolved } = desk();
    saveSettingValues(core, { verifyResults: true });
    const kase = resolved('major');
    as(assistant);
    expect(() => move(kase.id, { action: 'verify', result: 'passed', note: '' })).toThrow(refused('NOT_PERMITTED'));
    as(manager);
    expect(move(kase.id, { action: 'verify', result: 'passed', note: '' }).verificationResult).toBe('passed');
  });
});

describe('escalation that arrives', () => {
  it('takes a major complaint up every level at once where the office says so', () => {
    const { core, gm, manager } = desk();
    saveSettingValues(core, { majorEscalationAtOnce: true });
    const kase = registerCase(core, buildCaseInput({ nature: 'major', receivedAt: MONDAY_10 }));
    expect(kase).toMatchObject({ escalationLevel: 2, escalatedTo: gm, escalatedAt: MONDAY_10 });
    const levels = core.db
      .prepare("SELECT json_extract(data, '$.toUserId') AS toUserId, reason FROM case_events WHERE case_id = ? AND action = 'escalate' ORDER BY rowid")
      .all(kase.id);
    expect(levels).toEqual([
      { toUserId: manager, reason: 'major' },
      { toUserId: gm, reason: 'major' },
    ]);
  });

  it('goes one level further when nobody acts within the set hours, and not past the top', () => {
    const { core, clock, gm, manager, read } = desk();
    saveSettingValues(core, { nextEscalationHours: 4 });
    const kase = registerCase(core, buildCaseInput({ nature: 'major', receivedAt: MONDAY_10 }));
    expect(kase).toMatchObject({ escalationLevel: 1, escalatedTo: manager });
    clock.advance(3 * HOUR);
    expect(escalateFurther(core)).toBe(0);
    clock.advance(2 * HOUR);
    expect(escalateFurther(core)).toBe(1);
    expect(read(kase.id)).toMatchObject({ escalationLevel: 2, escalatedTo: gm, escalatedAt: clock.now() });
    clock.advance(10 * HOUR);
    expect(escalateFurther(core)).toBe(0);
    // Off (0 hours): never by itself.
    saveSettingValues(core, { nextEscalationHours: 0 });
    const other = registerCase(core, buildCaseInput({ nature: 'major', receivedAt: clock.now() }));
    clock.advance(48 * HOUR);
    expect(escalateFurther(core)).toBe(0);
    expect(read(other.id).escalationLevel).toBe(1);
  });

  it('escalates a passed response limit to the manager the settings name, and a passed acceptance limit to the department head', () => {
    const { core, clock, read, move, manager } = desk();
    const named = createUser(core, { name: '赵经理', role: 'manager', departmentId: null }).id;
    const head = createUser(core, { name: '钱工', role: 'representative', departmentId: 'dept-engineering' }).id;
    saveDepartment(core, { id: 'dept-engineering', name: '工程部', sort: 20, active: true, headUserId: head });
    saveSettingValues(core, { escalationPeople: { manager: named } });
    elapsedRule(core);
    const waiting = registerCase(core, buildCaseInput({ nature: 'valid', receivedAt: MONDAY_10 }));
    const dispatched = registerCase(core, buildCaseInput({ nature: 'valid', receivedAt: MONDAY_10 }));
    core.session.userId = manager;
    move(dispatched.id, { action: 'dispatch', departmentId: 'dept-engineering', assigneeId: null, note: '' });
    clock.advance(10 * MINUTE);
    expect(escalateOverdue(core)).toBe(0);
    clock.advance(40 * MINUTE);
    expect(escalateOverdue(core)).toBe(2);
    expect(read(waiting.id)).toMatchObject({ escalationLevel: 1, escalatedTo: named });
    expect(read(dispatched.id)).toMatchObject({ escalationLevel: 1, escalatedTo: head });
    const reasons = core.db.prepare("SELECT reason FROM case_events WHERE action = 'escalate' ORDER BY reason").pluck().all();
    expect(reasons).toEqual(['acceptance_overdue', 'response_overdue']);
    expect(escalateOverdue(core)).toBe(0);
  });

  it('escalates a case past its handling and its acceptance limits once, for the handling limit', () => {
    const { core, clock, move, manager } = desk();
    elapsedRule(core, { resolution: { amount: 45, unit: 'minutes' } });
    core.session.userId = manager;
    const kase = registerCase(core, buildCaseInput({ nature: 'valid', receivedAt: MONDAY_10 }));
    move(kase.id, { action: 'dispatch', departmentId: 'dept-engineering', assigneeId: null, note: '' });
    clock.advance(50 * MINUTE);
    expect(escalateOverdue(core)).toBe(1);
    const reasons = core.db.prepare("SELECT reason FROM case_events WHERE action = 'escalate'").pluck().all();
    expect(reasons).toEqual(['overdue']);
    expect(escalateOverdue(core)).toBe(0);
  });
});

describe('the home screen’s counts per kind of limit', () => {
  it('counts due soon and overdue for response, acceptance, handling and callbacks, as the list filters them', () => {
    const { core, clock, move, counts, manager } = desk();
    elapsedRule(core, { resolution: { amount: 2, unit: 'hours' } });
    const first = registerCase(core, buildCaseInput({ nature: 'valid', receivedAt: MONDAY_10 }));
    clock.advance(8 * MINUTE);
    const second = registerCase(core, buildCaseInput({ nature: 'valid', receivedAt: clock.now() }));
    core.session.userId = manager;
    move(second.id, { action: 'dispatch', departmentId: 'dept-engineering', assigneeId: null, note: '' });
    // 10:08: the first case's response is 7 minutes away (within the 10 reminder minutes).
    expect(counts().clocks.response).toEqual({ dueSoon: 1, overdue: 0 });
    expect(counts().clocks.acceptance).toEqual({ dueSoon: 0, overdue: 0 });
    clock.advance(25 * MINUTE);
    // 10:33: the response passed; the acceptance (due 10:38) is near; handling (due 12:08) within the day's warning.
    const now = counts().clocks;
    expect(now.response).toEqual({ dueSoon: 0, overdue: 1 });
    expect(now.acceptance).toEqual({ dueSoon: 1, overdue: 0 });
    expect(now.resolution).toEqual({ dueSoon: 1, overdue: 0 });
    expect(now.callback).toEqual({ dueSoon: 0, overdue: 0 });
    const list = (query: object) => listCases(core.db, caseListQuerySchema.parse(query), { now: clock.now(), userId: manager }).rows.map((r) => r.id);
    expect(list({ dueSoon: ['acceptance'] })).toEqual([second.id]);
    expect(list({ overdue: ['response'] })).toEqual([first.id]);
  });

  it('counts a receptionist’s own cases only; a manager’s are the desk’s', () => {
    const { core, clock, counts, clerk, manager } = desk();
    elapsedRule(core, { acceptance: null, resolution: null });
    core.session.userId = manager;
    registerCase(core, buildCaseInput({ nature: 'valid', receivedAt: MONDAY_10 }));
    core.session.userId = clerk;
    registerCase(core, buildCaseInput({ nature: 'valid', receivedAt: MONDAY_10 }));
    clock.advance(20 * MINUTE);
    expect(counts().clocks.response.overdue).toBe(1);
    core.session.userId = manager;
    expect(counts().clocks.response.overdue).toBe(2);
  });
});
