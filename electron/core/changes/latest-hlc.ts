/**
 * The latest clock timestamp in the change log, which a desk's clock starts
 * from. Each desk's changes carry increasing timestamps in the order of
 * their sequence numbers (recordChanges makes sure of it for this desk's
 * own; every desk runs the same code), so the latest timestamp is the one
 * of some desk's highest-numbered change: one lookup per desk instead of an
 * index over every timestamp, which each change would have to write.
 */
import type { Db } from '../db/connection';
import { lastStampOfDesk, loggedDesks } from './log-entries';

export function latestHlc(db: Db): string | null {
  let latest: string | null = null;
  for (const deskId of loggedDesks(db)) {
    const hlc = lastStampOfDesk(db, deskId)?.[1];
    if (hlc !== undefined && (latest === null || hlc > latest)) latest = hlc;
  }
  return latest;
}
