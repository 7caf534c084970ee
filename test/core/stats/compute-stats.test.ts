import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/domain';
import { statsResultSchema, METRIC_IDS, SCALAR_METRIC_IDS } from '../../../shared/schemas/stats';
import { computeStats, METRIC_DEFINITIONS } from '../../../electron/core/stats';
import { loadWorkingCalendar } from '../../../electron/core/settings/calendar-service';
import { registerCase } from '../../../electron/core/cases/register-case';
import { listCallbacks } from '../../../electron/core/callbacks/callback-queries';
import { recordCallback } from '../../../electron/core/callbacks/record-callback';
import { buildCaseInput, fakeClock, openTestCore } from '../../factories/core';
import { move } from '../../factories/lifecycle';
import { buildScenario, type Scenario } from './stats-scenario';
import { expectedPeriod, normalise } from './expected-stats';

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const OCTOBER = { from: at(2025, 10, 1), to: at(2025, 11, 1) };
const SEPTEMBER = { from: at(2025, 9, 1), to: at(2025, 10, 1) };
const DEFAULT_LEVELS = ['very_satisfied', 'satisfied'] as const;

describe('statistics over a generated case book', () => {
  let scenario: Scenario;
  beforeAll(() => {
    // Received from 1 Sep to 14 Nov 2025: across the National Day holiday and its make-up workdays.
    scenario = buildScenario({ seed: 20251001, cases: 160, from: at(2025, 9, 1), days: 75 });
  }, 120_000);
  afterAll(() => scenario.dispose());
  const expected = (period: { from: number; to: number }, site: string | null = null, levels: readonly string[] = DEFAULT_LEVELS) =>
    expectedPeriod(scenario.ledger, {
      ...period,
      site,
      satisfiedLevels: levels as never,
      calendar: loadWorkingCalendar(scenario.core.db),
      people: scenario.people,
    });

  it('exercises every metric: the data set has some of everything in October', () => {
    const october = expected(OCTOBER);
    expect(october.received).toBeGreaterThan(40);
    expect(october.resolved.cases).toBeGreaterThan(20);
    expect(october.resolved.resolutions).toBeGreaterThan(october.resolved.cases);
    expect(october.onTime.onTime).toBeGreaterThan(0);
    expect(october.onTime.onTime).toBeLessThan(october.onTime.withDeadline);
    expect(october.handlingDays.cases).toBeGreaterThan(10);
    expect(october.callback.done).toBeGreaterThan(10);
    // Some cases whose callback fell due in October were not called back (refused, still pending), and some were.
    expect(october.callback.calledBack).toBeGreaterThan(0);
    expect(october.callback.calledBack).toBeLessThan(october.callback.due);
    // Some cases were called back twice in October (unsatisfied, put right, called back again).
    expect(october.satisfaction.calledBack).toBeLessThan(october.callback.done);
    // Per case by its last round, an unsatisfied first round put right within the month no longer shows: three levels or more do.
    expect(Object.values(october.satisfaction.levels).filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
    expect(october.callbackQuotas.some((line) => line.met === false)).toBe(true);
    expect(october.repeat.count).toBeGreaterThan(0);
    expect(october.reopened.count).toBeGreaterThan(0);
    expect(october.major.count).toBeGreaterThan(0);
    expect(october.callbackExceptions.count).toBeGreaterThan(0);
    expect(october.topUnits[0]!.count).toBeGreaterThan(1);
  });

  it('computes every metric of the month and of the month before as the operations performed imply', () => {
    const stats = computeStats(scenario.core.db, { ...OCTOBER, compareFrom: SEPTEMBER.from, compareTo: SEPTEMBER.to, now: at(2025, 12, 1) });
    expect(normalise(stats.current)).toEqual(expected(OCTOBER));
    expect(normalise(stats.previous)).toEqual(expected(SEPTEMBER));
    expect(stats).toMatchObject({ orgName: '测试物业服务中心', siteFilter: null, partial: false, workdayMinutes: 540 });
  });

  it('compares a month with the month before, and any other period with the same length of time before, by default', () => {
    const stats = computeStats(scenario.core.db, { ...OCTOBER, now: at(2025, 12, 1) });
    expect(stats.previous.period).toEqual(SEPTEMBER);
    expect(normalise(stats.previous)).toEqual(expected(SEPTEMBER));
    const received = stats.comparison.find((row) => row.metric === 'received')!;
    expect(received).toEqual({
      metric: 'received',
      current: stats.current.received,
      previous: stats.previous.received,
      change: stats.current.received - stats.previous.received,
    });
    expect(stats.comparison.map((row) => row.metric)).toEqual([...SCALAR_METRIC_IDS]);

    const fortnight = { from: at(2025, 10, 13), to: at(2025, 10, 27) };
    const before = { from: at(2025, 9, 29), to: at(2025, 10, 13) };
    const partOfOctober = computeStats(scenario.core.db, { ...fortnight, now: at(2025, 12, 1) });
    expect(partOfOctober.previous.period).toEqual(before);
    expect(normalise(partOfOctober.current)).toEqual(expected(fortnight));
    expect(normalise(partOfOctober.previous)).toEqual(expected(before));
  });

  it('computes them for one site only', () => {
    const stats = computeStats(scenario.core.db, { ...OCTOBER, siteFilter: '翠湖花园', now: at(2025, 12, 1) });
    expect(stats.siteFilter).toBe('翠湖花园');
    expect(normalise(stats.current)).toEqual(expected(OCTOBER, '翠湖花园'));
    expect(Object.keys(normalise(stats.current).bySite)).toEqual(['翠湖花园']);
  });

  it('counts the satisfaction levels the setting names as satisfied', () => {
    const levels = ['very_satisfied', 'satisfied', 'basically_satisfied'] as const;
    const stats = computeStats(scenario.core.db, { ...OCTOBER, satisfiedLevels: levels, now: at(2025, 12, 1) });
    expect(stats.satisfiedLevels).toEqual(levels);
    expect(stats.current.satisfaction).toEqual(expected(OCTOBER, null, levels).satisfaction);
    expect(stats.current.satisfaction.rate).toBeGreaterThan(computeStats(scenario.core.db, { ...OCTOBER, now: at(2025, 12, 1) }).current.satisfaction.rate!);
  });

  it('orders breakdowns by count, then code, with every known code present', () => {
    const { current } = computeStats(scenario.core.db, { ...OCTOBER, now: at(2025, 12, 1) });
    for (const rows of [current.byCategory, current.byChannel, current.byNature, current.bySite, current.byDepartment, current.topUnits]) {
      const counts = rows.map((r) => r.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
    expect(current.byChannel).toHaveLength(CHANNELS.length);
    expect(current.byNature).toHaveLength(4);
    expect(current.byDepartment.find((r) => r.key === 'dept-engineering')?.name).toBe('工程部');
    expect(current.byDepartment.find((r) => r.key === '')?.count).toBe(expected(OCTOBER).byDepartment['']);
  });

  it('keeps every rate between 0 and 1 in every month and every week of the book, each numerator within its denominator', () => {
    const periods = [at(2025, 9, 1), at(2025, 10, 1), at(2025, 11, 1), at(2025, 12, 1)].map((from) => {
      const start = new Date(from);
      return { from, to: new Date(start.getFullYear(), start.getMonth() + 1, 1).getTime() };
    });
    for (let from = at(2025, 9, 1); from < at(2025, 12, 15); from += 7 * 86_400_000) periods.push({ from, to: from + 7 * 86_400_000 });
    for (const period of periods) {
      for (const site of [null, '翠湖花园']) {
        const { current } = computeStats(scenario.core.db, { ...period, siteFilter: site, now: at(2026, 1, 1) });
        const pairs = [
          [current.onTime.onTime, current.onTime.withDeadline, current.onTime.rate],
          [current.callback.calledBack, current.callback.due, current.callback.rate],
          [current.satisfaction.satisfied, current.satisfaction.calledBack, current.satisfaction.rate],
          [current.resolution.closed, current.resolution.received, current.resolution.rate],
          [current.repeat.count, current.received, current.repeat.rate],
          [current.reopened.count, current.received, current.reopened.rate],
          [current.major.count, current.received, current.major.rate],
        ] as const;
        for (const [numerator, denominator, rate] of pairs) {
          expect(numerator).toBeLessThanOrEqual(denominator);
          expect(rate).toBe(denominator > 0 ? numerator / denominator : null);
        }
      }
    }
  });

  it('gives JSON-friendly output that passes its own schema', () => {
    const stats = computeStats(scenario.core.db, { ...OCTOBER, now: at(2025, 10, 20) });
    expect(stats.partial).toBe(true);
    expect(JSON.parse(JSON.stringify(stats))).toEqual(stats);
    expect(statsResultSchema.parse(stats)).toEqual(stats);
  });
});

describe('statistics of an empty period', () => {
  it('counts zero and leaves every rate and time null, never NaN', () => {
    const core = openTestCore();
    const stats = computeStats(core.db, { ...OCTOBER, now: at(2025, 12, 1) });
    for (const side of [stats.current, stats.previous]) {
      expect(side).toMatchObject({
        received: 0,
        onTime: { onTime: 0, withDeadline: 0, rate: null },
        handlingDays: { cases: 0, average: null, median: null },
        callback: { done: 0, due: 0, calledBack: 0, rate: null, target: 1 },
        satisfaction: { calledBack: 0, rate: null },
        resolution: { closed: 0, received: 0, rate: null },
        repeat: { count: 0, rate: null },
        topUnits: [],
        topCategories: [],
      });
    }
    expect(stats.comparison.find((r) => r.metric === 'onTimeRate')).toEqual({ metric: 'onTimeRate', current: null, previous: null, change: null });
    expect(JSON.stringify(stats)).not.toMatch(/NaN|Infinity/);
    expect(statsResultSchema.parse(stats)).toEqual(stats);
  });

  it('refuses a period that ends before it starts', () => {
    const core = openTestCore();
    expect(() => computeStats(core.db, { from: OCTOBER.to, to: OCTOBER.from, now: 0 })).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});

describe('handling time on the working calendar', () => {
  it('counts only working hours: Friday before National Day to the Sunday make-up workday, and across the holiday', () => {
    const clock = fakeClock(at(2025, 9, 26, 9, 0));
    const core = openTestCore({ now: clock.now });
    const resolveAfter = (dispatchAt: number, resolveAt: number, unit: string) => {
      clock.set(dispatchAt - 60_000);
      const kase = registerCase(core, buildCaseInput({ receivedAt: dispatchAt - 120_000, buildingRoom: unit }));
      move(core, kase.id, { action: 'judge', nature: 'valid' });
      clock.set(dispatchAt);
      move(core, kase.id, { action: 'dispatch', departmentId: 'dept-engineering', dueAt: dispatchAt + 86_400_000 });
      clock.set(resolveAt);
      move(core, kase.id, { action: 'resolve', summary: '已修好' });
    };
    // Fri 26 Sep 17:00 → Sun 28 Sep (make-up workday) 10:00: 60 + 60 working minutes.
    resolveAfter(at(2025, 9, 26, 17, 0), at(2025, 9, 28, 10, 0), '1栋101');
    // Tue 30 Sep 16:00 → Thu 9 Oct 11:00: 120 on the 30th, 1-8 Oct off, 120 on the 9th.
    resolveAfter(at(2025, 9, 30, 16, 0), at(2025, 10, 9, 11, 0), '1栋102');
    // Fri 10 Oct 09:00 → Tue 14 Oct 18:00: 10th, Saturday 11th (make-up workday), 13th and 14th, 9 hours each.
    resolveAfter(at(2025, 10, 10, 9, 0), at(2025, 10, 14, 18, 0), '1栋103');

    const september = computeStats(core.db, { ...SEPTEMBER, now: at(2025, 12, 1) }).current.handlingDays;
    expect(september).toEqual({ cases: 1, average: 120 / 540, median: 120 / 540 });
    const october = computeStats(core.db, { ...OCTOBER, now: at(2025, 12, 1) }).current.handlingDays;
    expect(october.cases).toBe(2);
    expect(october.average).toBeCloseTo((240 + 4 * 540) / 2 / 540, 12);
    expect(october.median).toBeCloseTo((240 + 4 * 540) / 2 / 540, 12);
    const both = computeStats(core.db, { from: SEPTEMBER.from, to: OCTOBER.to, now: at(2025, 12, 1) }).current.handlingDays;
    expect(both.median).toBeCloseTo(240 / 540, 12);
  });
});

describe('metric definitions', () => {
  it('define every metric in Chinese and English', () => {
    expect(Object.keys(METRIC_DEFINITIONS).sort()).toEqual([...METRIC_IDS].sort());
    for (const definition of Object.values(METRIC_DEFINITIONS)) {
      for (const language of ['zh-CN', 'en'] as const) {
        expect(definition[language].label.length).toBeGreaterThan(1);
        expect(definition[language].definition.length).toBeGreaterThan(20);
      }
    }
  });
});

describe('callbacks and the period they fall in', () => {
  it('count a case in the month its callback falls due, and a callback made in the month it was made', () => {
    const clock = fakeClock(at(2025, 11, 27, 9, 0));
    const core = openTestCore({ now: clock.now });
    const kase = registerCase(core, buildCaseInput({ receivedAt: at(2025, 11, 27, 8, 30) }));
    move(core, kase.id, { action: 'judge', nature: 'valid' });
    move(core, kase.id, { action: 'dispatch', departmentId: 'dept-engineering', dueAt: at(2025, 11, 28, 18, 0) });
    clock.set(at(2025, 11, 28, 17, 0));
    move(core, kase.id, { action: 'resolve', summary: '已处理' });
    const [callback] = listCallbacks(core.db, { caseId: kase.id }, clock.now());
    // Resolved on Friday 28 November: due by the close of the fifth working day after, in December.
    expect(new Date(callback!.dueAt).getMonth()).toBe(11);
    clock.set(at(2025, 12, 1, 10, 0));
    recordCallback(core, { callbackId: callback!.id, requestId: randomUUID(), method: 'phone', satisfaction: 'very_satisfied', solved: true, customerWords: '' });

    const november = computeStats(core.db, { from: at(2025, 11, 1), to: at(2025, 12, 1), now: clock.now() }).current;
    expect(november.callback).toEqual({ done: 0, due: 0, calledBack: 0, rate: null, target: 1 });
    expect(november.onTime).toEqual({ onTime: 1, withDeadline: 1, withoutDeadline: 0, rate: 1 });
    // Closed on 1 Dec: not closed within November.
    expect(november.resolution).toEqual({ closed: 0, received: 1, rate: 0 });
    const december = computeStats(core.db, { from: at(2025, 12, 1), to: at(2026, 1, 1), now: clock.now() }).current;
    expect(december.callback).toEqual({ done: 1, due: 1, calledBack: 1, rate: 1, target: 1 });
    expect(december.satisfaction).toMatchObject({ calledBack: 1, satisfied: 1, rate: 1 });
  });
});
