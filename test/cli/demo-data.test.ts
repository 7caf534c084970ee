import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInputSchema } from '../../shared/contract';
import { caseNumberPrefix } from '../../electron/core/cases/case-number';
import { seedDemoData } from '../../electron/core/demo/seed-demo';
import { demoTimeline, periodStart, type DemoEvent } from '../../electron/core/demo/timeline';
import { openCore } from '../../electron/core/open-core';
import { FOLLOWUP_KINDS, SATISFACTION_LEVELS } from '../../shared/domain';
import { openTestCore, tempDir as testDir } from '../factories/core';
import { tempDir } from './cli-harness';

const UNTIL = new Date(2026, 2, 31, 18, 0).getTime();
const events = (seed: number, cases = 300): DemoEvent[] => [...demoTimeline({ seed, cases, until: UNTIL })];

describe('the demo timeline', () => {
  const timeline = events(42);
  const registrations = timeline.filter((e) => e.kind === 'register');

  it('is the same for the same seed and differs for another', () => {
    expect(events(42)).toEqual(timeline);
    expect(events(43)).not.toEqual(timeline);
  });

  it('registers every case once, in time order, with input the form would accept', () => {
    expect(registrations).toHaveLength(300);
    expect(new Set(registrations.map((e) => e.caseIndex)).size).toBe(300);
    const times = timeline.map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const event of registrations) {
      expect(() => caseInputSchema.parse(event.input)).not.toThrow();
      expect(event.input.receivedAt).toBeLessThanOrEqual(event.at);
      expect(event.input.receivedAt).toBeGreaterThanOrEqual(periodStart(UNTIL, 18));
      expect(event.at).toBeLessThanOrEqual(UNTIL);
    }
  });

  it('moves each case on only after it was registered, judging it first unless a nature was chosen at registration', () => {
    const registeredAt = new Map(registrations.map((e) => [e.caseIndex, e.at]));
    const judgedAtRegistration = new Set(registrations.filter((e) => e.input.nature !== 'unjudged').map((e) => e.caseIndex));
    const actions = new Map<number, string[]>();
    for (const event of timeline) {
      if (event.kind !== 'advance') continue;
      expect(event.at).toBeGreaterThan(registeredAt.get(event.caseIndex)!);
      actions.set(event.caseIndex, [...(actions.get(event.caseIndex) ?? []), event.step.action]);
    }
    const lives = [...actions.entries()].filter(([index]) => !judgedAtRegistration.has(index)).map(([, list]) => list.join(' '));
    expect(lives.every((life) => /^(refer_to_manager )?judge/.test(life))).toBe(true);
    // A nature chosen at registration is the judgment: such a case is never judged again.
    const decided = [...actions.entries()].filter(([index]) => judgedAtRegistration.has(index)).map(([, list]) => list.join(' '));
    expect(decided.length).toBeGreaterThan(0);
    expect(decided.some((life) => /judge|refer_to_manager/.test(life))).toBe(false);
    expect(decided).toContain('dispatch accept resolve callback');
    expect(lives).toContain('judge contact dispatch accept resolve callback');
    expect(lives).toContain('judge dispatch accept resolve callback');
    expect(lives.some((life) => /callback accept resolve/.test(life))).toBe(true);
  });

  it('looks like a front desk: mostly calls, many categories, Chinese text, sites and rooms', () => {
    const inputs = registrations.map((e) => e.input);
    const count = (key: (i: (typeof inputs)[number]) => string) =>
      inputs.reduce((m, i) => m.set(key(i), (m.get(key(i)) ?? 0) + 1), new Map<string, number>());
    const channels = count((i) => i.channel);
    expect([...channels].sort((a, b) => b[1] - a[1])[0]![0]).toBe('phone');
    expect(count((i) => i.category).size).toBeGreaterThanOrEqual(8);
    expect(count((i) => i.site).size).toBeGreaterThanOrEqual(5);
    expect(inputs.every((i) => (i.content.match(/[\u4e00-\u9fff]/g) ?? []).length >= 20)).toBe(true);
    expect(inputs.some((i) => /^\d+栋\d+单元\d{3,4}$/.test(i.buildingRoom))).toBe(true);
    expect(inputs.filter((i) => /^1\d{10}$/.test(i.phone)).length).toBeGreaterThan(inputs.length / 2);
  });
});

describe('seeding through the write path', () => {
  const dir = tempDir('demo');
  let result: ReturnType<typeof seedDemoData>;
  beforeAll(() => {
    result = seedDemoData({ dataDir: dir.path, seed: 3, cases: 120, until: UNTIL, deskCode: 'B7', batchSize: 25 });
  });
  afterAll(() => dir.remove());

  it('sets the desk up and registers every case', () => {
    expect(result).toMatchObject({ setUp: true, deskCode: 'B7', registered: 120 });
    expect(result.steps).toBeGreaterThan(120);
  });

  it('moves the cases through the lifecycle services: events, callbacks, most of them closed', () => {
    const core = openCore({ dataDir: dir.path });
    try {
      const statuses = new Map(
        (core.db.prepare('SELECT status, count(*) AS n FROM cases GROUP BY status').all() as { status: string; n: number }[]).map(
          (row) => [row.status, row.n],
        ),
      );
      expect(statuses.get('closed')).toBeGreaterThan(60);
      expect(statuses.size).toBeGreaterThanOrEqual(3);
      const count = (sql: string) => core.db.prepare(sql).pluck().get() as number;
      expect(count('SELECT count(*) FROM case_events')).toBeGreaterThan(120);
      expect(count("SELECT count(*) FROM callbacks WHERE status = 'done'")).toBeGreaterThan(30);
      expect(count("SELECT count(*) FROM cases WHERE status = 'closed' AND closed_at IS NULL")).toBe(0);
      expect(count('SELECT count(*) FROM cases WHERE department_id IS NOT NULL')).toBeGreaterThan(60);
      expect(count('SELECT count(*) FROM cases WHERE first_contact_at IS NOT NULL')).toBeGreaterThan(40);
    } finally {
      core.close();
    }
  });

  it('numbers each case in the month it was registered', () => {
    const core = openCore({ dataDir: dir.path });
    try {
      const rows = core.db.prepare('SELECT number, created_at AS createdAt, received_at AS receivedAt FROM cases').all() as {
        number: string;
        createdAt: number;
        receivedAt: number;
      }[];
      expect(rows).toHaveLength(120);
      for (const row of rows) {
        expect(row.number.startsWith(`${caseNumberPrefix('B7', row.createdAt)}-`)).toBe(true);
        expect(row.receivedAt).toBeLessThanOrEqual(row.createdAt);
      }
      // The log's clock runs with the demo's time: change order is registration order.
      const clocks = core.db.prepare('SELECT hlc FROM changes ORDER BY seq').all() as { hlc: string }[];
      const hlcs = clocks.map((c) => c.hlc);
      expect(hlcs).toEqual([...hlcs].sort());
      expect(Number(hlcs[hlcs.length - 1]!.slice(0, 15))).toBeLessThanOrEqual(UNTIL);
    } finally {
      core.close();
    }
  });
});

describe('the demo data beyond registration', () => {
  it('has follow-ups of every kind, attachments, and callbacks on all four satisfaction levels', () => {
    const dataDir = testDir('demo-');
    seedDemoData({ dataDir, seed: 3, cases: 120, until: Date.UTC(2026, 9, 31), months: 3 });
    const core = openTestCore({ dataDir, setup: false });
    const kinds = core.db.prepare('SELECT DISTINCT kind FROM followups').pluck().all();
    expect([...kinds].sort()).toEqual([...FOLLOWUP_KINDS].sort());
    expect(core.db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBeGreaterThan(0);
    const levels = core.db.prepare("SELECT DISTINCT satisfaction FROM callbacks WHERE status = 'done'").pluck().all();
    expect([...levels].sort()).toEqual([...SATISFACTION_LEVELS].sort());
    expect(core.db.prepare('SELECT count(*) FROM cases WHERE reopen_count > 0').pluck().get()).toBeGreaterThan(0);
  });
});
