import type { Db } from './db/connection';
import type { HybridClock } from './changes/hlc';
import type { Writer } from './changes/change-log';
import { DomainError } from './errors';

/** Everything a core service needs, handed in rather than reached for, so tests can build one on a temp folder. */
export interface CoreContext {
  db: Db;
  dataDir: string;
  deskId: string;
  clock: HybridClock;
  now: () => number;
  /** The person at the desk, picked from the list; their id goes on every change. */
  session: { userId: string | null };
}

export function writerFor(ctx: CoreContext): Writer {
  if (!ctx.session.userId) throw new DomainError('NO_USER', 'Choose who is at the desk before changing anything');
  return { deskId: ctx.deskId, userId: ctx.session.userId, clock: ctx.clock };
}
