import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { getCase } from '../../../electron/core/cases/case-queries';
import { callbackReminder, listCallbacks } from '../../../electron/core/callbacks/callback-queries';
import { recordAttempt, recordCallback } from '../../../electron/core/callbacks/record-callback';
import { callbackQuotas } from '../../../electron/core/callbacks/quotas';
import { caseTimeline } from '../../../electron/core/lifecycle/timeline';
import { createUser } from '../../../electron/core/users/users';
import { saveSettingValues, updateStaff } from '../../../electron/core/settings/org-settings';
import { countedAttempts } from '../../../shared/rules/callbacks';
import { buildCaseInput, fakeClock, openTestCore } from '../../factories/core';
import { move } from '../../factories/lifecycle';

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

function resolvedCase(start: number, nature: 'valid' | 'major' = 'valid') {
  const clock = fakeClock(start);
  const core = openTestCore({ now: clock.now });
  const desk = createUser(core, { name: '李前台' });
  core.session.userId = desk.id;
  const kase = registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
  move(core, kase.id, { action: 'judge', nature });
  move(core, kase.id, { action: 'dispatch', departmentId: 'dept-engineering' });
  move(core, kase.id, { action: 'resolve', summary: '已处理' });
  const callback = () => listCallbacks(core.db, { caseId: kase.id, includeDone: true }, clock.now()).at(-1)!;
  return { core, clock, kase, desk, callback };
}

const outcome = (callbackId: string, overrides: Partial<Parameters<typeof recordCallback>[1]> = {}) => ({
  callbackId,
  requestId: randomUUID(),
  method: 'phone' as const,
  satisfaction: 'satisfied' as const,
  solved: true,
  customerWords: '',
  ...overrides,
});

describe('scheduling a callback when a case is resolved', () => {
  it('is due by the close of the fifth working day, skipping the National Day holiday', () => {
    // Resolved Friday 26 Sep 2025; Sunday 28 Sep is a make-up workday, 1-8 Oct are off.
    const { callback } = resolvedCase(at(2025, 9, 26, 15, 0));
    expect(callback()).toMatchObject({ round: 1, status: 'pending', method: 'phone', dueAt: at(2025, 10, 10, 18, 0) });
  });

  it('goes to whoever registered the case, by phone; a major one to the manager, by home visit', () => {
    const valid = resolvedCase(at(2025, 11, 24, 10, 0));
    expect(valid.callback()).toMatchObject({ method: 'phone', assigneeName: '李前台' });
    const major = resolvedCase(at(2025, 11, 24, 10, 0), 'major');
    expect(major.callback()).toMatchObject({ method: 'home_visit', assigneeName: '王前台' });
  });
});

describe('recording a callback', () => {
  it('closes the case when the customer is satisfied and the problem solved', () => {
    const { core, kase, callback } = resolvedCase(at(2025, 11, 24, 10, 0));
    const done = recordCallback(core, outcome(callback().id, { satisfaction: 'very_satisfied', customerWords: '师傅很专业' }));
    expect(done).toMatchObject({ status: 'done', satisfaction: 'very_satisfied', solved: true, completedByName: '李前台', urgency: 'done' });
    expect(getCase(core.db, kase.id).status).toBe('closed');
  });

  it('sends an unsatisfied customer’s case back to its department, round after round until satisfied', () => {
    const { core, clock, kase, callback } = resolvedCase(at(2025, 11, 24, 10, 0));
    recordCallback(core, outcome(callback().id, { satisfaction: 'unsatisfied', solved: false, customerWords: '还在漏' }));
    expect(getCase(core.db, kase.id)).toMatchObject({ status: 'dispatched', departmentName: '工程部', reopenCount: 1, dueAt: at(2025, 11, 27, 10, 0) });
    clock.advance(3_600_000);
    move(core, kase.id, { action: 'accept' });
    move(core, kase.id, { action: 'resolve', summary: '重新更换防水层' });
    expect(callback()).toMatchObject({ round: 2, status: 'pending' });
    // Satisfied but not solved is not done either.
    recordCallback(core, outcome(callback().id, { satisfaction: 'basically_satisfied', solved: false }));
    expect(getCase(core.db, kase.id).status).toBe('dispatched');
    move(core, kase.id, { action: 'resolve', summary: '彻底修好' });
    recordCallback(core, outcome(callback().id, { satisfaction: 'basically_satisfied', solved: true }));
    expect(getCase(core.db, kase.id).status).toBe('closed');

    const rounds = listCallbacks(core.db, { caseId: kase.id, includeDone: true }, clock.now());
    expect(rounds.map((r) => [r.round, r.satisfaction, r.solved])).toEqual([
      [1, 'unsatisfied', false],
      [2, 'basically_satisfied', false],
      [3, 'basically_satisfied', true],
    ]);
    expect(caseTimeline(core.db, kase.id).events.filter((e) => e.action === 'callback').map((e) => e.toStatus)).toEqual([
      'dispatched',
      'dispatched',
      'closed',
    ]);
  });

  it('enforces a home visit for a major complaint, made by the manager', () => {
    const { core, kase, callback } = resolvedCase(at(2025, 11, 24, 10, 0), 'major');
    expect(() => recordCallback(core, outcome(callback().id, { method: 'home_visit' }))).toThrow(
      expect.objectContaining({ code: 'NOT_PERMITTED', details: { roles: ['manager', 'general_manager'] } }),
    );
    core.session.userId = core.db.prepare("SELECT id FROM users WHERE role = 'manager'").pluck().get() as string;
    expect(() => recordCallback(core, outcome(callback().id, { method: 'phone' }))).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [{ path: 'method', message: 'errors.homeVisitRequired' }] }),
    );
    expect(getCase(core.db, kase.id).status).toBe('resolved');
    recordCallback(core, outcome(callback().id, { method: 'home_visit' }));
    expect(getCase(core.db, kase.id).status).toBe('closed');
  });

  it('refuses a callback for a case that is not resolved, and one recorded twice', () => {
    const { core, kase, callback } = resolvedCase(at(2025, 11, 24, 10, 0));
    const id = callback().id;
    move(core, kase.id, { action: 'reopen', reason: '业主来电说又坏了' });
    // Reopening waives the round that was waiting.
    expect(callback()).toMatchObject({ id, status: 'waived' });
    expect(() => recordCallback(core, outcome(id))).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    move(core, kase.id, { action: 'resolve', summary: '再次修复' });
    const request = outcome(callback().id);
    recordCallback(core, request);
    expect(recordCallback(core, request).status).toBe('done'); // the same request again is harmless
    expect(() => recordCallback(core, { ...request, requestId: randomUUID() })).toThrow(/already been recorded/);
  });

  it('keeps every attempt and moves the callback to the "call again" time', () => {
    const { core, clock, callback } = resolvedCase(at(2025, 11, 24, 10, 0));
    recordAttempt(core, { callbackId: callback().id, result: 'no_answer', note: '无人接听', callAgainAt: null });
    const later = at(2025, 11, 25, 15, 0);
    const moved = recordAttempt(core, { callbackId: callback().id, result: 'call_again', note: '业主在开会', callAgainAt: later });
    expect(moved.attempts.map((a) => a.result)).toEqual(['no_answer', 'call_again']);
    expect(moved.dueAt).toBe(later);
    clock.set(at(2025, 11, 25, 9, 0));
    expect(callback().urgency).toBe('due_today');
    clock.set(at(2025, 11, 25, 16, 0));
    expect(callback().urgency).toBe('overdue');
  });
});

describe('closing without a callback', () => {
  it('is a manager’s decision, and unreachable needs the configured attempts, far enough apart; it is recorded on the case', () => {
    const { core, clock, kase, callback } = resolvedCase(at(2025, 11, 24, 10, 0));
    const exception = { reason: 'unreachable', note: '三次电话未接通' };
    // The receptionist may not.
    expect(() => move(core, kase.id, { action: 'close', callbackException: exception })).toThrow(
      expect.objectContaining({ code: 'NOT_PERMITTED', details: { roles: ['manager', 'general_manager'] } }),
    );
    core.session.userId = core.db.prepare("SELECT id FROM users WHERE role = 'manager'").pluck().get() as string;
    const tooFew = expect.objectContaining({ code: 'VALIDATION', issues: [{ path: 'callbackException.reason', message: 'errors.tooFewAttempts' }] });
    expect(() => move(core, kase.id, { action: 'close', callbackException: exception })).toThrow(tooFew);
    // Three clicks on 无人接听 in the same minute are one try (setting attemptGapMinutes, 30 by default).
    const noAnswer = () => recordAttempt(core, { callbackId: callback().id, result: 'no_answer', note: '', callAgainAt: null });
    for (let i = 0; i < 3; i++) noAnswer();
    expect(() => move(core, kase.id, { action: 'close', callbackException: exception })).toThrow(tooFew);
    clock.advance(30 * 60_000);
    noAnswer();
    clock.advance(2 * 3_600_000);
    noAnswer();
    const closed = move(core, kase.id, { action: 'close', callbackException: exception });
    expect(closed).toMatchObject({ status: 'closed', callbackException: 'unreachable', callbackExceptionNote: '三次电话未接通' });
    expect(callback().status).toBe('waived');
  });

  it('lets a manager close when the customer refused the callback', () => {
    const { core, kase } = resolvedCase(at(2025, 11, 24, 10, 0));
    core.session.userId = core.db.prepare("SELECT id FROM users WHERE role = 'manager'").pluck().get() as string;
    expect(move(core, kase.id, { action: 'close', callbackException: { reason: 'refused', note: '业主拒绝回访' } }).status).toBe('closed');
  });
});

describe('quotas and reminders', () => {
  it('count each person’s completed callbacks per month against their role’s quota', () => {
    const { core, clock, callback } = resolvedCase(at(2025, 11, 24, 10, 0));
    const manager = core.db.prepare("SELECT id FROM users WHERE role = 'manager'").pluck().get() as string;
    const gm = createUser(core, { name: '赵总' });
    updateStaff(core, { id: gm.id, role: 'general_manager' });
    core.session.userId = manager;
    recordCallback(core, outcome(callback().id));
    expect(callbackQuotas(core.db, '2025-11')).toEqual([
      { userId: manager, name: '王前台', role: 'manager', done: 1, quota: 3 },
      { userId: gm.id, name: '赵总', role: 'general_manager', done: 0, quota: 1 },
    ]);
    expect(callbackQuotas(core.db, '2025-12').find((r) => r.userId === manager)?.done).toBe(0);
    clock.set(at(2025, 12, 1, 9, 0));
  });

  it('tell each person how many of their callbacks are overdue or due today', () => {
    const { core, clock, desk } = resolvedCase(at(2025, 11, 24, 10, 0));
    expect(callbackReminder(core.db, clock.now(), desk.id)).toEqual({ overdue: 0, dueToday: 0 });
    clock.set(at(2025, 12, 1, 9, 0)); // due Monday 1 Dec 18:00
    expect(callbackReminder(core.db, clock.now(), desk.id)).toEqual({ overdue: 0, dueToday: 1 });
    clock.set(at(2025, 12, 2, 9, 0));
    expect(callbackReminder(core.db, clock.now(), desk.id)).toEqual({ overdue: 1, dueToday: 0 });
    expect(callbackReminder(core.db, clock.now(), 'someone-else')).toEqual({ overdue: 0, dueToday: 0 });
  });
});

describe('the callback rules as the office sets them', () => {
  it('call a major complaint back any way the office allows, by whoever the settings name', () => {
    const clock = fakeClock(at(2025, 11, 24, 10, 0));
    const core = openTestCore({ now: clock.now });
    saveSettingValues(core, { majorCallbackMethod: '', callbackBy: { ordinary: 'assistant', major: 'registrar' } });
    const desk = createUser(core, { name: '李前台' });
    const assistant = createUser(core, { name: '周助理' });
    updateStaff(core, { id: assistant.id, role: 'assistant' });
    core.session.userId = desk.id;
    const resolve = (nature: 'valid' | 'major') => {
      const kase = registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
      move(core, kase.id, { action: 'judge', nature });
      move(core, kase.id, { action: 'dispatch', departmentId: 'dept-engineering' });
      move(core, kase.id, { action: 'resolve', summary: '已处理' });
      return listCallbacks(core.db, { caseId: kase.id, includeDone: true }, clock.now()).at(-1)!;
    };
    expect(resolve('major')).toMatchObject({ method: 'phone', requiredMethod: null, assigneeName: '李前台' });
    expect(resolve('valid')).toMatchObject({ method: 'phone', requiredMethod: null, assigneeName: '周助理' });

    // An office that wants major complaints called back by e-mail: the form is held to it, and so is the core.
    saveSettingValues(core, { majorCallbackMethod: 'email' });
    const major = resolve('major');
    expect(major).toMatchObject({ method: 'email', requiredMethod: 'email' });
    core.session.userId = core.db.prepare("SELECT id FROM users WHERE role = 'manager'").pluck().get() as string;
    expect(() => recordCallback(core, outcome(major.id, { method: 'phone' }))).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [{ path: 'method', message: 'errors.methodRequired' }] }),
    );
    expect(recordCallback(core, outcome(major.id, { method: 'email' })).status).toBe('done');
  });
});

describe('counting attempts', () => {
  it('counts attempts within the gap of the last counted one as the same try', () => {
    const minute = 60_000;
    expect(countedAttempts([0, minute, 2 * minute], 30)).toBe(1);
    expect(countedAttempts([0, 29 * minute, 30 * minute, 61 * minute], 30)).toBe(3);
    expect(countedAttempts([3, 1, 2], 0)).toBe(3);
    expect(countedAttempts([], 30)).toBe(0);
  });
});
