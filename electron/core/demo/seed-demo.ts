/**
 * Writes demo data into a data folder through the app's own services: the
 * first-run setup, staff and sites through setup and settings, every
 * complaint through registerCase, and every later step through the
 * lifecycle and callback services, each at the time the timeline says, so
 * case numbers carry the month they were registered in and deadlines and
 * callbacks fall on the working calendar of their day.
 */
import { decodeHlc } from '../changes/hlc';
import { latestHlc } from '../changes/latest-hlc';
import type { CoreContext } from '../context';
import { completeSetup, setupStatus } from '../desk/setup';
import { DomainError } from '../errors';
import { openCore } from '../open-core';
import { readOrgSettings, saveSite, updateStaff } from '../settings/org-settings';
import { createUser, listUsers } from '../users/users';
import type { Topic } from './complaint-topics';
import { DemoClock } from './demo-clock';
import { DemoPlayer } from './demo-player';
import { DEMO_ORG_NAME, DEMO_STAFF, type StaffKey } from './people';
import { SITE_NAMES } from './places';
import { demoTimeline, periodStart, type DemoEvent } from './timeline';
import { seedContractorWork } from './contractor-work';

/** Bump when the generator's output changes, so cached demo databases (the benchmark's) are rebuilt. */
export const DEMO_DATA_VERSION = 4;

export interface SeedDemoOptions {
  dataDir: string;
  seed: number;
  cases: number;
  /** End of the demo period (epoch ms); defaults to now. */
  until?: number;
  months?: number;
  /** Used when the folder is not set up yet; if given for a set-up folder it must match. */
  deskCode?: string;
  orgName?: string;
  /** Every demo person's password; without it nobody has one, and the first start asks who the administrator is. */
  password?: string;
  /** Events written per transaction (each service call is a savepoint inside it). */
  batchSize?: number;
  onProgress?: (registered: number, total: number) => void;
}

export interface SeedDemoResult {
  setUp: boolean;
  deskCode: string;
  registered: number;
  /** Lifecycle steps and callbacks recorded after registration. */
  steps: number;
  from: number;
  until: number;
}

const DEPARTMENT_IDS: Record<Topic['department'], string> = {
  engineering: 'dept-engineering',
  security: 'dept-security',
  environment: 'dept-environment',
  service: 'dept-customer-service',
};
function latestChangeMillis(ctx: CoreContext): number {
  const hlc = latestHlc(ctx.db);
  return hlc ? decodeHlc(hlc).millis : 0;
}

function setUpDesk(ctx: CoreContext, clock: DemoClock, desk: { deskCode: string; orgName: string; password?: string }, at: number): void {
  clock.moveTo(at);
  const [first, ...others] = DEMO_STAFF;
  if (!first) throw new Error('no demo staff');
  const { password } = desk;
  completeSetup(ctx, { orgName: desk.orgName, deskCode: desk.deskCode, firstUserName: first.name, ...(password ? { password } : {}) });
  let minute = 0;
  const next = () => clock.moveTo(at + ++minute * 60_000);
  for (const member of others) {
    next();
    createUser(ctx, { name: member.name, role: member.role, secret: password ? { password } : null });
  }
  const users = listUsers(ctx);
  for (const member of DEMO_STAFF) {
    const user = users.find((u) => u.name === member.name);
    if (!user || !member.departmentId) continue;
    next();
    updateStaff(ctx, { id: user.id, departmentId: member.departmentId });
  }
  SITE_NAMES.forEach((name, i) => {
    next();
    saveSite(ctx, { name, sort: (i + 1) * 10, active: true });
  });
}

/** The people of this folder who play the demo's parts: the demo staff if present, else whoever is there. */
function castStaff(ctx: CoreContext): { registrars: string[]; byKey: Map<StaffKey, string> } {
  const users = listUsers(ctx);
  if (users.length === 0) throw new Error('the data folder has no users');
  const ids = DEMO_STAFF.map((member, i) => (users.find((u) => u.name === member.name) ?? users[i % users.length]!).id);
  const byKey = new Map<StaffKey, string>();
  DEMO_STAFF.forEach((member, i) => member.key && byKey.set(member.key, ids[i]!));
  return { registrars: ids, byKey };
}

/** Department codes of the demo mapped to this folder's departments (the defaults, or the first one there is). */
function departmentIds(ctx: CoreContext): Record<Topic['department'], string> {
  const departments = readOrgSettings(ctx.db).departments.filter((d) => d.active);
  const fallback = departments[0]?.id;
  if (!fallback) throw new Error('the data folder has no departments');
  const has = (id: string) => departments.some((d) => d.id === id);
  const ids = { ...DEPARTMENT_IDS };
  for (const key of Object.keys(ids) as Topic['department'][]) if (!has(ids[key])) ids[key] = fallback;
  return ids;
}

/**
 * better-sqlite3 keeps the native memory of every statement a service
 * prepares until the connection closes (about 50 KB for getCase), so a long
 * seed reopens the database every so many events to stay at a few hundred MB.
 */
const REOPEN_EVERY_EVENTS = 2_000;

export function seedDemoData(options: SeedDemoOptions): SeedDemoResult {
  const until = options.until ?? Date.now();
  const months = options.months ?? 18;
  const from = periodStart(until, months);
  const clock = new DemoClock();
  const open = (): { ctx: CoreContext; close: () => void } => {
    const core = openCore({ dataDir: options.dataDir, now: () => clock.wall });
    return { ctx: { ...core, now: () => clock.at }, close: () => core.close() };
  };
  let connection = open();
  try {
    const { ctx: first } = connection;
    clock.startAfter(latestChangeMillis(first));
    const status = setupStatus(first);
    const setUp = !status.setupDone;
    if (setUp) {
      const desk = { deskCode: options.deskCode ?? 'A', orgName: options.orgName ?? DEMO_ORG_NAME, ...(options.password ? { password: options.password } : {}) };
      setUpDesk(first, clock, desk, from - 7 * 86_400_000);
    } else if (options.deskCode && options.deskCode !== status.deskCode) {
      throw new DomainError(
        'SETUP_DONE',
        `This data folder is already set up as desk ${status.deskCode}; leave out --desk-code or pass ${status.deskCode}`,
      );
    }
    const player = new DemoPlayer(castStaff(first), departmentIds(first), clock);
    const batchSize = options.batchSize ?? 500;
    let batch: DemoEvent[] = [];
    let sinceOpen = 0;
    const flush = () => {
      const { ctx } = connection;
      ctx.db.transaction(() => batch.forEach((event) => player.apply(ctx, event)))();
      sinceOpen += batch.length;
      batch = [];
      options.onProgress?.(player.registered, options.cases);
      if (sinceOpen >= REOPEN_EVERY_EVENTS) {
        connection.close();
        connection = open();
        sinceOpen = 0;
      }
    };
    for (const event of demoTimeline({ seed: options.seed, cases: options.cases, until, months })) {
      batch.push(event);
      if (batch.length >= batchSize) flush();
    }
    flush();
    const { byKey } = castStaff(connection.ctx);
    const representative = byKey.get('rep') ?? byKey.get('manager');
    const coordinator = byKey.get('coordinator') ?? byKey.get('manager');
    if (representative && coordinator) {
      const { ctx } = connection;
      ctx.db.transaction(() => seedContractorWork(ctx, clock, { representative, coordinator }, until))();
    }
    const deskCode = setupStatus(connection.ctx).deskCode;
    return { setUp, deskCode, registered: player.registered, steps: player.steps, from, until };
  } finally {
    connection.close();
  }
}
