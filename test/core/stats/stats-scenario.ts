/**
 * A generated case book for the statistics tests: a seeded plan of what
 * happens to each case and when, carried out through the real services
 * (registerCase, transitions, recordCallback) on a fake clock, and a ledger
 * of every operation performed. The tests derive the expected statistics
 * from the ledger alone (expected-stats.ts), never from the database.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel, Satisfaction } from '../../../shared/domain';
import { registerCase } from '../../../electron/core/cases/register-case';
import { listCallbacks } from '../../../electron/core/callbacks/callback-queries';
import { recordCallback } from '../../../electron/core/callbacks/record-callback';
import { createRandom, type Random } from '../../../electron/core/demo/random';
import { completeSetup } from '../../../electron/core/desk/setup';
import { openCore, type Core } from '../../../electron/core/open-core';
import { createUser } from '../../../electron/core/users/users';
import { buildCaseInput, fakeClock } from '../../factories/core';
import { move } from '../../factories/lifecycle';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const SCENARIO_CATEGORIES = ['equipment', 'environment_hygiene', 'service_attitude', 'property_management', 'other'] as const;
export const SCENARIO_DEPARTMENTS = ['dept-customer-service', 'dept-engineering', 'dept-security', 'dept-environment'] as const;
export const SCENARIO_SITES = ['阳光海岸', '翠湖花园', '金融中心', ''] as const;
const CHANNEL_POOL: Channel[] = ['phone', 'phone', 'phone', 'visit', 'visit', 'online', 'letter', 'email', 'on_site', 'other'];
const UNITS = ['1栋101', '1栋102', '2栋201', '2栋1502', '3栋2单元1502', '5栋3单元801', '6栋602', '8栋1101', '', ''];

/** What the ledger knows about a case: only what the test itself did to it. */
export interface LedgerCase {
  index: number;
  id: string;
  receivedAt: number;
  registeredAt: number;
  channel: Channel;
  category: string;
  site: string;
  unit: string;
  nature: 'unjudged' | 'valid' | 'invalid' | 'major';
  department: string | null;
  status: string;
  dueAt: number | null;
  closedAt: number | null;
  reopenCount: number;
  events: { action: string; at: number }[];
  callbacks: { completedAt: number; satisfaction: Satisfaction }[];
  exceptions: { at: number; reason: 'unreachable' | 'refused' }[];
}

type Step =
  | { kind: 'judge'; nature: 'valid' | 'invalid' | 'major' }
  | { kind: 'dispatch'; department: string; dueIn: number }
  | { kind: 'accept' }
  | { kind: 'resolve' }
  | { kind: 'callback'; satisfaction: Satisfaction; solved: boolean; rectifyIn: number }
  | { kind: 'reopen'; dueIn: number }
  | { kind: 'closeWithException'; reason: 'refused' };

interface PlannedOp {
  at: number;
  caseIndex: number;
  order: number;
  step: Step | { kind: 'register' };
}

/** The life of one case: where it stops, and what it goes through on the way. */
function planLife(random: Random, nature: 'valid' | 'invalid' | 'major'): Step[] {
  const fate = random.weighted([
    ['stays_registered', 6],
    ['judged_only', 4],
    ['dispatched', 8],
    ['resolved', 10],
    ['closed', 40],
    ['unsatisfied_then_closed', 10],
    ['reopened_by_hand', 8],
    ['closed_without_callback', 6],
  ] as const);
  if (fate === 'stays_registered') return [];
  if (nature === 'invalid') return [{ kind: 'judge', nature }];
  const steps: Step[] = [{ kind: 'judge', nature }];
  if (fate === 'judged_only') return steps;
  const dispatch = (): Step => ({ kind: 'dispatch', department: random.pick(SCENARIO_DEPARTMENTS), dueIn: random.int(4, 96) * HOUR });
  steps.push(dispatch());
  if (random.chance(0.6)) steps.push({ kind: 'accept' });
  // Some cases go to another department before anyone resolves them: handling time runs from the first dispatch.
  if (random.chance(0.15)) steps.push(dispatch());
  if (fate === 'dispatched') return steps;
  steps.push({ kind: 'resolve' });
  if (fate === 'resolved') return steps;
  const satisfied = (): Satisfaction => random.weighted([['very_satisfied', 3], ['satisfied', 5], ['basically_satisfied', 2]] as const);
  if (fate === 'unsatisfied_then_closed') {
    const first: Satisfaction = random.chance(0.7) ? 'unsatisfied' : 'basically_satisfied';
    steps.push({ kind: 'callback', satisfaction: first, solved: false, rectifyIn: random.int(8, 72) * HOUR });
    steps.push({ kind: 'resolve' });
  }
  if (fate === 'reopened_by_hand') {
    steps.push({ kind: 'reopen', dueIn: random.int(8, 72) * HOUR });
    steps.push({ kind: 'resolve' });
  }
  if (fate === 'closed_without_callback') {
    steps.push({ kind: 'closeWithException', reason: 'refused' });
    return steps;
  }
  steps.push({ kind: 'callback', satisfaction: satisfied(), solved: true, rectifyIn: 0 });
  return steps;
}

/** A time of day inside the office's day, 08:00-19:59. */
function receivedTime(random: Random, from: number, days: number): number {
  const day = new Date(from + random.int(0, days - 1) * DAY);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), random.int(8, 19), random.int(0, 59)).getTime();
}

export interface Scenario {
  core: Core;
  ledger: LedgerCase[];
  managerId: string;
  /** The scenario outlives single tests (it is built once per file): close and remove it in afterAll. */
  dispose(): void;
}

export interface ScenarioOptions {
  seed: number;
  cases: number;
  /** Cases are received from this day on, over `days` days; their lives run on after. */
  from: number;
  days: number;
}

export function buildScenario(options: ScenarioOptions): Scenario {
  const random = createRandom(options.seed);
  const clock = fakeClock(options.from - 7 * DAY);
  const dir = mkdtempSync(join(tmpdir(), 'complaint-desk-stats-'));
  const core = openCore({ dataDir: dir, now: clock.now });
  const dispose = () => {
    if (core.db.open) core.close();
    rmSync(dir, { recursive: true, force: true });
  };
  const managerId = completeSetup(core, { orgName: '测试物业服务中心', deskCode: 'A', firstUserName: '王前台' }).user!.id;
  const desk = createUser(core, { name: '李前台' });

  const ledger: LedgerCase[] = [];
  const ops: PlannedOp[] = [];
  const lives: Step[][] = [];
  for (let index = 0; index < options.cases; index++) {
    const receivedAt = receivedTime(random, options.from, options.days);
    const nature = random.weighted([['valid', 80], ['invalid', 10], ['major', 10]] as const);
    ledger.push({
      index,
      id: '',
      receivedAt,
      registeredAt: 0,
      channel: random.pick(CHANNEL_POOL),
      category: random.pick(SCENARIO_CATEGORIES),
      site: random.pick(SCENARIO_SITES),
      // Half the cases come from a few busy units (repeats, ties in the top list); the rest from all over.
      unit: random.chance(0.5) ? random.pick(UNITS) : `${random.int(1, 30)}栋${random.int(1, 20)}01`,
      nature: 'unjudged',
      department: null,
      status: 'registered',
      dueAt: null,
      closedAt: null,
      reopenCount: 0,
      events: [],
      callbacks: [],
      exceptions: [],
    });
    const life = planLife(random, nature);
    lives.push(life);
    let at = receivedAt + random.int(1, 20) * MINUTE;
    ops.push({ at, caseIndex: index, order: 0, step: { kind: 'register' } });
    life.forEach((step, order) => {
      // Gaps from minutes to a week, so lives cross period ends, nights, weekends and holidays.
      at += random.chance(0.3) ? random.int(5, 240) * MINUTE : random.int(4, 7 * 24) * HOUR;
      ops.push({ at, caseIndex: index, order: order + 1, step });
    });
  }
  ops.sort((a, b) => a.at - b.at || a.caseIndex - b.caseIndex || a.order - b.order);

  for (const op of ops) {
    clock.set(op.at);
    core.session.userId = desk.id;
    perform(core, ledger[op.caseIndex]!, op.step, op.at, managerId);
  }
  core.session.userId = desk.id;
  return { core, ledger, managerId, dispose };
}

function pendingCallbackId(core: Core, caseId: string, now: number): string {
  const pending = listCallbacks(core.db, { caseId }, now).filter((cb) => cb.status === 'pending');
  if (pending.length !== 1) throw new Error(`expected one pending callback, found ${pending.length}`);
  return pending[0]!.id;
}

/** Does one step through the core and writes down, from the test's own knowledge, what it did. */
function perform(core: Core, kase: LedgerCase, step: PlannedOp['step'], at: number, managerId: string): void {
  const event = (action: string) => kase.events.push({ action, at });
  switch (step.kind) {
    case 'register': {
      const input = buildCaseInput({
        receivedAt: kase.receivedAt,
        channel: kase.channel,
        category: kase.category,
        site: kase.site,
        buildingRoom: kase.unit,
        complainantName: `业主${kase.index}`,
      });
      kase.id = registerCase(core, input).id;
      kase.registeredAt = at;
      return;
    }
    case 'judge':
      move(core, kase.id, step.nature === 'invalid' ? { action: 'judge', nature: 'invalid', explanation: '属于市政管辖,已解释' } : { action: 'judge', nature: step.nature });
      event('judge');
      kase.nature = step.nature;
      if (step.nature === 'invalid') {
        kase.status = 'closed';
        kase.closedAt = at;
      } else {
        kase.status = 'judged';
      }
      return;
    case 'dispatch':
      move(core, kase.id, { action: 'dispatch', departmentId: step.department, dueAt: at + step.dueIn });
      event('dispatch');
      kase.department = step.department;
      kase.dueAt = at + step.dueIn;
      kase.status = 'dispatched';
      return;
    case 'accept':
      move(core, kase.id, { action: 'accept' });
      event('accept');
      kase.status = 'in_progress';
      return;
    case 'resolve':
      move(core, kase.id, { action: 'resolve', summary: '已处理完毕' });
      event('resolve');
      kase.status = 'resolved';
      return;
    case 'reopen':
      move(core, kase.id, { action: 'reopen', reason: '业主反映问题仍在', dueAt: at + step.dueIn });
      event('reopen');
      kase.reopenCount += 1;
      kase.dueAt = at + step.dueIn;
      kase.status = 'dispatched';
      kase.closedAt = null;
      return;
    case 'closeWithException':
      core.session.userId = managerId;
      move(core, kase.id, { action: 'close', callbackException: { reason: step.reason, note: '业主拒绝回访' } });
      event('close');
      kase.exceptions.push({ at, reason: step.reason });
      kase.status = 'closed';
      kase.closedAt = at;
      return;
    case 'callback': {
      // A major complaint's callback is the manager's (seed 001).
      if (kase.nature === 'major') core.session.userId = managerId;
      recordCallback(core, {
        callbackId: pendingCallbackId(core, kase.id, at),
        requestId: randomUUID(),
        method: kase.nature === 'major' ? 'home_visit' : 'phone',
        satisfaction: step.satisfaction,
        solved: step.solved,
        customerWords: '',
        ...(step.solved ? {} : { rectificationDueAt: at + step.rectifyIn }),
      });
      event('callback');
      kase.callbacks.push({ completedAt: at, satisfaction: step.satisfaction });
      const closes = step.satisfaction !== 'unsatisfied' && step.solved;
      if (closes) {
        kase.status = 'closed';
        kase.closedAt = at;
      } else {
        kase.status = 'dispatched';
        kase.reopenCount += 1;
        kase.dueAt = at + step.rectifyIn;
      }
      return;
    }
  }
}
