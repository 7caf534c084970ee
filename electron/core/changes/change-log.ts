/**
 * The one write path for synced data. A mutation of one entity becomes one
 * entry in the append-only log (one change per field, log-entries.ts), the
 * entity's heads move on, and its row is projected again from them: all in
 * the caller's transaction, so a failure leaves neither the entry nor the row.
 *
 * Tables such as `cases` and `users` are a projection of the log; no other
 * module writes them (a test checks this).
 */
import type { Db } from '../db/connection';
import type { HybridClock } from './hlc';
import { projectEntityState, readEntityState, type EntityName } from './projections';
import { formatChangeId, readEntityHeads, recordConflicts, type ChangeKey } from './entity-heads';
import { EntryWriter, lastStampOfDesk } from './log-entries';
import { keepsOwnLink, lastOwnLink, rememberOwnLink } from '../sync/chain-links';
import { linkOf } from '../sync/change-chain';
import type { ChangeTuple } from '../sync/records';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface FieldWrite {
  field: string;
  value: JsonValue;
}

/** Who is writing: this desk, the person at it, and the desk's clock. */
export interface Writer {
  deskId: string;
  userId: string | null;
  clock: HybridClock;
}

export type ChangeId = ChangeKey;
export { formatChangeId };

/**
 * Records writes to one entity and re-projects it. Must run inside a
 * transaction (`db.transaction`); it refuses to run outside one so that no
 * caller can half-write a mutation.
 */
export function recordChanges(
  db: Db,
  writer: Writer,
  entity: EntityName,
  entityId: string,
  writes: readonly FieldWrite[],
): ChangeId[] {
  if (!db.inTransaction) throw new Error('recordChanges must run inside a transaction');
  const last = lastStampOfDesk(db, writer.deskId);
  let seq = last?.[0] ?? 0;
  // Each change is linked to the one before it (sync/change-chain.ts), so one signature vouches for all.
  let link = lastOwnLink(db, writer.deskId, last);
  // Another connection to this book (the task thread) may have written with a clock of its own: the
  // timestamps of this desk's changes must rise with their numbers, which latestHlc relies on.
  if (last) writer.clock.observe(last[1]);
  const heads = readEntityHeads(db, entityId);
  // One millisecond and consecutive counters: the changes form one entry of the log.
  const stamps = writer.clock.tickRun(writes.length);
  const first = seq + 1;
  const entry = new EntryWriter(db, (_deskId, end) => (keepsOwnLink(first, end) ? link : null));
  const recorded: ChangeId[] = [];
  for (const [index, write] of writes.entries()) {
    seq += 1;
    const change: ChangeTuple = [
      writer.deskId,
      seq,
      stamps[index]!,
      entity,
      entityId,
      write.field,
      JSON.stringify(write.value),
      writer.userId,
      // A local write has seen every current value of the field, so it supersedes them all.
      heads.headIds(write.field),
    ];
    link = link && linkOf(link, change);
    entry.add(change);
    heads.apply(change);
    recorded.push({ deskId: writer.deskId, seq });
  }
  entry.flush();
  if (link) rememberOwnLink(db, writer.deskId, recorded.length ? [seq, stamps.at(-1)!] : null, link);
  recordConflicts(db, entity, heads);
  if (!projectEntityState(db, entity, heads.state())) {
    throw new Error(`${entity} ${entityId} is missing fields it must be created with`);
  }
  return recorded;
}

/**
 * Writes only the fields whose value differs from the entity's current one,
 * so saving an unchanged form records nothing. Returns the fields written.
 */
export function recordEntityUpdate(
  db: Db,
  writer: Writer,
  entity: EntityName,
  entityId: string,
  values: Readonly<Record<string, JsonValue>>,
): string[] {
  const current = readEntityState(db, entityId).fields;
  const writes = Object.entries(values)
    .filter(([field, value]) => !current.has(field) || JSON.stringify(current.get(field)) !== JSON.stringify(value))
    .map(([field, value]) => ({ field, value }));
  if (writes.length) recordChanges(db, writer, entity, entityId, writes);
  return writes.map((w) => w.field);
}
