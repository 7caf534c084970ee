/** Group complaints in the monthly statistics (#20): how many groups the month's cases form, and how many cases are in one. */
import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { createGroup } from '../../../electron/core/groups/case-groups';
import { computeStats } from '../../../electron/core/stats';
import { buildCaseInput, fakeClock, openTestCore } from '../../factories/core';

describe('group complaints in the statistics', () => {
  it('counts the groups of the period’s cases and the cases in them, each case once', () => {
    const clock = fakeClock(Date.UTC(2026, 10, 20, 2));
    const core = openTestCore({ now: clock.now });
    const november = (room: string) => registerCase(core, buildCaseInput({ buildingRoom: room, receivedAt: Date.UTC(2026, 10, 10, 2) })).id;
    const [a, b, c, d] = [november('1栋101'), november('1栋102'), november('2栋201'), november('3栋301')];
    november('4栋401');
    const october = registerCase(core, buildCaseInput({ buildingRoom: '1栋103', receivedAt: Date.UTC(2026, 9, 10, 2), confirmOldReceivedAt: true })).id;
    createGroup(core, '东门道闸噪音', [a, b, october]);
    createGroup(core, '车库积水', [c, d]);
    const stats = computeStats(core.db, { from: Date.UTC(2026, 9, 31, 16), to: Date.UTC(2026, 10, 30, 16), now: clock.now(), satisfiedLevels: ['very_satisfied', 'satisfied'] });
    expect(stats.current.groups).toEqual({ groups: 2, cases: 4 });
    expect(stats.previous.groups).toEqual({ groups: 1, cases: 1 });
    expect(stats.comparison.find((row) => row.metric === 'groupCases')).toMatchObject({ current: 4, previous: 1, change: 3 });
  });
});
