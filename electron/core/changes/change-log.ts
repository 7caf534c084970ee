/**
 * The one write path for synced data. Every mutation becomes change entries
 * (one per field) in the append-only log, the field's heads move to the new
 * entry, and the entity's row is projected again from its heads: all in the
 * caller's transaction, so a failure leaves neither the entries nor the row.
 *
 * Tables such as `cases` and `users` are a projection of the log; no other
 * module writes them (a test checks this).
 */
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';
import type { HybridClock } from './hlc';
import { projectEntity, readEntityState, type EntityName } from './projections';
import { applyToHeads, currentHeadIds, refreshDeleteConflict, refreshFieldConflict } from './heads';
import { linkAt } from '../sync/chain-links';
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

export interface ChangeId {
  deskId: string;
  seq: number;
}

export function formatChangeId(id: ChangeId): string {
  return `${id.deskId}:${id.seq}`;
}

const LAST_CHANGE_SQL = 'SELECT seq, hlc FROM changes WHERE desk_id = ? ORDER BY seq DESC LIMIT 1';
const INSERT_CHANGE_SQL = `INSERT INTO changes (desk_id, seq, hlc, entity, entity_id, field, value, user_id, supersedes, link)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

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
  const last = prepared(db, LAST_CHANGE_SQL).get(writer.deskId) as { seq: number; hlc: string } | undefined;
  const insertChange = prepared(db, INSERT_CHANGE_SQL);
  let seq = last?.seq ?? 0;
  // Each change is linked to the one before it (sync/change-chain.ts), so one signature vouches for all.
  let link = linkAt(db, writer.deskId, seq);
  // Another connection to this book (the task thread) may have written with a clock of its own: the
  // timestamps of this desk's changes must rise with their numbers, which latestHlc relies on.
  if (last) writer.clock.observe(last.hlc);
  const recorded: ChangeId[] = [];
  const replaced = new Set<string>();
  for (const write of writes) {
    seq += 1;
    // A local write has seen every current value of the field, so it supersedes them all.
    const supersedes = currentHeadIds(db, entityId, write.field);
    const change: ChangeTuple = [
      writer.deskId,
      seq,
      writer.clock.tick(),
      entity,
      entityId,
      write.field,
      JSON.stringify(write.value),
      writer.userId,
      supersedes.map(formatChangeId),
    ];
    link = link && linkOf(link, change);
    insertChange.run(...change.slice(0, 8), JSON.stringify(change[8]), link);
    applyToHeads(db, { deskId: writer.deskId, seq, entity, entityId, field: write.field, supersedes }, false);
    // A field that had no value before has exactly one now: nothing to disagree about.
    if (supersedes.length > 0 || write.field === 'deleted') replaced.add(write.field);
    recorded.push({ deskId: writer.deskId, seq });
  }
  for (const field of replaced) if (field !== 'deleted') refreshFieldConflict(db, entity, entityId, field);
  refreshDeleteConflict(db, entity, entityId);
  if (!projectEntity(db, entity, entityId)) {
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
