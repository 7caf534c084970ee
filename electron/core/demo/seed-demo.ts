/**
 * Writes demo data into a data folder through the app's own write path:
 * first-run setup and staff through the setup and user services, every
 * complaint through registerCase, each at the time the timeline says, so
 * case numbers carry the month they were registered in.
 */
import { caseInputSchema } from '../../../shared/contract';
import { registerCase } from '../cases/register-case';
import { recordChanges, type FieldWrite } from '../changes/change-log';
import { decodeHlc } from '../changes/hlc';
import type { CoreContext } from '../context';
import { completeSetup, setupStatus } from '../desk/setup';
import { DomainError } from '../errors';
import { openCore } from '../open-core';
import { createUser, listUsers } from '../users/users';
import { DEMO_ORG_NAME, DEMO_STAFF } from './people';
import { demoTimeline, periodStart, type DemoEvent } from './timeline';

/** Bump when the generator's output changes, so cached demo databases (the benchmark's) are rebuilt. */
export const DEMO_DATA_VERSION = 1;

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
  /** Events written per transaction (each registration is a savepoint inside it). */
  batchSize?: number;
  onProgress?: (registered: number, total: number) => void;
}

export interface SeedDemoResult {
  setUp: boolean;
  deskCode: string;
  registered: number;
  advanced: number;
  from: number;
  until: number;
}

/**
 * The core's clock reads `wall`; the services read `at`. They only differ
 * when the folder already holds changes later than the demo period: the
 * clock then moves on a millisecond per event instead of counting up its
 * counter at one frozen millisecond.
 */
class DemoClock {
  at = Date.now();
  wall = this.at;
  private floor = 0;
  /** The latest change already in the folder: the clock never goes back before it. */
  startAfter(millis: number): void {
    this.floor = millis;
  }
  moveTo(at: number): void {
    this.at = at;
    this.floor = at > this.floor ? at : this.floor + 1;
    this.wall = this.floor;
  }
}

function latestChangeMillis(ctx: CoreContext): number {
  const { hlc } = ctx.db.prepare('SELECT max(hlc) AS hlc FROM changes').get() as { hlc: string | null };
  return hlc ? decodeHlc(hlc).millis : 0;
}

function setUpDesk(ctx: CoreContext, clock: DemoClock, deskCode: string, orgName: string, at: number): void {
  clock.moveTo(at);
  const [first, ...others] = DEMO_STAFF;
  if (!first) throw new Error('no demo staff');
  completeSetup(ctx, { orgName, deskCode, firstUserName: first.name });
  for (const [i, member] of others.entries()) {
    clock.moveTo(at + (i + 1) * 60_000);
    createUser(ctx, member.name);
  }
}

/** Maps each demo staff slot to a user of this folder: the demo person if present, else someone who is. */
function staffUserIds(ctx: CoreContext): string[] {
  const users = listUsers(ctx);
  if (users.length === 0) throw new Error('the data folder has no users');
  return DEMO_STAFF.map((member, i) => (users.find((u) => u.name === member.name) ?? users[i % users.length]!).id);
}

export function seedDemoData(options: SeedDemoOptions): SeedDemoResult {
  const until = options.until ?? Date.now();
  const months = options.months ?? 18;
  const from = periodStart(until, months);
  const clock = new DemoClock();
  const core = openCore({ dataDir: options.dataDir, now: () => clock.wall });
  const ctx: CoreContext = { ...core, now: () => clock.at };
  try {
    clock.startAfter(latestChangeMillis(ctx));
    const status = setupStatus(ctx);
    const setUp = !status.setupDone;
    if (setUp) {
      setUpDesk(ctx, clock, options.deskCode ?? 'A', options.orgName ?? DEMO_ORG_NAME, from - 7 * 86_400_000);
    } else if (options.deskCode && options.deskCode !== status.deskCode) {
      throw new DomainError(
        'SETUP_DONE',
        `This data folder is already set up as desk ${status.deskCode}; leave out --desk-code or pass ${status.deskCode}`,
      );
    }
    const staff = staffUserIds(ctx);
    const caseIds: string[] = [];
    const writerAs = (slot: number) => ({ deskId: ctx.deskId, userId: staff[slot] ?? null, clock: ctx.clock });
    let registered = 0;
    let advanced = 0;

    const apply = (event: DemoEvent): void => {
      clock.moveTo(event.at);
      if (event.kind === 'register') {
        ctx.session.userId = staff[event.staff] ?? null;
        caseIds[event.caseIndex] = registerCase(ctx, caseInputSchema.parse(event.input)).id;
        registered += 1;
        return;
      }
      // Until the lifecycle services exist, a step is the status (and nature) change the log would record.
      const writes: FieldWrite[] = [{ field: 'status', value: event.status }];
      if (event.nature) writes.push({ field: 'nature', value: event.nature });
      recordChanges(ctx.db, writerAs(event.staff), 'case', caseIds[event.caseIndex]!, writes);
      advanced += 1;
    };
    const applyBatch = ctx.db.transaction((events: DemoEvent[]) => events.forEach(apply));

    const batchSize = options.batchSize ?? 500;
    let batch: DemoEvent[] = [];
    for (const event of demoTimeline({ seed: options.seed, cases: options.cases, until, months })) {
      batch.push(event);
      if (batch.length >= batchSize) {
        applyBatch(batch);
        batch = [];
        options.onProgress?.(registered, options.cases);
      }
    }
    if (batch.length > 0) applyBatch(batch);
    options.onProgress?.(registered, options.cases);
    return { setUp, deskCode: setupStatus(ctx).deskCode, registered, advanced, from, until };
  } finally {
    ctx.session.userId = null;
    core.close();
  }
}
