/**
 * `tsx bench/stats-bench.ts [--cases 200000] [--seed 7] [--runs 20] [--sample 300]`:
 * how long computeStats takes for one month and for a year over a large
 * case book, with and without the indexes proposed for statistics.
 *
 * The book (cached under bench-data/) holds cases with their whole lives:
 * judged, dispatched (some twice), accepted, resolved, called back on the
 * four levels, sent back when unsatisfied, reopened, closed without a
 * callback by a manager, stalled on the way, repeats flagged by the
 * registration rule. Writing 200,000 such lives through the services costs
 * hours (the bench measures a sample and says how many), so the rows are
 * written by the app's own projections (caseProjector and the entity
 * projectors) from the field values the services would have recorded: the
 * tables statistics read are the ones the app builds, search index
 * included; only the change log behind them is left out, which no
 * statistic reads.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CaseInput } from '../shared/contract';
import type { Channel, Satisfaction } from '../shared/domain';
import type { Period } from '../shared/schemas/stats';
import type { StatsParams } from '../electron/core/stats/stats-source';
import { deadlineAfter, endOfNthWorkingDay, type WorkingCalendar } from '../electron/core/calendar/working-calendar';
import { registerCase } from '../electron/core/cases/register-case';
import { caseProjector } from '../electron/core/cases/case-projection';
import { entityProjectors } from '../electron/core/changes/entity-tables';
import { listCallbacks } from '../electron/core/callbacks/callback-queries';
import { recordCallback } from '../electron/core/callbacks/record-callback';
import { openConnection, type Db } from '../electron/core/db/connection';
import { CHANNEL_WEIGHTS, demoCase } from '../electron/core/demo/demo-case';
import { createRandom, type Random } from '../electron/core/demo/random';
import { completeSetup } from '../electron/core/desk/setup';
import { newId } from '../electron/core/ids';
import { transitionCase } from '../electron/core/lifecycle/transition-case';
import { DATABASE_FILE_NAME, openCore } from '../electron/core/open-core';
import { loadWorkingCalendar } from '../electron/core/settings/calendar-service';
import { isDeepStrictEqual } from 'node:util';
import { computeStats } from '../electron/core/stats/compute-stats';
import { FACT_QUERIES, factSource } from '../electron/core/stats/fact-queries';
import { referenceSource } from '../electron/core/stats/reference-queries';
import { fillWorkingDays } from '../electron/core/stats/working-time-table';
import { TARGETS } from './report';
import { createUser } from '../electron/core/users/users';
import { LATEST_SCHEMA_VERSION } from '../electron/core/db/migrations/index';

/** Bump when the generated book changes, so cached ones are rebuilt. */
export const STATS_BENCH_VERSION = 1;
export const BENCH_DATA_DIR = join(import.meta.dirname, '../bench-data');

/**
 * The indexes for statistics, now created by migration 5 (so a fresh book
 * already has them and these are no-ops); kept here to measure their cost. Partial (deleted = 0) and covering,
 * so the statistics' index walks never touch the tables' rows:
 *  - resolve and close events of a period, with their case;
 *  - one case's events by time with their action (first resolution, first dispatch);
 *  - the callbacks completed in a period, with their case and satisfaction.
 */
export const PROPOSED_INDEXES = [
  'CREATE INDEX IF NOT EXISTS case_events_by_action ON case_events (action, at, case_id) WHERE deleted = 0',
  'CREATE INDEX IF NOT EXISTS case_events_by_case_action ON case_events (case_id, at, action) WHERE deleted = 0',
  'CREATE INDEX IF NOT EXISTS callbacks_by_completion ON callbacks (status, completed_at, case_id, satisfaction) WHERE deleted = 0',
] as const;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const DEPARTMENTS = ['dept-customer-service', 'dept-engineering', 'dept-security', 'dept-environment'];
const HOURS: readonly (readonly [number, number])[] = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21].map((h) => [h, h >= 9 && h <= 17 ? 8 : 2]);

// ---------------------------------------------------------------- the book

type Fields = Record<string, unknown>;
type EntityState = Parameters<typeof caseProjector>[1];

/** What the projections get from the change log's heads: one current value per field, as written by this one desk. */
const stateOf = (id: string, fields: Fields, updatedAt: number): EntityState => ({
  id,
  fields: new Map(Object.entries(fields)),
  updatedAt,
  severalHeads: false,
});
interface Staff {
  desk: string;
  manager: string;
}

/** One case's life as the services would have recorded it: its final fields, its events and its callback rounds. */
class Life {
  readonly fields: Fields;
  readonly events: Fields[] = [];
  readonly callbacks: Fields[] = [];
  at: number;

  constructor(
    readonly id: string,
    input: CaseInput,
    number: string,
    registeredAt: number,
    staff: Staff,
  ) {
    this.at = registeredAt;
    this.fields = {
      number, deskCode: 'A', channel: input.channel, complainantName: input.complainantName, phone: input.phone,
      buildingRoom: input.buildingRoom, site: input.site, receivedAt: input.receivedAt, content: input.content,
      category: input.category, nature: input.nature, status: 'registered', createdAt: registeredAt, createdBy: staff.desk,
    };
  }

  event(action: string, toStatus: string, user: string, data: Fields = {}): void {
    const fromStatus = String(this.fields.status);
    this.events.push({ id: newId(), caseId: this.id, action, fromStatus, toStatus, reason: '', data: JSON.stringify(data), at: this.at, userId: user, requestId: null });
    this.fields.status = toStatus;
  }
}

function simulate(life: Life, random: Random, calendar: WorkingCalendar, staff: Staff, until: number): void {
  const f = life.fields;
  /** Moves the clock on; false when the case stalls here or the step would fall after `until`. */
  const wait = (min: number, max: number) => {
    if (random.chance(0.012)) return false;
    life.at += random.int(min, max);
    return life.at <= until;
  };
  if (!wait(10 * MINUTE, 8 * HOUR)) return;
  const nature = f.nature !== 'unjudged' ? String(f.nature) : random.weighted([['valid', 89], ['invalid', 8], ['major', 3]] as const);
  f.nature = nature;
  f.judgedAt = life.at;
  if (nature === 'invalid') {
    f.closedAt = life.at;
    life.event('judge', 'closed', staff.desk, { nature });
    return;
  }
  life.event('judge', 'judged', staff.desk, { nature });
  if (nature === 'major') life.event('escalate', 'judged', staff.desk, { automatic: true });
  const days = nature === 'major' ? 1 : f.category === 'equipment' ? 2 : 3;
  const dispatch = () => {
    f.departmentId = random.pick(DEPARTMENTS);
    f.dispatchedAt = life.at;
    f.dueAt = deadlineAfter(calendar, life.at, { amount: days, unit: 'working_days' });
    life.event('dispatch', 'dispatched', staff.desk, { departmentId: f.departmentId });
  };
  if (!wait(30 * MINUTE, 24 * HOUR)) return;
  dispatch();
  if (random.chance(0.08) && wait(1 * HOUR, 24 * HOUR)) dispatch();
  if (random.chance(0.7) && wait(1 * HOUR, 48 * HOUR)) life.event('accept', 'in_progress', staff.desk);

  for (let round = 1; round <= 4; round++) {
    const [minFix, maxFix] = nature === 'major' ? [2 * DAY, 15 * DAY] : [2 * HOUR, 8 * DAY];
    if (!wait(minFix, maxFix)) return;
    f.resolvedAt = life.at;
    life.event('resolve', 'resolved', staff.desk);
    const callback: Fields = {
      id: newId(), caseId: life.id, round: life.callbacks.length + 1, dueAt: endOfNthWorkingDay(calendar, life.at, 5),
      method: nature === 'major' ? 'home_visit' : 'phone', assigneeId: nature === 'major' ? staff.manager : staff.desk,
      status: 'pending', createdAt: life.at,
    };
    life.callbacks.push(callback);
    if (!wait(2 * HOUR, 6 * DAY)) return;
    if (random.chance(0.02)) {
      const reason = random.chance(0.5) ? 'refused' : 'unreachable';
      callback.status = 'waived';
      f.closedAt = life.at;
      f.callbackException = reason;
      life.event('close', 'closed', staff.manager, { callbackException: { reason, note: '' } });
      return;
    }
    const satisfaction: Satisfaction = random.weighted([['very_satisfied', 30], ['satisfied', 45], ['basically_satisfied', 18], ['unsatisfied', 7]] as const);
    const solved = random.chance(0.95);
    Object.assign(callback, { status: 'done', satisfaction, solved, completedAt: life.at, completedBy: callback.assigneeId });
    if (satisfaction !== 'unsatisfied' && solved) {
      f.closedAt = life.at;
      life.event('callback', 'closed', staff.desk, { round: callback.round, satisfaction, solved });
      // Now and then an owner calls again after closing and the case is reopened by hand.
      if (!random.chance(0.02) || !wait(1 * DAY, 20 * DAY)) return;
      life.event('reopen', 'dispatched', staff.desk);
    } else {
      life.event('callback', 'dispatched', staff.desk, { round: callback.round, satisfaction, solved });
    }
    f.reopenCount = Number(f.reopenCount ?? 0) + 1;
    f.resolvedAt = null;
    f.closedAt = null;
    f.dueAt = deadlineAfter(calendar, life.at, { amount: 2, unit: 'working_days' });
  }
}

function arrivals(random: Random, count: number, from: number, until: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(from + Math.floor(random.next() * (until - from)));
    const weekend = day.getDay() === 0 || day.getDay() === 6;
    if (weekend && random.chance(0.35)) day.setDate(day.getDate() + 2);
    day.setHours(random.weighted(HOURS), random.int(0, 59), random.int(0, 59), 0);
    times.push(Math.min(day.getTime(), until));
  }
  return times.sort((a, b) => a - b);
}

const monthKey = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}`;
};

/** Writes `count` case lives into a new, set-up data folder through the app's projections. */
export function buildStatsBook(dir: string, count: number, seed: number, until: number, log: (line: string) => void): void {
  const from = new Date(until);
  from.setMonth(from.getMonth() - 18);
  const core = openCore({ dataDir: dir, now: () => from.getTime() - 7 * DAY });
  try {
    const manager = completeSetup(core, { orgName: '示例物业服务中心', deskCode: 'A', firstUserName: '王经理' }).user!.id;
    const staff = { manager, desk: createUser(core, { name: '李前台' }).id };
    const calendar = loadWorkingCalendar(core.db);
    const random = createRandom(seed);
    const times = arrivals(random, count, from.getTime(), until);
    const counters = new Map<string, number>();
    const lastByUnit = new Map<string, { id: string; receivedAt: number }>();
    const started = performance.now();
    const project = (entity: 'case_event' | 'callback', rows: Fields[], updatedAt: number) => {
      for (const { id, ...fields } of rows) entityProjectors[entity](core.db, stateOf(String(id), fields, updatedAt));
    };
    const batch = core.db.transaction((first: number, last: number) => {
      for (let i = first; i < last; i++) {
        const channel: Channel = random.weighted(CHANNEL_WEIGHTS);
        const { input } = demoCase(random, channel, times[i]!);
        const registeredAt = Math.min(until, input.receivedAt + random.int(1, 30) * MINUTE);
        const month = monthKey(registeredAt);
        const n = (counters.get(month) ?? 0) + 1;
        counters.set(month, n);
        const life = new Life(newId(), input, `A-${month}-${String(n).padStart(5, '0')}`, registeredAt, staff);
        // The registration rule: same unit, same category, within 30 days.
        const key = `${input.buildingRoom}\u0000${input.category}`;
        const earlier = input.buildingRoom ? lastByUnit.get(key) : undefined;
        life.fields.repeatOf = earlier && earlier.receivedAt >= input.receivedAt - 30 * DAY ? earlier.id : null;
        if (input.buildingRoom) lastByUnit.set(key, { id: life.id, receivedAt: input.receivedAt });
        simulate(life, random, calendar, staff, until);
        caseProjector(core.db, stateOf(life.id, life.fields, life.at));
        project('case_event', life.events, life.at);
        project('callback', life.callbacks, life.at);
      }
    });
    for (let first = 0; first < count; first += 5000) {
      batch(first, Math.min(count, first + 5000));
      log(`  ${Math.min(count, first + 5000).toLocaleString('en')} / ${count.toLocaleString('en')} cases, ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    core.close();
  }
}

interface BookMeta {
  cases: number;
  seed: number;
  until: number;
  seconds: number;
  version: number;
}

/** The cached book for this size and seed, built when missing. */
export function statsBook(count: number, seed: number, log: (line: string) => void): { dir: string; meta: BookMeta; reused: boolean } {
  // Keyed by schema too: a book migrated in place would carry freshly rebuilt (tightly packed) indexes,
  // whose page splits make writes look slower than on a book that grew under the current schema.
  const dir = join(BENCH_DATA_DIR, `stats-${count}-v${STATS_BENCH_VERSION}-schema-${LATEST_SCHEMA_VERSION}-seed-${seed}`);
  const metaFile = join(dir, 'meta.json');
  if (existsSync(metaFile)) return { dir, meta: JSON.parse(readFileSync(metaFile, 'utf8')) as BookMeta, reused: true };
  const building = `${dir}.building`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  // A fixed end, so a seed always gives the same book; the 1st of a month, so "last month" is whole.
  const until = new Date(2026, 10, 1).getTime();
  log(`Building ${count.toLocaleString('en')} case lives in ${building} (cached for later runs) ...`);
  const started = performance.now();
  buildStatsBook(building, count, seed, until, log);
  const meta: BookMeta = { cases: count, seed, until, seconds: (performance.now() - started) / 1000, version: STATS_BENCH_VERSION };
  writeFileSync(join(building, 'meta.json'), JSON.stringify(meta, null, 2));
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  return { dir, meta, reused: false };
}

// ------------------------------------------------- the write path, measured

/** Registers and carries `count` cases to a closed callback through the real services, 50 cases per transaction. */
export function measureWritePath(count: number, seed: number): { cases: number; seconds: number; changes: number } {
  const dir = join(BENCH_DATA_DIR, 'stats-scratch-write-path');
  rmSync(dir, { recursive: true, force: true });
  let now = new Date(2026, 8, 1, 9, 0).getTime();
  const core = openCore({ dataDir: dir, now: () => now });
  try {
    completeSetup(core, { orgName: '示例物业服务中心', deskCode: 'A', firstUserName: '王经理' });
    const random = createRandom(seed);
    const step = (caseId: string, transition: Parameters<typeof transitionCase>[1]['transition']) => {
      now += 10 * MINUTE;
      transitionCase(core, { caseId, requestId: newId(), transition });
    };
    const started = performance.now();
    const batch = core.db.transaction((n: number) => {
      for (let i = 0; i < n; i++) {
        now += MINUTE;
        const { input } = demoCase(random, random.weighted(CHANNEL_WEIGHTS), now);
        const id = registerCase(core, { ...input, nature: 'unjudged' }).id;
        step(id, { action: 'judge', nature: 'valid', communicativeType: '', note: '', explanation: '' });
        step(id, { action: 'dispatch', departmentId: random.pick(DEPARTMENTS), assigneeId: null, note: '' });
        step(id, { action: 'accept', note: '' });
        step(id, { action: 'resolve', summary: '已处理' });
        now += HOUR;
        const [callback] = listCallbacks(core.db, { caseId: id }, now);
        recordCallback(core, { callbackId: callback!.id, requestId: newId(), method: 'phone', satisfaction: 'satisfied', solved: true, customerWords: '' });
      }
    });
    for (let done = 0; done < count; done += 50) batch(Math.min(50, count - done));
    const seconds = (performance.now() - started) / 1000;
    const changes = core.db.prepare('SELECT count(*) FROM changes').pluck().get() as number;
    return { cases: count, seconds, changes };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------- statistics

export interface Timing {
  runs: number;
  /** Wall-clock milliseconds. */
  p50: number;
  p95: number;
  min: number;
  /** CPU milliseconds of this process (user + system), median: less sensitive to other work on a shared machine. */
  cpuP50: number;
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

function time(runs: number, warmup: number, fn: () => void): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { runs, p50: percentile(wall, 0.5), p95: percentile(wall, 0.95), min: Math.min(...wall), cpuP50: percentile(cpu, 0.5) };
}

export interface StatsBenchResult {
  dbPath: string;
  cases: number;
  month: Period;
  year: Period;
  /** computeStats for the last whole month (and the month-long period before it, as the screen shows them). */
  monthly: Timing;
  monthlyOneSite: Timing;
  yearly: Timing;
  /** Each part of one period's counts (the month's, the year's), median milliseconds, and the plans SQLite chose for its statements. */
  queries: Record<string, { p50: number; yearP50: number; plan: string[] }>;
  /** Whether the fact queries gave the reference queries' numbers, whole StatsResult, for the month (every site, one site) and the year. */
  sameAsReference: { month: boolean; monthOneSite: boolean; year: boolean };
  /** computeStats through the reference queries (the definitions' SQL), one run each. */
  reference: { month: number; year: number };
}

/** The last whole month before the newest case, and the twelve months ending with it. */
function periodsOf(db: Db): { month: Period; year: Period } {
  const newest = db.prepare('SELECT max(received_at) FROM cases').pluck().get() as number;
  const d = new Date(newest);
  const to = new Date(d.getFullYear(), d.getMonth(), 1).getTime();
  return {
    month: { from: new Date(d.getFullYear(), d.getMonth() - 1, 1).getTime(), to },
    year: { from: new Date(d.getFullYear() - 1, d.getMonth(), 1).getTime(), to },
  };
}

export function runStatsBench(dbPath: string, options: { runs?: number; warmup?: number } = {}): StatsBenchResult {
  const runs = options.runs ?? 20;
  const warmup = options.warmup ?? 3;
  const db = openConnection(dbPath);
  try {
    const cases = db.prepare('SELECT count(*) FROM cases').pluck().get() as number;
    const { month, year } = periodsOf(db);
    const now = Date.now();
    const site = db.prepare(`SELECT site FROM cases WHERE site <> '' GROUP BY site ORDER BY count(*) DESC LIMIT 1`).pluck().get() as string;
    const monthly = time(runs, warmup, () => computeStats(db, { ...month, now }));
    const monthlyOneSite = time(runs, warmup, () => computeStats(db, { ...month, siteFilter: site, now }));
    const yearly = time(Math.max(3, Math.round(runs / 4)), 1, () => computeStats(db, { ...year, now }));

    const queries: StatsBenchResult['queries'] = {};
    const calendar = loadWorkingCalendar(db);
    const earliest = db.prepare('SELECT min(received_at) FROM cases').pluck().get() as number;
    const days = fillWorkingDays(db, calendar, Math.min(earliest, year.from), year.to);
    const parts: Record<keyof typeof FACT_QUERIES, (params: StatsParams) => unknown> = {
      received: (params) => factSource.received(db, params),
      resolutions: (params) => factSource.resolutions(db, params, days),
      callbacks: (params) => factSource.callbacks(db, params),
      exceptions: (params) => factSource.exceptions(db, params),
    };
    for (const [name, run] of Object.entries(parts)) {
      const params = { ...month, site: null };
      const statements = FACT_QUERIES[name as keyof typeof parts];
      const plan = statements.flatMap((sql) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((row) => row.detail));
      const timed = (period: Period) => time(runs, warmup, () => run({ ...period, site: null })).p50;
      queries[name] = { p50: timed(month), yearP50: timed(year), plan };
    }

    const same = (period: Period, siteFilter: string | null) => {
      const started = performance.now();
      const expected = computeStats(db, { ...period, siteFilter, now }, referenceSource);
      const seconds = performance.now() - started;
      return { same: isDeepStrictEqual(computeStats(db, { ...period, siteFilter, now }), expected), ms: seconds };
    };
    const [monthCheck, monthOneSiteCheck, yearCheck] = [same(month, null), same(month, site), same(year, null)];
    const sameAsReference = { month: monthCheck.same, monthOneSite: monthOneSiteCheck.same, year: yearCheck.same };
    return { dbPath, cases, month, year, monthly, monthlyOneSite, yearly, queries, sameAsReference, reference: { month: monthCheck.ms, year: yearCheck.ms } };
  } finally {
    db.close();
  }
}

/** A copy of the book with extra indexes, and what building them cost. */
function withIndexes(sourceDir: string, indexes: readonly string[]): { path: string; seconds: number; addedMb: number } {
  const dir = join(BENCH_DATA_DIR, 'stats-scratch-indexes');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const path = join(dir, DATABASE_FILE_NAME);
  copyFileSync(join(sourceDir, DATABASE_FILE_NAME), path);
  const db = openConnection(path);
  try {
    const pages = () => (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
    const before = pages();
    const started = performance.now();
    for (const sql of indexes) db.exec(sql);
    const seconds = (performance.now() - started) / 1000;
    // Fold the new pages into the file, as a migration at start-up would leave it.
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { path, seconds, addedMb: (pages() - before) / 1e6 };
  } finally {
    db.close();
  }
}

// ------------------------------------------------------------------- main

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const line = (label: string, t: Timing) => `  ${label.padEnd(32)} p50 ${ms(t.p50).padStart(9)}  p95 ${ms(t.p95).padStart(9)}  cpu p50 ${ms(t.cpuP50).padStart(9)}`;

function report(label: string, result: StatsBenchResult): string {
  const met = (t: Timing, target: number) => `target ${target} ms: ${t.p50 <= target ? 'met' : 'MISSED'}`;
  const yes = (same: boolean) => (same ? 'yes' : 'NO');
  const { sameAsReference: same, reference } = result;
  const lines = [
    `${label}: ${result.cases.toLocaleString('en')} cases, month ${new Date(result.month.from).toISOString().slice(0, 7)}`,
    `${line('month (and the month before)', result.monthly)}  ${met(result.monthly, TARGETS.statsMonthMs)}`,
    line('month, one site', result.monthlyOneSite),
    `${line('year (and the year before)', result.yearly)}  ${met(result.yearly, TARGETS.statsYearMs)}`,
    `  the reference queries' numbers: month ${yes(same.month)}, month one site ${yes(same.monthOneSite)}, year ${yes(same.year)}` +
      ` (the reference took ${ms(reference.month)} for the month, ${ms(reference.year)} for the year)`,
    `    ${'one period'.padEnd(13)} ${'month'.padStart(10)} ${'year'.padStart(10)}`,
  ];
  for (const [name, query] of Object.entries(result.queries)) {
    const plan = [...new Set(query.plan.filter((p) => /SCAN|SEARCH/.test(p)))].join(' | ');
    lines.push(`    ${name.padEnd(13)} ${ms(query.p50).padStart(10)} ${ms(query.yearP50).padStart(10)}   ${plan}`);
  }
  return lines.join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '200000' },
      seed: { type: 'string', default: '7' },
      runs: { type: 'string', default: '20' },
      sample: { type: 'string', default: '300' },
      /** `proposed`: only the book with the proposed indexes (a quick re-measure). */
      only: { type: 'string' },
    },
    strict: true,
  });
  const number = (name: string, raw: string, min: number) => {
    const value = Number(raw.replaceAll('_', ''));
    if (!Number.isSafeInteger(value) || value < min) throw new Error(`--${name} must be a whole number >= ${min}`);
    return value;
  };
  const cases = number('cases', values.cases, 1);
  const seed = number('seed', values.seed, 0);
  const runs = number('runs', values.runs, 1);
  const sample = number('sample', values.sample, 0);
  const log = (line: string) => void process.stderr.write(`${line}\n`);
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  console.log(`Machine: ${cpus().length} CPUs, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} (other work on it inflates wall times)`);

  let writePath: ReturnType<typeof measureWritePath> | undefined;
  if (sample > 0) {
    log(`Measuring the real write path with ${sample} full case lives ...`);
    writePath = measureWritePath(sample, seed);
    const perCase = (writePath.seconds / writePath.cases) * 1000;
    console.log(
      `Write path: ${writePath.cases} lives (register, judge, dispatch, accept, resolve, callback) in ${writePath.seconds.toFixed(1)} s, ` +
        `${perCase.toFixed(1)} ms a case, ${Math.round(writePath.changes / writePath.cases)} change-log rows a case; ` +
        `${cases.toLocaleString('en')} would take about ${((perCase * cases) / 60_000).toFixed(0)} min (and grows with the book).`,
    );
  }
  const book = statsBook(cases, seed, log);
  const dbPath = join(book.dir, DATABASE_FILE_NAME);
  console.log(
    `Book: ${book.dir} (${(statSync(dbPath).size / 1e6).toFixed(0)} MB, built through the projections in ${book.meta.seconds.toFixed(0)} s${book.reused ? ', cached' : ''})`,
  );
  const onlyProposed = values.only === 'proposed';
  let asIs: StatsBenchResult | undefined;
  if (!onlyProposed) {
    log('Statistics on the book as the migrations leave it ...');
    asIs = runStatsBench(dbPath, { runs });
    console.log(report('As the migrations leave it', asIs));
  }
  // A covering index for the received cohort was measured here too (schema 17: the year's received query
  // 745 -> 347 ms); since schema 19 the statistics read migration 19's day counts and fact tables instead.
  const all = [{ label: 'With the proposed indexes', sql: PROPOSED_INDEXES }];
  const variants = all.map(({ label, sql }) => {
    log(`Statistics on a scratch copy: ${label.toLowerCase()} ...`);
    const indexed = withIndexes(book.dir, sql);
    const result = runStatsBench(indexed.path, { runs });
    console.log(`\n${label} (built in ${indexed.seconds.toFixed(1)} s, +${indexed.addedMb.toFixed(1)} MB):\n  ${sql.join(';\n  ')}`);
    console.log(report(label, result));
    return { label, sql, seconds: indexed.seconds, addedMb: indexed.addedMb, result };
  });
  rmSync(join(BENCH_DATA_DIR, 'stats-scratch-indexes'), { recursive: true, force: true });

  const resultsFile = join(BENCH_DATA_DIR, 'stats-results.json');
  const results = { generatedAt: new Date().toISOString(), loadAverage: loadavg(), cpus: cpus().length, book: book.meta, writePath, asIs, variants };
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  log(`Wrote ${resultsFile}`);
}

const entry = process.argv[1];
if (entry && realpathSync(entry) === realpathSync(new URL(import.meta.url).pathname)) main();
