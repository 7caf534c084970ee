import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { customerHistoryOf, relatedCases } from '../../../electron/core/cases/related-cases';
import { saveSettingValues } from '../../../electron/core/settings/org-settings';
import { createGroup, linkCase, resolveGroup } from '../../../electron/core/groups/case-groups';
import { getCase } from '../../../electron/core/cases/case-queries';
import { buildCaseInput, openTestCore } from '../../factories/core';
import { planOf, recordingPrepares } from '../../factories/asked-sql';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 2);

describe('customer history and duplicates at intake', () => {
  it('finds earlier cases by phone whatever the separators, and by unit', () => {
    const core = openTestCore({ now: () => NOW });
    const old = registerCase(core, buildCaseInput({ phone: '138-0013-8000', buildingRoom: '1栋101', receivedAt: NOW - 90 * DAY }));
    const neighbour = registerCase(core, buildCaseInput({ phone: '139 0000 0000', buildingRoom: '3栋2单元1502', receivedAt: NOW - 5 * DAY }));
    const related = relatedCases(core.db, { phone: '13800138000', buildingRoom: '3栋2单元1502', category: 'equipment' }, { now: NOW, userId: null });
    expect(related.byPhone.map((c) => c.id)).toEqual([old.id]);
    expect(related.byUnit.map((c) => c.id)).toEqual([neighbour.id]);
    expect(related.duplicate).toBeNull();
  });

  it('looks a phone and a unit up through their indexes, never walking every case', () => {
    const core = openTestCore({ now: () => NOW });
    registerCase(core, buildCaseInput({ phone: '138-0013-8000', buildingRoom: '1栋101' }));
    const { db, asked } = recordingPrepares(core.db);
    relatedCases(db, { phone: '13800138000', buildingRoom: '1栋101', category: 'equipment' }, { now: NOW, userId: null });
    const lookups = asked.filter((sql) => /(phone_key|building_room) = \?/.test(sql));
    expect(lookups.length).toBe(4);
    for (const sql of lookups) expect(planOf(core.db, sql)).toMatch(/SEARCH cases USING INDEX cases_(by_phone_key|stats_unit)/);
  });

  it('warns of a likely duplicate from the same unit and category within the window, and flags the repeat', () => {
    const core = openTestCore({ now: () => NOW });
    const first = registerCase(core, buildCaseInput({ category: 'equipment', receivedAt: NOW - 10 * DAY }));
    const query = { phone: '', buildingRoom: first.buildingRoom, category: 'equipment' };
    expect(relatedCases(core.db, query, { now: NOW, userId: null }).duplicate?.id).toBe(first.id);
    const repeat = registerCase(core, buildCaseInput({ category: 'equipment', receivedAt: NOW }));
    expect(repeat).toMatchObject({ repeatOf: first.id, repeatOfNumber: first.number });

    // Outside the window, or another category: no warning.
    saveSettingValues(core, { duplicateWindowDays: 7 });
    expect(relatedCases(core.db, { ...query, excludeCaseId: repeat.id }, { now: NOW, userId: null }).duplicate).toBeNull();
    expect(registerCase(core, buildCaseInput({ category: 'service_attitude', receivedAt: NOW })).repeatOf).toBeNull();
  });

  it('names the newest of the earlier cases as the repeat, whether found by unit or by phone', () => {
    const core = openTestCore({ now: () => NOW });
    const unit = { phone: '', buildingRoom: '7栋702', category: 'equipment' };
    registerCase(core, buildCaseInput({ ...unit, receivedAt: NOW - 20 * DAY }));
    const byPhone = registerCase(core, buildCaseInput({ phone: '13600136000', buildingRoom: '', category: 'equipment', receivedAt: NOW - 5 * DAY }));
    registerCase(core, buildCaseInput({ ...unit, receivedAt: NOW - 12 * DAY }));
    const query = { phone: '136-0013-6000', buildingRoom: '7栋702', category: 'equipment' };
    expect(relatedCases(core.db, query, { now: NOW, userId: null }).duplicate?.id).toBe(byPhone.id);

    // Two received at the same moment: the one entered last.
    registerCase(core, buildCaseInput({ ...unit, receivedAt: NOW - 2 * DAY }));
    const enteredLast = registerCase(core, buildCaseInput({ ...unit, receivedAt: NOW - 2 * DAY }));
    expect(relatedCases(core.db, query, { now: NOW, userId: null }).duplicate?.id).toBe(enteredLast.id);
  });

  it('flags a walk-in with the same phone and category as a repeat, though no room was given', () => {
    const core = openTestCore({ now: () => NOW });
    const call = registerCase(core, buildCaseInput({ channel: 'phone', phone: '13800138000', buildingRoom: '', category: 'equipment', receivedAt: NOW - 3 * DAY }));
    const walkIn = registerCase(core, buildCaseInput({ channel: 'visit', phone: '138 0013 8000', buildingRoom: '', category: 'equipment', receivedAt: NOW }));
    expect(walkIn.repeatOf).toBe(call.id);
    // The same phone about something else is history, not a repeat.
    expect(registerCase(core, buildCaseInput({ phone: '13800138000', buildingRoom: '', category: 'service_attitude', receivedAt: NOW })).repeatOf).toBeNull();
  });

  it('shows the case page the same customer’s and unit’s other cases, looked up by the case', () => {
    const core = openTestCore({ now: () => NOW });
    const earlier = registerCase(core, buildCaseInput({ phone: '13800138000', buildingRoom: '2栋301', receivedAt: NOW - 40 * DAY }));
    const neighbour = registerCase(core, buildCaseInput({ phone: '13900000000', buildingRoom: '2栋301', receivedAt: NOW - 20 * DAY }));
    registerCase(core, buildCaseInput({ phone: '13700000000', buildingRoom: '9栋901', receivedAt: NOW - 10 * DAY }));
    const kase = registerCase(core, buildCaseInput({ phone: '13800138000', buildingRoom: '2栋301', receivedAt: NOW }));
    const history = customerHistoryOf(core.db, kase.id, { now: NOW, userId: null });
    expect(history.byPhone.map((c) => c.id)).toEqual([earlier.id]);
    expect(history.byUnit.map((c) => c.id)).toEqual([neighbour.id, earlier.id]);
    expect(() => customerHistoryOf(core.db, 'no-such-case', { now: NOW, userId: null })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('refuses a category that is not in the organisation’s list', () => {
    const core = openTestCore();
    expect(() => registerCase(core, buildCaseInput({ category: 'made_up' }))).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [{ path: 'category', message: 'errors.unknownCategory' }] }),
    );
  });
});

describe('group complaints', () => {
  it('links cases and records the meeting that answered them all', () => {
    const core = openTestCore();
    const a = registerCase(core, buildCaseInput({ buildingRoom: '5栋101', content: '地下车库积水' }));
    const b = registerCase(core, buildCaseInput({ buildingRoom: '5栋202', content: '车库积水严重' }));
    const c = registerCase(core, buildCaseInput({ buildingRoom: '6栋301', content: '车库又积水了' }));
    const group = createGroup(core, '地下车库积水', [a.id, b.id]);
    expect(linkCase(core, group.id, c.id, true).caseIds.sort()).toEqual([a.id, b.id, c.id].sort());
    expect(linkCase(core, group.id, a.id, false).caseIds.sort()).toEqual([b.id, c.id].sort());
    const resolved = resolveGroup(core, group.id, 'meeting', '召开业主见面会,公布排水改造方案');
    expect(resolved).toMatchObject({ resolutionKind: 'meeting', resolutionText: '召开业主见面会,公布排水改造方案' });
    expect(getCase(core.db, b.id).groupId).toBe(group.id);
    expect(getCase(core.db, a.id).groupId).toBeNull();
  });
});
