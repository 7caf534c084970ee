/**
 * The fact queries (what the app runs) against the reference queries (the
 * definitions as SQL over the book): the same StatsResult, number for
 * number, over seeded books lived through the real services, then set
 * about the way a book is in use: voided, merged and restored cases, sites
 * and categories set right, deleted records, and a second desk's work
 * brought in by a sync file. Periods aligned on months and not, short and
 * long, every site and each one. The fact tables themselves must also be
 * what working them out afresh gives (no trigger missed a write).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/open-core';
import { computeStats } from '../../../electron/core/stats/compute-stats';
import { referenceSource } from '../../../electron/core/stats/reference-queries';
import { correctCase } from '../../../electron/core/cases/correct-case';
import { mergeCase, restoreCase, voidCase } from '../../../electron/core/cases/set-aside';
import { deleteEntity } from '../../../electron/core/changes/delete-entity';
import { writerFor } from '../../../electron/core/context';
import { listCallbacks } from '../../../electron/core/callbacks/callback-queries';
import { recordCallback } from '../../../electron/core/callbacks/record-callback';
import { createRandom } from '../../../electron/core/demo/random';
import { openTestCore } from '../../factories/core';
import { move } from '../../factories/lifecycle';
import { joinDesk, sync } from '../../factories/replicas';
import { expectFreshFacts } from './fact-tables';
import { buildScenario, SCENARIO_SITES, type Scenario } from './stats-scenario';

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

/** The periods compared, in the local time of the test (set per book). */
const periods = () => ({
  september: { from: at(2025, 9, 1), to: at(2025, 10, 1) },
  october: { from: at(2025, 10, 1), to: at(2025, 11, 1) },
  november: { from: at(2025, 11, 1), to: at(2025, 12, 1) },
  fourthQuarter: { from: at(2025, 10, 1), to: at(2026, 1, 1) },
  oddDays: { from: at(2025, 9, 10, 13, 37), to: at(2025, 10, 21, 8, 5) },
  threeHours: { from: at(2025, 10, 9, 9), to: at(2025, 10, 9, 12) },
  everything: { from: at(2025, 1, 1), to: at(2027, 1, 1) },
});

/** Every period at every site: the fact queries give the reference's StatsResult. */
function expectReferenceNumbers(core: Core): void {
  const sites = [null, ...SCENARIO_SITES.filter((site) => site !== '')];
  for (const [name, period] of Object.entries(periods())) {
    for (const siteFilter of sites) {
      const options = { ...period, siteFilter, now: at(2026, 1, 15) };
      expect({ name, siteFilter, stats: computeStats(core.db, options) }).toEqual({
        name,
        siteFilter,
        stats: computeStats(core.db, options, referenceSource),
      });
    }
  }
}

const liveCases = (core: Core) => core.db.prepare('SELECT id FROM cases WHERE deleted = 0 AND excluded = 0 ORDER BY number').pluck().all() as string[];

/** What happens to a book in use after its cases have lived: set aside, set right, deleted, restored. */
function keepTheBook(core: Core, scenario: Scenario, seed: number): void {
  const random = createRandom(seed);
  const ids = liveCases(core);
  const pick = () => ids.splice(random.int(0, ids.length - 1), 1)[0]!;
  core.session.userId = scenario.managerId;
  for (let i = 0; i < 4; i++) voidCase(core, { caseId: pick(), reason: '误登记' });
  for (let i = 0; i < 3; i++) mergeCase(core, { caseId: pick(), intoCaseId: ids[0]!, reason: '重复投诉' });
  const restored = pick();
  voidCase(core, { caseId: restored, reason: '误登记' });
  restoreCase(core, { caseId: restored, reason: '登记无误' });
  /** A registration field set right to a value it does not have yet. */
  const setRight = (field: 'site' | 'category' | 'buildingRoom', column: string, values: readonly string[]) => {
    const caseId = pick();
    const current = core.db.prepare(`SELECT ${column} FROM cases WHERE id = ?`).pluck().get(caseId);
    correctCase(core, { caseId, field, value: values.find((v) => v !== current)!, reason: '登记错了' });
  };
  const sites = SCENARIO_SITES.filter((site) => site !== '');
  for (let i = 0; i < 6; i++) setRight('site', 'site', [random.pick(sites), ...sites]);
  for (let i = 0; i < 3; i++) setRight('category', 'category', ['other', 'equipment']);
  for (let i = 0; i < 3; i++) setRight('buildingRoom', 'building_room', ['1栋101', '2栋201']);
  for (let i = 0; i < 3; i++) {
    const caseId = pick();
    const receivedAt = core.db.prepare('SELECT received_at FROM cases WHERE id = ?').pluck().get(caseId) as number;
    correctCase(core, { caseId, field: 'receivedAt', value: receivedAt - 2 * 86_400_000, reason: '受理时间登记错了', confirmOldReceivedAt: true });
  }
  // Reopened with a new deadline and not resolved again: the last resolution is held against the new one.
  for (const status of ['resolved', 'closed']) {
    const caseId = core.db.prepare('SELECT id FROM cases WHERE status = ? AND deleted = 0 AND excluded = 0 ORDER BY number').pluck().get(status) as string;
    move(core, caseId, { action: 'reopen', reason: '业主反映问题仍在', dueAt: core.now() + 86_400_000 });
  }
  const writer = writerFor(core);
  core.db.transaction(() => {
    deleteEntity(core.db, writer, 'case', pick());
    // A resolution, a dispatch and a close recorded by mistake, and a callback round.
    for (const action of ['resolve', 'dispatch', 'close']) {
      const event = core.db.prepare('SELECT id FROM case_events WHERE action = ? AND deleted = 0 ORDER BY at LIMIT 1 OFFSET ?').pluck().get(action, random.int(0, 5)) as string | undefined;
      if (event) deleteEntity(core.db, writer, 'case_event', event);
    }
    const round = core.db.prepare("SELECT id FROM callbacks WHERE status = 'done' ORDER BY completed_at LIMIT 1 OFFSET 3").pluck().get() as string;
    deleteEntity(core.db, writer, 'callback', round);
  })();
}

/** A second desk joins, takes the whole book, works on it, and its file comes back. */
function secondDesk(scenario: Scenario): Core {
  const a = scenario.core;
  a.session.userId = scenario.managerId;
  const b = joinDesk(a, openTestCore({ deskCode: 'B', setup: false, now: () => a.now() }), 'B');
  const waiting = (status: string) => b.db.prepare('SELECT id FROM cases WHERE status = ? AND deleted = 0 AND excluded = 0 ORDER BY number').pluck().all(status) as string[];
  for (const id of waiting('in_progress').slice(0, 3)) move(b, id, { action: 'resolve', summary: '乙台处理完毕' });
  for (const id of waiting('resolved').slice(0, 3)) {
    const pending = listCallbacks(b.db, { caseId: id }, b.now()).find((cb) => cb.status === 'pending');
    if (pending) recordCallback(b, { callbackId: pending.id, requestId: randomUUID(), method: 'phone', satisfaction: 'satisfied', solved: true, customerWords: '' });
  }
  const [first, second] = liveCases(b);
  voidCase(b, { caseId: first!, reason: '乙台作废' });
  correctCase(b, { caseId: second!, field: 'site', value: '金融中心', reason: '乙台改项目' });
  sync(b, a);
  return b;
}

/**
 * Each book in a time zone of its own: local months then start at 16:00 UTC (Shanghai) or move with
 * daylight saving (New York), so periods cut the UTC days the received counts are kept by.
 */
describe.each([
  [20251001, 'Asia/Shanghai'],
  [7, 'America/New_York'],
])('the fact queries against the reference queries, book seeded %i, in %s', (seed, timeZone) => {
  let scenario: Scenario;
  const zoneBefore = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = timeZone;
    scenario = buildScenario({ seed, cases: 140, from: at(2025, 9, 1), days: 75 });
  }, 120_000);
  afterAll(() => {
    scenario.dispose();
    if (zoneBefore === undefined) delete process.env.TZ;
    else process.env.TZ = zoneBefore;
  });

  it('runs in its time zone', () => {
    expect(new Date(at(2025, 10, 1)).getUTCHours()).toBe(timeZone === 'Asia/Shanghai' ? 16 : 4);
  });

  it('give the same numbers for a book its services wrote, and the triggers kept the facts', () => {
    expectReferenceNumbers(scenario.core);
    expectFreshFacts(scenario.core.db);
  });

  it('give the same numbers once cases are voided, merged, restored, set right and deleted', () => {
    keepTheBook(scenario.core, scenario, seed);
    expectReferenceNumbers(scenario.core);
    expectFreshFacts(scenario.core.db);
  });

  it('give the same numbers on both desks once a second desk’s work comes back by sync file', () => {
    const b = secondDesk(scenario);
    for (const core of [scenario.core, b]) {
      expectReferenceNumbers(core);
      expectFreshFacts(core.db);
    }
  });
});

describe('the fact tables and their triggers', () => {
  it('are in a new book', () => {
    const core = openTestCore();
    const triggers = core.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'stats%' ORDER BY name").pluck().all();
    expect(triggers).toEqual(
      [
        'stats_callbacks_done_delete',
        'stats_callbacks_done_insert',
        'stats_callbacks_done_update',
        'stats_callbacks_due_delete',
        'stats_callbacks_due_insert',
        'stats_callbacks_due_update',
        'stats_case_events_closes_delete',
        'stats_case_events_closes_insert',
        'stats_case_events_closes_update',
        'stats_case_events_resolves_delete',
        'stats_case_events_resolves_insert',
        'stats_case_events_resolves_update',
        'stats_cases_deadline',
        'stats_cases_delete',
        'stats_cases_insert',
        'stats_cases_update',
        'stats_received_delete',
        'stats_received_insert',
        'stats_received_update',
      ].sort(),
    );
  });
});
