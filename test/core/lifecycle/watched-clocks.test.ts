/**
 * Time limits that are watched (seeds 001, 002, 004): a response clock from receipt, an acceptance clock
 * from dispatch, each on its rule's clock (working or elapsed) and the site's week; the home screen's
 * counts and the list's filters; the company's decision on a referral; escalation to the person named.
 */
import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { getCase, listCases } from '../../../electron/core/cases/case-queries';
import { addFollowup } from '../../../electron/core/followups/followups';
import { transitionCase } from '../../../electron/core/lifecycle/transition-case';
import { queueCounts } from '../../../electron/core/queues/queue-counts';
import { saveDeadlineRule, saveSettingValues, saveSite } from '../../../electron/core/settings/org-settings';
import { createUser } from '../../../electron/core/users/users';
import { planOf, recordingPrepares } from '../../factories/asked-sql';
import { caseListQuerySchema } from '../../../shared/contract';
import type { Transition } from '../../../shared/schemas/lifecycle';
import { buildCaseInput, fakeClock, openTestCore } from '../../factories/core';

const MINUTE = 60_000;
/** Sunday 22 November 2026, 10:00 on the desk's clock. */
const SUNDAY_10 = new Date(2026, 10, 22, 10, 0).getTime();
const MONDAY_0915 = new Date(2026, 10, 23, 9, 15).getTime();

function lobbyDesk() {
  const clock = fakeClock(SUNDAY_10);
  const core = openTestCore({ now: clock.now });
  const manager = core.session.userId;
  saveSite(core, { name: '大堂', sort: 0, active: true, week: { days: [0, 1, 2, 3, 4, 5, 6], start: '08:00', end: '22:00', observesHolidays: false } });
  // The lobby's rule (004): someone with the customer within 15 minutes, the department accepting within 30, day and night.
  saveDeadlineRule(core, {
    nature: 'valid',
    category: 'service_attitude',
    clock: 'elapsed',
    response: { amount: 15, unit: 'minutes' },
    acceptance: { amount: 30, unit: 'minutes' },
    resolution: { amount: 1, unit: 'working_days' },
  });
  // Facilities on the working clock: the site's week decides.
  saveDeadlineRule(core, {
    nature: 'valid',
    category: 'facilities',
    clock: 'working',
    response: { amount: 15, unit: 'minutes' },
    acceptance: null,
    resolution: { amount: 2, unit: 'working_days' },
  });
  let request = 0;
  const move = (caseId: string, transition: Transition) => transitionCase(core, { caseId, requestId: `r${++request}`, transition });
  const read = (id: string) => getCase(core.db, id, { now: clock.now(), userId: core.session.userId });
  const counts = () => queueCounts(core.db, { now: clock.now(), userId: core.session.userId });
  return { clock, core, manager, move, read, counts };
}

describe('the response clock (响应)', () => {
  it('runs from receipt on the elapsed clock, shows overdue 20 minutes later, and stops at the first contact', () => {
    const { clock, core, read, counts } = lobbyDesk();
    const kase = registerCase(core, buildCaseInput({ site: '大堂', category: 'service_attitude', receivedAt: SUNDAY_10, nature: 'unjudged' }));
    expect(kase.responseDueAt).toBe(SUNDAY_10 + 15 * MINUTE);
    expect(read(kase.id).responseState).toBe('ok');
    clock.advance(6 * MINUTE);
    expect(read(kase.id).responseState).toBe('due_soon');
    clock.advance(14 * MINUTE);
    expect(read(kase.id).responseState).toBe('overdue');
    expect(counts()).toMatchObject({ response_overdue: 1, responseOverdue: 1 });
    const listed = listCases(core.db, caseListQuerySchema.parse({ overdue: ['response'] }), { now: clock.now(), userId: null });
    expect(listed.rows.map((row) => [row.id, row.responseState])).toEqual([[kase.id, 'overdue']]);

    addFollowup(core, { caseId: kase.id, kind: 'contact', text: '大堂经理到场安抚', remedyKind: '', amount: null, customerConfirmed: null, amendsId: null });
    expect(read(kase.id)).toMatchObject({ respondedAt: clock.now(), responseState: 'none' });
    expect(counts().responseOverdue).toBe(0);
  });

  it('counts working time where the rule says so: a seven-day lobby answers on Sunday, the office on Monday', () => {
    const { core } = lobbyDesk();
    const lobby = registerCase(core, buildCaseInput({ site: '大堂', category: 'facilities', receivedAt: SUNDAY_10, nature: 'valid' }));
    expect(lobby.responseDueAt).toBe(SUNDAY_10 + 15 * MINUTE);
    const office = registerCase(core, buildCaseInput({ site: '翠湖苑', category: 'facilities', receivedAt: SUNDAY_10, nature: 'valid' }));
    expect(office.responseDueAt).toBe(MONDAY_0915);
  });

  it('is not running for a case closed as invalid, and judging is not a response', () => {
    const { core, move, read } = lobbyDesk();
    const invalid = registerCase(core, buildCaseInput({ site: '大堂', category: 'service_attitude', receivedAt: SUNDAY_10, nature: 'invalid', invalidExplanation: '不属本单位' }));
    expect(read(invalid.id).responseState).toBe('none');
    const judged = registerCase(core, buildCaseInput({ site: '大堂', category: 'service_attitude', receivedAt: SUNDAY_10, nature: 'unjudged' }));
    move(judged.id, { action: 'judge', nature: 'valid', communicativeType: '', note: '', explanation: '' });
    expect(read(judged.id).respondedAt).toBeNull();
  });

  it('shows a receptionist only the cases that are theirs, and the manager the whole desk', () => {
    const { clock, core, manager } = lobbyDesk();
    registerCase(core, buildCaseInput({ site: '大堂', category: 'service_attitude', receivedAt: SUNDAY_10, nature: 'unjudged' }));
    const clerk = createUser(core, { name: '李前台', role: 'receptionist', departmentId: null }).id;
    core.session.userId = clerk;
    registerCase(core, buildCaseInput({ site: '大堂', category: 'service_attitude', receivedAt: SUNDAY_10, nature: 'unjudged' }));
    clock.advance(20 * MINUTE);
    expect(queueCounts(core.db, { now: clock.now(), userId: clerk }).responseOverdue).toBe(1);
    expect(queueCounts(core.db, { now: clock.now(), userId: manager }).responseOverdue).toBe(2);
  });
});

describe('the acceptance clock (接单)', () => {
  it('runs from dispatch until the department accepts, and counts on the home screen when passed', () => {
    const { clock, core, manager, move, read, counts } = lobbyDesk();
    const kase = registerCase(core, buildCaseInput({ site: '大堂', category: 'service_attitude', receivedAt: SUNDAY_10, nature: 'valid' }));
    clock.advance(5 * MINUTE);
    const dispatched = move(kase.id, { action: 'dispatch', departmentId: 'dept-engineering', assigneeId: null, note: '' });
    expect(dispatched).toMatchObject({ acceptanceDueAt: clock.now() + 30 * MINUTE, acceptanceState: 'ok', respondedAt: clock.now() });
    clock.advance(31 * MINUTE);
    expect(read(kase.id).acceptanceState).toBe('overdue');
    expect(counts()).toMatchObject({ acceptance_overdue: 1, acceptanceOverdue: 1 });
    expect(listCases(core.db, caseListQuerySchema.parse({ queue: 'acceptance_overdue' }), { now: clock.now(), userId: manager }).total).toBe(1);
    move(kase.id, { action: 'accept', note: '' });
    expect(read(kase.id).acceptanceState).toBe('none');
    expect(counts().acceptanceOverdue).toBe(0);
  });
});

describe('a referral to the company', () => {
  it('waits for the general manager, whose decision is recorded once, with who and when', () => {
    const { clock, core, move, read, counts } = lobbyDesk();
    const kase = registerCase(core, buildCaseInput({ nature: 'major', receivedAt: SUNDAY_10 }));
    expect(() => move(kase.id, { action: 'decide_referral', decision: '同意', instructions: '' })).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    );
    move(kase.id, { action: 'refer_to_company', note: '涉及多户赔偿，超出项目权限' });
    expect(counts()).toMatchObject({ awaiting_decision: 1, awaitingDecision: 1 });
    // Counted through its own index, not by walking another one and reading every case.
    const recording = recordingPrepares(core.db);
    listCases(recording.db, caseListQuerySchema.parse({ queue: 'awaiting_decision' }), { now: clock.now(), userId: null });
    const queueCount = recording.asked.find((sql) => sql.startsWith('SELECT count(*)'))!;
    expect(planOf(core.db, queueCount)).toMatch(/cases_awaiting_decision/);
    const query = caseListQuerySchema.parse({ marks: ['referred', 'awaiting_decision'] });
    expect(listCases(core.db, query, { now: clock.now(), userId: null }).total).toBe(1);

    const gm = createUser(core, { name: '孙总', role: 'general_manager', departmentId: null }).id;
    core.session.userId = gm;
    clock.advance(60 * MINUTE);
    move(kase.id, { action: 'decide_referral', decision: '同意赔偿，由工程部三日内修复', instructions: '每日向公司报告进度' });
    expect(read(kase.id)).toMatchObject({
      referralDecision: '同意赔偿，由工程部三日内修复',
      referralInstructions: '每日向公司报告进度',
      referralDecidedBy: gm,
      referralDecidedByName: '孙总',
      referralDecidedAt: clock.now(),
    });
    expect(counts().awaitingDecision).toBe(0);
    expect(listCases(core.db, query, { now: clock.now(), userId: null }).total).toBe(0);
    expect(() => move(kase.id, { action: 'decide_referral', decision: '改变主意', instructions: '' })).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    );
  });
});

describe('escalation of a major complaint', () => {
  it('reaches the manager the settings name, at registration, not whoever set the desk up', () => {
    const { core, manager } = lobbyDesk();
    const named = createUser(core, { name: '赵经理', role: 'manager', departmentId: null }).id;
    saveSettingValues(core, { escalationPeople: { manager: named } });
    expect(registerCase(core, buildCaseInput({ nature: 'major', receivedAt: SUNDAY_10 })).escalatedTo).toBe(named);
    // Named but no longer a manager: the first active manager, as before.
    saveSettingValues(core, { escalationPeople: { manager: manager! } });
    expect(registerCase(core, buildCaseInput({ nature: 'major', receivedAt: SUNDAY_10 })).escalatedTo).toBe(manager);
  });
});
