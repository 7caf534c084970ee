import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { transitionSchema } from '../../../shared/schemas/lifecycle';
import { registerCase } from '../../../electron/core/cases/register-case';
import { getCase } from '../../../electron/core/cases/case-queries';
import { caseTimeline } from '../../../electron/core/lifecycle/timeline';
import { transitionCase } from '../../../electron/core/lifecycle/transition-case';
import { escalateOverdue } from '../../../electron/core/lifecycle/escalation';
import { listCallbacks } from '../../../electron/core/callbacks/callback-queries';
import { recordCallback } from '../../../electron/core/callbacks/record-callback';
import { createUser } from '../../../electron/core/users/users';
import { updateStaff, saveDepartment } from '../../../electron/core/settings/org-settings';
import { buildCaseInput, fakeClock, openTestCore } from '../../factories/core';
import { move } from '../../factories/lifecycle';

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

function office(start = at(2025, 11, 20, 10, 0)) {
  const clock = fakeClock(start);
  const core = openTestCore({ now: clock.now });
  const manager = core.session.userId!;
  const gm = createUser(core, { name: '赵总', role: 'general_manager' });
  const engineer = createUser(core, { name: '钱工' });
  updateStaff(core, { id: engineer.id, departmentId: 'dept-engineering' });
  return { core, clock, manager, gm, engineer };
}

describe('a case moving through its life', () => {
  it('goes registered → judged major → escalated → dispatched → in progress → resolved → closed, every step in the timeline', () => {
    const { core, clock, manager, gm, engineer } = office();
    const kase = registerCase(core, buildCaseInput({ receivedAt: at(2025, 11, 20, 9, 50) }));

    const judged = move(core, kase.id, { action: 'judge', nature: 'major', communicativeType: 'venting', note: '业主情绪激动' });
    expect(judged).toMatchObject({ status: 'judged', nature: 'major', communicativeType: 'venting', escalationLevel: 1, escalatedTo: manager });
    // Major: respond within 30 working minutes of receipt.
    expect(judged.responseDueAt).toBe(at(2025, 11, 20, 10, 20));

    const escalated = move(core, kase.id, { action: 'escalate', reason: '涉及人身安全' });
    expect(escalated).toMatchObject({ escalationLevel: 2, escalatedTo: gm.id, escalatedToName: '赵总' });

    move(core, kase.id, { action: 'plan', departmentId: 'dept-engineering', person: '钱工', dueAt: at(2025, 11, 21, 18), measures: '更换破裂水管' });
    const dispatched = move(core, kase.id, { action: 'dispatch', departmentId: 'dept-engineering', assigneeId: engineer.id });
    // Major: resolve within 1 working day; Thursday 10:00 → Friday 10:00.
    expect(dispatched).toMatchObject({ status: 'dispatched', departmentName: '工程部', assigneeName: '钱工', dueAt: at(2025, 11, 21, 10, 0) });

    clock.advance(60_000);
    expect(move(core, kase.id, { action: 'accept' }).status).toBe('in_progress');
    clock.advance(60_000);
    expect(move(core, kase.id, { action: 'resolve', summary: '已更换水管,业主确认不再漏水' })).toMatchObject({ status: 'resolved' });
    // Closing by hand waits for the callback.
    expect(() => move(core, kase.id, { action: 'close' })).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    const [callback] = listCallbacks(core.db, { caseId: kase.id }, clock.now());
    recordCallback(core, { callbackId: callback!.id, requestId: randomUUID(), method: 'home_visit', satisfaction: 'satisfied', solved: true, customerWords: '满意' });
    expect(getCase(core.db, kase.id).status).toBe('closed');
    const closed = move(core, kase.id, {
      action: 'summarise',
      cause: '水管老化',
      lesson: '巡检不到位',
      improvement: '每季度检查水管',
      accountabilityLevel: 'department_process',
      accountabilityMeasure: 'criticism',
    });
    expect(closed).toMatchObject({ status: 'closed', closeCause: '水管老化', accountabilityLevel: 'department_process' });

    const actions = caseTimeline(core.db, kase.id).events.map((e) => [e.action, e.fromStatus, e.toStatus]);
    expect(actions).toEqual([
      ['judge', 'registered', 'judged'],
      ['escalate', 'judged', 'judged'],
      ['escalate', 'judged', 'judged'],
      ['plan', 'judged', 'judged'],
      ['dispatch', 'judged', 'dispatched'],
      ['accept', 'dispatched', 'in_progress'],
      ['resolve', 'in_progress', 'resolved'],
      ['callback', 'resolved', 'closed'],
      ['summarise', 'closed', 'closed'],
    ]);
    expect(caseTimeline(core.db, kase.id).events.every((e) => e.userName === '王前台')).toBe(true);
  });

  it('closes an invalid complaint with the explanation given to the customer', () => {
    const { core, clock } = office();
    const kase = registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
    const closed = move(core, kase.id, { action: 'judge', nature: 'invalid', explanation: '属于市政停水,已解释并提供自来水公司电话' });
    expect(closed).toMatchObject({ status: 'closed', nature: 'invalid', invalidExplanation: '属于市政停水,已解释并提供自来水公司电话' });
    expect(caseTimeline(core.db, kase.id).events[0]).toMatchObject({ action: 'judge', toStatus: 'closed', reason: closed.invalidExplanation });
  });

  it('waits for the manager when the desk cannot judge', () => {
    const { core, clock } = office();
    const kase = registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
    expect(move(core, kase.id, { action: 'refer_to_manager', note: '不确定是否属于物业责任' }).status).toBe('awaiting_manager');
    expect(move(core, kase.id, { action: 'judge', nature: 'valid' }).status).toBe('judged');
  });

  it('refuses an illegal move with INVALID_TRANSITION and leaves the case as it was', () => {
    const { core, clock } = office();
    const kase = registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
    const before = core.db.prepare('SELECT count(*) FROM changes').pluck().get();
    expect(() => move(core, kase.id, { action: 'resolve', summary: 'x' })).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    expect(() => move(core, kase.id, { action: 'close' })).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    expect(core.db.prepare('SELECT count(*) FROM changes').pluck().get()).toBe(before);
    expect(getCase(core.db, kase.id).status).toBe('registered');
  });

  it('applies a transition sent twice only once', () => {
    const { core, clock } = office();
    const kase = registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
    const request = { caseId: kase.id, requestId: randomUUID(), transition: transitionSchema.parse({ action: 'judge', nature: 'valid' }) };
    transitionCase(core, request);
    const again = transitionCase(core, request);
    expect(again.status).toBe('judged');
    expect(caseTimeline(core.db, kase.id).events).toHaveLength(1);
  });

  it('refuses a department or person that does not exist', () => {
    const { core, clock } = office();
    const kase = registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
    move(core, kase.id, { action: 'judge', nature: 'valid' });
    expect(() => move(core, kase.id, { action: 'dispatch', departmentId: 'nope' })).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(getCase(core.db, kase.id).status).toBe('judged');
  });

  it('excludes paused time from the deadline and records the pause', () => {
    const { core, clock } = office(at(2025, 11, 24, 9, 0)); // Monday
    const kase = registerCase(core, buildCaseInput({ receivedAt: at(2025, 11, 24, 9, 0) }));
    move(core, kase.id, { action: 'judge', nature: 'valid' });
    const dispatched = move(core, kase.id, { action: 'dispatch', departmentId: 'dept-engineering' });
    expect(dispatched.dueAt).toBe(at(2025, 11, 27, 9, 0)); // 3 working days
    clock.set(at(2025, 11, 24, 16, 0));
    const paused = move(core, kase.id, { action: 'pause', reason: '等待业主在家' });
    expect(paused.deadlineState).toBe('paused');
    clock.set(at(2025, 11, 25, 16, 0)); // a working day later
    const resumed = move(core, kase.id, { action: 'resume' });
    // Nine working hours were paused, so Thursday 09:00 moves to the close of Thursday.
    expect(resumed.dueAt).toBe(at(2025, 11, 27, 18, 0));
    expect(resumed.pausedAt).toBeNull();
    expect(caseTimeline(core.db, kase.id).events.map((e) => e.action)).toEqual(['judge', 'dispatch', 'pause', 'resume']);
  });

  it('reopens a resolved case back to its department with a reason and a new deadline', () => {
    const { core, clock } = office(at(2025, 11, 24, 9, 0));
    const kase = registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
    move(core, kase.id, { action: 'judge', nature: 'valid' });
    move(core, kase.id, { action: 'dispatch', departmentId: 'dept-engineering' });
    move(core, kase.id, { action: 'resolve', summary: '已修' });
    clock.set(at(2025, 11, 26, 10, 0));
    const reopened = move(core, kase.id, { action: 'reopen', reason: '业主反映仍在漏水' });
    expect(reopened).toMatchObject({ status: 'dispatched', departmentId: 'dept-engineering', reopenCount: 1, resolvedAt: null, dueAt: at(2025, 12, 1, 10, 0) });
  });

  it('escalates overdue cases to the department head by itself, once', () => {
    const { core, clock, engineer } = office(at(2025, 11, 24, 9, 0));
    saveDepartment(core, { id: 'dept-engineering', name: '工程部', headUserId: engineer.id, sort: 20, active: true });
    const kase = registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
    move(core, kase.id, { action: 'judge', nature: 'valid' });
    move(core, kase.id, { action: 'dispatch', departmentId: 'dept-engineering' });
    expect(escalateOverdue(core)).toBe(0);
    clock.set(at(2025, 11, 27, 9, 1));
    expect(getCase(core.db, kase.id, { now: clock.now(), userId: null }).deadlineState).toBe('overdue');
    expect(escalateOverdue(core)).toBe(1);
    expect(escalateOverdue(core)).toBe(0);
    expect(getCase(core.db, kase.id)).toMatchObject({ escalationLevel: 1, escalatedTo: engineer.id });
    const event = caseTimeline(core.db, kase.id).events.at(-1)!;
    expect(event).toMatchObject({ action: 'escalate', reason: 'overdue', userName: '' });
  });
});
