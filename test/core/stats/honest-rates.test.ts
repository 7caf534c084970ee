/**
 * Every rate on crafted months (issue 20, item 6): cases resolved on 30
 * September and called back after the National Day holiday, reopened
 * cases, cases a manager closed without a callback, disabled categories.
 * Each number is held against its written definition, worked out from the
 * book's ledger (expected-stats.ts), and no rate may pass 100%.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../shared/domain';
import type { PeriodStats } from '../../../shared/schemas/stats';
import { statsResultSchema } from '../../../shared/schemas/stats';
import { endOfNthWorkingDay } from '../../../electron/core/calendar/working-calendar';
import { loadWorkingCalendar } from '../../../electron/core/settings/calendar-service';
import { saveCategory } from '../../../electron/core/settings/org-settings';
import { computeStats } from '../../../electron/core/stats';
import { buildBook, handledCase, type LedgerCase, type Scenario, type Step } from './stats-scenario';
import { callbackCases, expectedPeriod, lastSatisfactions, normalise, type ExpectedOptions } from './expected-stats';

const DAY = 86_400_000;
const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const SEPTEMBER = { from: at(2025, 9, 1), to: at(2025, 10, 1) };
const OCTOBER = { from: at(2025, 10, 1), to: at(2025, 11, 1) };
const NOVEMBER = { from: at(2025, 11, 1), to: at(2025, 12, 1) };
const LATER = at(2026, 1, 5);
const LEVELS = ['very_satisfied', 'satisfied'] as const;

const satisfied: Step = { kind: 'callback', satisfaction: 'satisfied', solved: true, rectifyIn: 0 };
const unsatisfied: Step = { kind: 'callback', satisfaction: 'unsatisfied', solved: false, rectifyIn: 2 * DAY };


/** Every rate of a period's statistics, by name. */
function rates(stats: PeriodStats): Record<string, number | null> {
  return {
    onTime: stats.onTime.rate,
    callback: stats.callback.rate,
    satisfaction: stats.satisfaction.rate,
    resolution: stats.resolution.rate,
    repeat: stats.repeat.rate,
    reopened: stats.reopened.rate,
    major: stats.major.rate,
  };
}

function expectHonest(stats: PeriodStats): void {
  for (const [name, rate] of Object.entries(rates(stats))) {
    if (rate === null) continue;
    expect(rate, name).toBeGreaterThanOrEqual(0);
    expect(rate, name).toBeLessThanOrEqual(1);
  }
  expect(stats.callback.calledBack).toBeLessThanOrEqual(stats.callback.due);
  expect(stats.satisfaction.satisfied).toBeLessThanOrEqual(stats.satisfaction.calledBack);
}

function bookOf(book: Scenario) {
  const options = (period: { from: number; to: number }, more: Partial<ExpectedOptions> = {}): ExpectedOptions => ({
    ...period,
    site: null,
    satisfiedLevels: LEVELS,
    calendar: loadWorkingCalendar(book.core.db),
    people: book.people,
    ...more,
  });
  return {
    options,
    actual: (period: { from: number; to: number }) => computeStats(book.core.db, { ...period, now: LATER }).current,
    expected: (period: { from: number; to: number }, more: Partial<ExpectedOptions> = {}) => expectedPeriod(book.ledger, options(period, more)),
  };
}

/** What the old definition said: callbacks made in the period ÷ resolutions in the period. */
function oldCallbackRate(ledger: readonly LedgerCase[], period: { from: number; to: number }): number {
  const inPeriod = (t: number) => t >= period.from && t < period.to;
  const made = ledger.flatMap((c) => c.callbacks.filter((cb) => inPeriod(cb.completedAt))).length;
  const resolutions = ledger.flatMap((c) => c.events.filter((e) => e.action === 'resolve' && inPeriod(e.at))).length;
  return made / resolutions;
}

describe('callbacks across the National Day holiday', () => {
  let book: Scenario;
  beforeAll(() => {
    book = buildBook([
      // Resolved Monday 22 September: due by Sunday 28 September (a make-up workday); called back after the holiday.
      handledCase(at(2025, 9, 22, 9), at(2025, 9, 22, 16), [{ at: at(2025, 10, 9, 10), step: satisfied }]),
      // Resolved on 30 September: due after the holiday, in October; called back on 9 October.
      handledCase(at(2025, 9, 29, 9), at(2025, 9, 30, 10), [{ at: at(2025, 10, 9, 11), step: satisfied }]),
      // Resolved on 30 September, unsatisfied at the callback, put right and called back again, satisfied.
      handledCase(at(2025, 9, 29, 10), at(2025, 9, 30, 15), [
        { at: at(2025, 10, 10, 10), step: unsatisfied },
        { at: at(2025, 10, 13, 15), step: { kind: 'resolve' } },
        { at: at(2025, 10, 15, 10), step: satisfied },
      ]),
      // Resolved in October and never called back.
      handledCase(at(2025, 10, 16, 9), at(2025, 10, 20, 16)),
    ]);
  }, 60_000);
  afterAll(() => book.dispose());

  it('is the month the office measured: the old definition read 0% for September and 200% for October', () => {
    expect(oldCallbackRate(book.ledger, SEPTEMBER)).toBe(0);
    expect(oldCallbackRate(book.ledger, OCTOBER)).toBe(2);
    // The callback of a case resolved on 30 September falls due in October.
    const calendar = loadWorkingCalendar(book.core.db);
    expect(endOfNthWorkingDay(calendar, at(2025, 9, 30, 10), 5)).toBeGreaterThanOrEqual(OCTOBER.from);
    expect(endOfNthWorkingDay(calendar, at(2025, 9, 22, 16), 5)).toBeLessThan(OCTOBER.from);
  });

  it('counts each case in the month its callback fell due, called back or not, so no month passes 100%', () => {
    const { actual, expected, options } = bookOf(book);
    const september = actual(SEPTEMBER);
    const october = actual(OCTOBER);
    for (const period of [SEPTEMBER, OCTOBER, NOVEMBER]) {
      expect(normalise(actual(period))).toEqual(expected(period));
      expectHonest(actual(period));
    }
    // September's case called back after the holiday counts as called back in September.
    const septemberCases = callbackCases(book.ledger, options(SEPTEMBER));
    expect(september.callback).toMatchObject({ due: septemberCases.due.length, calledBack: septemberCases.calledBack.length });
    expect(september.callback.rate).toBe(1);
    // October: the two cases resolved on 30 September (one called back twice) and the one never called back.
    const octoberCases = callbackCases(book.ledger, options(OCTOBER));
    expect(octoberCases.due.map((c) => c.index)).toEqual([1, 2, 3]);
    expect(octoberCases.calledBack.map((c) => c.index)).toEqual([1, 2]);
    expect(october.callback).toMatchObject({ due: 3, calledBack: 2, done: 4 });
    expect(october.callback.rate).toBeCloseTo(2 / 3, 12);
  });

  it('counts satisfaction per case by its last round in the month, not per callback', () => {
    const { actual } = bookOf(book);
    const october = actual(OCTOBER);
    // Three cases called back in October, four callbacks: the unsatisfied first round was put right.
    expect(lastSatisfactions(book.ledger, OCTOBER.from, OCTOBER.to)).toEqual(['satisfied', 'satisfied', 'satisfied']);
    expect(october.satisfaction).toMatchObject({ calledBack: 3, satisfied: 3, rate: 1 });
    expect(october.satisfaction.levels).toMatchObject({ satisfied: 3, unsatisfied: 0 });
    expect(october.callback.done).toBe(4);
  });

  it('answers the CLI’s JSON with rates between 0 and 1 that pass the schema', () => {
    const stats = computeStats(book.core.db, { ...OCTOBER, now: LATER });
    expect(statsResultSchema.parse(JSON.parse(JSON.stringify(stats)))).toEqual(stats);
    expectHonest(stats.previous);
  });
});

describe('reopened cases and callbacks waived by a manager', () => {
  let book: Scenario;
  beforeAll(() => {
    book = buildBook([
      // 0: reopened before its callback, resolved again and called back: only the second round was due.
      handledCase(at(2025, 10, 9, 9), at(2025, 10, 9, 15), [
        { at: at(2025, 10, 10, 10), step: { kind: 'reopen', dueIn: 2 * DAY } },
        { at: at(2025, 10, 15, 10), step: { kind: 'resolve' } },
        { at: at(2025, 10, 16, 10), step: satisfied },
      ]),
      // 1: reopened before its callback, resolved again, not called back.
      handledCase(at(2025, 10, 9, 9), at(2025, 10, 9, 16), [
        { at: at(2025, 10, 10, 11), step: { kind: 'reopen', dueIn: 2 * DAY } },
        { at: at(2025, 10, 13, 10), step: { kind: 'resolve' } },
      ]),
      // 2: closed by the manager without a callback (the customer refused): due, and not called back.
      handledCase(at(2025, 10, 9, 9), at(2025, 10, 9, 17), [{ at: at(2025, 10, 10, 12), step: { kind: 'closeWithException', reason: 'refused' } }]),
      // 3: unsatisfied late in October, put right, called back satisfied in November.
      handledCase(at(2025, 10, 14, 9), at(2025, 10, 14, 16), [
        { at: at(2025, 10, 20, 10), step: unsatisfied },
        { at: at(2025, 10, 22, 10), step: { kind: 'resolve' } },
        { at: at(2025, 11, 3, 10), step: satisfied },
      ]),
      // 4: called back and closed, reopened from closed, resolved and called back again: two rounds, one case.
      handledCase(at(2025, 10, 9, 9), at(2025, 10, 9, 14), [
        { at: at(2025, 10, 10, 9), step: { kind: 'callback', satisfaction: 'very_satisfied', solved: true, rectifyIn: 0 } },
        { at: at(2025, 10, 14, 9), step: { kind: 'reopen', dueIn: 2 * DAY } },
        { at: at(2025, 10, 16, 9), step: { kind: 'resolve' } },
        { at: at(2025, 10, 17, 9), step: { kind: 'callback', satisfaction: 'basically_satisfied', solved: true, rectifyIn: 0 } },
      ]),
    ]);
  }, 60_000);
  afterAll(() => book.dispose());

  it('holds every number of October and November against the definitions', () => {
    const { actual, expected } = bookOf(book);
    for (const period of [OCTOBER, NOVEMBER]) {
      expect(normalise(actual(period))).toEqual(expected(period));
      expectHonest(actual(period));
    }
  });

  it('leaves out a callback dropped by a reopen, and keeps a case closed without its callback as not called back', () => {
    const { actual, options } = bookOf(book);
    const october = actual(OCTOBER);
    const cases = callbackCases(book.ledger, options(OCTOBER));
    expect(cases.due.map((c) => c.index)).toEqual([0, 1, 2, 3, 4]);
    expect(cases.calledBack.map((c) => c.index)).toEqual([0, 3, 4]);
    expect(october.callback).toMatchObject({ due: 5, calledBack: 3 });
    expect(october.callbackExceptions.count).toBe(1);
    expect(october.reopened.count).toBe(4);
    expect(october.reopened.rate).toBeLessThanOrEqual(1);
  });

  it('judges a case by its last round in each month: unsatisfied in October, satisfied in November', () => {
    const { actual } = bookOf(book);
    expect(actual(OCTOBER).satisfaction.levels).toMatchObject({ unsatisfied: 1, very_satisfied: 0, satisfied: 1, basically_satisfied: 1 });
    expect(actual(OCTOBER).satisfaction.calledBack).toBe(3);
    expect(actual(NOVEMBER).satisfaction).toMatchObject({ calledBack: 1, satisfied: 1, rate: 1 });
  });
});

describe('disabled categories, repeat units and callback quotas', () => {
  let book: Scenario;
  beforeAll(() => {
    const other = { category: 'other', unit: '1栋101' };
    book = buildBook([
      handledCase(at(2025, 10, 9, 9), at(2025, 10, 9, 15), [{ at: at(2025, 10, 10, 9), step: { ...satisfied, by: 'manager' } }], other),
      handledCase(at(2025, 10, 13, 9), at(2025, 10, 13, 15), [{ at: at(2025, 10, 14, 9), step: { ...satisfied, by: 'general_manager' } }], other),
      handledCase(at(2025, 10, 13, 10), at(2025, 10, 13, 16), [], { category: 'equipment', unit: '2栋201' }),
      handledCase(at(2025, 11, 3, 10), at(2025, 11, 3, 16), [], { category: 'equipment', unit: '3栋301' }),
    ]);
    // Disabled after the cases came in: 'other' has October cases, 'sudden_incident' none at all.
    for (const id of ['other', 'sudden_incident']) saveCategory(book.core, { id, name: '', sort: 0, active: false });
  }, 60_000);
  afterAll(() => book.dispose());
  const active = CATEGORIES.filter((c) => c !== 'other' && c !== 'sudden_incident');

  it('lists active categories and disabled ones only in a month with cases of them', () => {
    const { actual, expected } = bookOf(book);
    const october = actual(OCTOBER);
    const november = actual(NOVEMBER);
    expect(normalise(october)).toEqual(expected(OCTOBER, { activeCategories: active }));
    expect(normalise(november)).toEqual(expected(NOVEMBER, { activeCategories: active }));
    expect(october.byCategory.map((r) => r.key)).toContain('other');
    expect(november.byCategory.map((r) => r.key)).not.toContain('other');
    for (const stats of [october, november]) expect(stats.byCategory.map((r) => r.key)).not.toContain('sudden_incident');
  });

  it('lists only units with more than one complaint', () => {
    const october = bookOf(book).actual(OCTOBER);
    expect(october.topUnits).toEqual([{ key: '1栋101', name: '1栋101', count: 2 }]);
    expect(bookOf(book).actual(NOVEMBER).topUnits).toEqual([]);
  });

  it('counts each person’s callbacks against the monthly quota of their role, times the whole months', () => {
    const { actual } = bookOf(book);
    const line = (stats: PeriodStats, name: string) => stats.callbackQuotas.find((l) => l.name === name);
    const october = actual(OCTOBER);
    expect(line(october, '王前台')).toMatchObject({ role: 'manager', done: 1, quota: 3, met: false });
    expect(line(october, '赵总')).toMatchObject({ role: 'general_manager', done: 1, quota: 1, met: true });
    // A receptionist owes none: listed only once they made a callback.
    expect(line(october, '李前台')).toBeUndefined();
    const quarter = computeStats(book.core.db, { from: at(2025, 10, 1), to: at(2026, 1, 1), now: LATER }).current;
    expect(line(quarter, '王前台')).toMatchObject({ quota: 9, met: false });
    const fortnight = computeStats(book.core.db, { from: at(2025, 10, 6), to: at(2025, 10, 20), now: LATER }).current;
    expect(line(fortnight, '赵总')).toMatchObject({ done: 1, quota: null, met: null });
  });
});
