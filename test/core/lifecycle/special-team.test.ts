/**
 * The special team (专项小组, seed 004): a leader, people and departments, and a plan whose measures
 * each have a person who answers for them and a deadline, tracked until done; the team travels to the
 * other desks like any record.
 */
import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { addMeasure, completeMeasure, readTeam } from '../../../electron/core/lifecycle/special-team';
import { transitionCase } from '../../../electron/core/lifecycle/transition-case';
import { createUser } from '../../../electron/core/users/users';
import type { Transition } from '../../../shared/schemas/lifecycle';
import { buildCaseInput, fakeClock, openTestCore } from '../../factories/core';
import { openDesks, replicaState, sync } from '../../factories/replicas';

const HOUR = 3_600_000;
const MONDAY_10 = new Date(2026, 10, 23, 10, 0).getTime();

function desk() {
  const clock = fakeClock(MONDAY_10);
  const core = openTestCore({ now: clock.now });
  const leader = createUser(core, { name: '孙总', role: 'general_manager', departmentId: null }).id;
  const engineer = createUser(core, { name: '钱工', role: 'representative', departmentId: 'dept-engineering' }).id;
  const kase = registerCase(core, buildCaseInput({ nature: 'major', receivedAt: MONDAY_10 }));
  let request = 0;
  const plan = (overrides: Partial<Extract<Transition, { action: 'plan' }>> = {}) =>
    transitionCase(core, {
      caseId: kase.id,
      requestId: `plan-${++request}`,
      transition: {
        action: 'plan',
        departmentId: 'dept-engineering',
        leaderId: leader,
        memberIds: [engineer],
        memberDepartmentIds: ['dept-engineering', 'dept-security'],
        person: '',
        dueAt: MONDAY_10 + 72 * HOUR,
        measures: '查明渗水原因，修复防水层，赔偿受损家具',
        ...overrides,
      },
    });
  return { clock, core, kase, leader, engineer, plan };
}

const refused = (code: string) => expect.objectContaining({ code });

describe('the special team (专项小组)', () => {
  it('has a leader and members, people and departments, and setting it up again replaces them', () => {
    const { core, clock, kase, leader, engineer, plan } = desk();
    expect(readTeam(core.db, kase.id, clock.now())).toMatchObject({ leaderId: null, members: [], measures: [] });
    expect(plan().teamLeaderId).toBe(leader);
    expect(readTeam(core.db, kase.id, clock.now())).toMatchObject({
      leaderId: leader,
      leaderName: '孙总',
      members: [
        { kind: 'person', id: engineer, name: '钱工' },
        { kind: 'department', id: 'dept-engineering', name: '工程部' },
        { kind: 'department', id: 'dept-security', name: '秩序部' },
      ],
    });
    plan({ memberIds: [], memberDepartmentIds: ['dept-engineering'] });
    expect(readTeam(core.db, kase.id, clock.now()).members).toEqual([{ kind: 'department', id: 'dept-engineering', name: '工程部' }]);
  });

  it('refuses a team without a leader, or with someone who does not exist, writing nothing', () => {
    const { core, clock, kase, plan } = desk();
    expect(() => plan({ leaderId: undefined })).toThrow(expect.objectContaining({ code: 'VALIDATION', issues: [expect.objectContaining({ path: 'leaderId' })] }));
    expect(() => plan({ memberIds: ['nobody'] })).toThrow(expect.objectContaining({ code: 'VALIDATION', issues: [expect.objectContaining({ path: 'memberIds' })] }));
    expect(readTeam(core.db, kase.id, clock.now())).toMatchObject({ leaderId: null, members: [] });
  });

  it('tracks each measure with its person and deadline: open, due soon, overdue, done (late or not)', () => {
    const { core, clock, kase, engineer, plan } = desk();
    const measure = { caseId: kase.id, text: '更换破裂水管', ownerId: engineer, dueAt: MONDAY_10 + 48 * HOUR };
    expect(() => addMeasure(core, measure)).toThrow(refused('INVALID_TRANSITION'));
    plan();
    expect(() => addMeasure(core, { ...measure, dueAt: MONDAY_10 - HOUR })).toThrow(refused('VALIDATION'));
    addMeasure(core, measure);
    const team = addMeasure(core, { ...measure, text: '修复防水层', dueAt: MONDAY_10 + 8 * HOUR });
    // In the order they fall due; the second is within the day's warning.
    expect(team.measures.map((m) => [m.text, m.ownerName, m.state])).toEqual([
      ['修复防水层', '钱工', 'due_soon'],
      ['更换破裂水管', '钱工', 'open'],
    ]);
    clock.advance(10 * HOUR);
    const [late, onTime] = readTeam(core.db, kase.id, clock.now()).measures;
    expect([late?.state, onTime?.state]).toEqual(['overdue', 'open']);
    expect(() => completeMeasure(core, { measureId: late!.id, note: '', doneAt: clock.now() + HOUR })).toThrow(refused('VALIDATION'));
    const done = completeMeasure(core, { measureId: late!.id, note: '已完成防水层修复，闭水试验合格' });
    expect(done.measures.find((m) => m.id === late!.id)).toMatchObject({ state: 'done', doneAt: clock.now(), doneNote: '已完成防水层修复，闭水试验合格', doneByName: '王前台' });
    expect(() => completeMeasure(core, { measureId: late!.id, note: '' })).toThrow(refused('INVALID_TRANSITION'));
  });

  it('travels to the other desks with its members and measures', () => {
    const [a, b] = openDesks(['A', 'B']);
    const core = a!.core;
    const leader = createUser(core, { name: '孙总', role: 'general_manager', departmentId: null }).id;
    const kase = registerCase(core, buildCaseInput({ nature: 'major' }));
    transitionCase(core, {
      caseId: kase.id,
      requestId: 'p',
      transition: { action: 'plan', departmentId: 'dept-engineering', leaderId: leader, memberIds: [leader], memberDepartmentIds: ['dept-security'], person: '', dueAt: Date.now() + 72 * HOUR, measures: '专项处理' },
    });
    addMeasure(core, { caseId: kase.id, text: '上门致歉', ownerId: leader, dueAt: Date.now() + 24 * HOUR });
    sync(core, b!.core);
    expect(readTeam(b!.core.db, kase.id, Date.now())).toMatchObject({ leaderName: '孙总', members: [{ name: '孙总' }, { name: '秩序部' }], measures: [{ text: '上门致歉' }] });
    sync(b!.core, core);
    expect(replicaState(b!.core.db)).toBe(replicaState(core.db));
  });
});
