/** A group complaint worked as one: its answer on every member's timeline, and each step taken on all members at once. */
import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { getCase } from '../../../electron/core/cases/case-queries';
import { createGroup, resolveGroup } from '../../../electron/core/groups/case-groups';
import { groupCallback, groupStep } from '../../../electron/core/groups/group-steps';
import { caseTimeline } from '../../../electron/core/lifecycle/timeline';
import { buildCaseInput, openTestCore } from '../../factories/core';
import { move } from '../../factories/lifecycle';

describe('a group of four answered together', () => {
  it('is judged, dispatched, resolved and called back in four steps, each member keeping its own record', () => {
    const core = openTestCore();
    const ids = ['5栋101', '5栋202', '6栋301', '6栋402'].map((room) => registerCase(core, buildCaseInput({ buildingRoom: room, content: '地下车库积水' })).id);
    const group = createGroup(core, '地下车库积水', ids);

    expect(groupStep(core, { groupId: group.id, requestId: 'g1', transition: { action: 'judge', nature: 'valid', communicativeType: '', note: '', explanation: '' } }).done).toHaveLength(4);
    expect(groupStep(core, { groupId: group.id, requestId: 'g2', transition: { action: 'dispatch', departmentId: 'dept-engineering', assigneeId: null, note: '' } }).done).toHaveLength(4);
    resolveGroup(core, group.id, 'meeting', '召开业主见面会，公布排水改造方案');
    for (const id of ids) {
      expect(caseTimeline(core.db, id).followups.map((f) => [f.kind, f.text])).toContainEqual(['result_feedback', '群诉统一答复（座谈会）：召开业主见面会，公布排水改造方案']);
    }
    expect(groupStep(core, { groupId: group.id, requestId: 'g3', transition: { action: 'resolve', summary: '按见面会方案改造排水' } }).done).toHaveLength(4);
    const called = groupCallback(core, { groupId: group.id, requestId: 'g4', method: 'phone', satisfaction: 'satisfied', solved: true, customerWords: '见面会上表示满意' });
    expect(called.done).toHaveLength(4);
    for (const id of ids) expect(getCase(core.db, id, { now: core.now(), userId: null })).toMatchObject({ status: 'closed', resolutionSummary: '按见面会方案改造排水' });
    // Each member has its own events, not one shared record.
    const events = core.db.prepare("SELECT count(*) FROM case_events WHERE action = 'resolve'").pluck().get();
    expect(events).toBe(4);
  });

  it('skips the members a step does not fit, and says why', () => {
    const core = openTestCore();
    const [a, b] = [registerCase(core, buildCaseInput()), registerCase(core, buildCaseInput())];
    move(core, a.id, { action: 'judge', nature: 'valid' });
    const group = createGroup(core, '电梯噪音', [a.id, b.id]);
    const result = groupStep(core, { groupId: group.id, requestId: 'g', transition: { action: 'judge', nature: 'valid', communicativeType: '', note: '', explanation: '' } });
    expect(result.done.map((d) => d.caseId)).toEqual([b.id]);
    expect(result.skipped).toEqual([expect.objectContaining({ caseId: a.id, reason: expect.stringContaining('cannot judge') })]);
    expect(groupCallback(core, { groupId: group.id, requestId: 'c', method: 'phone', satisfaction: 'satisfied', solved: true, customerWords: '' }).done).toEqual([]);
  });
});
