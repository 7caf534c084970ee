/**
 * Taking other desks' changes into this one. Each change is added to the
 * log once (a change already here was checked identical beforehand), the
 * heads move on, and every entity touched is projected again, so the tables
 * come out the same whatever order the changes arrived in.
 *
 * An entity the file brings whole (see fresh-entities.ts) is projected from
 * memory right after its last change in the file; any other is read back
 * from its heads once every change is in.
 */
import type { Db } from '../db/connection';
import { applyToHeads, refreshEntityConflicts } from '../changes/heads';
import { isEntityName, projectEntityState, readEntityState } from '../changes/projections';
import type { ChangeTuple } from './records';
import type { VersionVector } from './version-vector';
import { prepared } from '../db/prepared';
import { FreshEntity } from './fresh-entities';

export interface AppliedChanges {
  inserted: number;
  /** `entity\u0000id` of every entity that received a new change and had changes here before. */
  touched: Set<string>;
  /** Entities the file brings whole, not projected yet, by id. */
  fresh: Map<string, FreshEntity>;
  /** Where each entity's last change sits in the file, counting every change (the checking pass found it). */
  lastChangeOf: ReadonlyMap<string, number>;
  /** How many of the file's changes have gone through applyChangeBatch. */
  position: number;
  latestHlc: string | null;
  /** Per desk, the links of the file's changes this desk keeps (chain-links.ts), worked out by the checks. */
  links: ReadonlyMap<string, ReadonlyMap<number, Buffer>>;
  /** What this desk held of each desk before: a change already held beyond it came before a hole, and may lack its link. */
  heldBefore: VersionVector;
}

type Run = { run(...params: unknown[]): { changes: number } };

export function parseChangeId(id: string): { deskId: string; seq: number } {
  const colon = id.lastIndexOf(':');
  return { deskId: id.slice(0, colon), seq: Number(id.slice(colon + 1)) };
}

export function newApplyState(
  lastChangeOf: ReadonlyMap<string, number>,
  links: ReadonlyMap<string, ReadonlyMap<number, Buffer>>,
  heldBefore: VersionVector,
): AppliedChanges {
  return { inserted: 0, touched: new Set(), fresh: new Map(), lastChangeOf, position: 0, latestHlc: null, links, heldBefore };
}

/** The entity's in-memory mirror when the file brings it whole; null when its heads must be read back. */
function freshEntity(db: Db, state: AppliedChanges, entity: string, entityId: string): FreshEntity | null {
  const known = state.fresh.get(entityId);
  if (known) {
    if (known.entity === entity) return known;
    // One id under two kinds of entity (a malformed file): leave both to the database.
    state.fresh.delete(entityId);
    state.touched.add(`${known.entity}\u0000${entityId}`);
    return null;
  }
  if (!isEntityName(entity) || state.touched.has(`${entity}\u0000${entityId}`)) return null;
  if (prepared(db, 'SELECT 1 FROM heads WHERE entity_id = ? LIMIT 1', 'pluck').get(entityId)) return null;
  const fresh = new FreshEntity(entity, entityId);
  state.fresh.set(entityId, fresh);
  return fresh;
}

/**
 * Projects an entity the file brought whole. It had no heads before, so it
 * has no recorded conflicts either: only its own heads can raise one.
 */
function projectFresh(db: Db, fresh: FreshEntity): void {
  const entityState = fresh.state();
  projectEntityState(db, fresh.entity, entityState);
  if (entityState.severalHeads || entityState.fields.has('deleted')) refreshEntityConflicts(db, fresh.entity, fresh.id);
}

export function applyChangeBatch(db: Db, changes: readonly ChangeTuple[], state: AppliedChanges): void {
  const insert = prepared(
    db,
    `INSERT OR IGNORE INTO changes (desk_id, seq, hlc, entity, entity_id, field, value, user_id, supersedes, link)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ) as unknown as Run;
  const linkHeld = prepared(db, 'UPDATE changes SET link = ? WHERE desk_id = ? AND seq = ? AND link IS NULL') as unknown as Run;
  for (const change of changes) {
    const [deskId, seq, hlc, entity, entityId, field, value, userId, supersedes] = change;
    const position = state.position++;
    const link = state.links.get(deskId)?.get(seq) ?? null;
    if (insert.run(deskId, seq, hlc, entity, entityId, field, value, userId, JSON.stringify(supersedes), link).changes === 0) {
      if (link && seq > (state.heldBefore[deskId] ?? 0)) linkHeld.run(link, deskId, seq);
      continue;
    }
    state.inserted += 1;
    if (state.latestHlc === null || hlc > state.latestHlc) state.latestHlc = hlc;
    const fresh = freshEntity(db, state, entity, entityId);
    const superseded = supersedes.map(parseChangeId);
    const becameHead = applyToHeads(db, { deskId, seq, entity, entityId, field, supersedes: superseded }, false);
    if (!fresh) {
      state.touched.add(`${entity}\u0000${entityId}`);
      continue;
    }
    fresh.apply(field, { deskId, seq, hlc, value }, superseded, becameHead);
    if (state.lastChangeOf.get(entityId) === position) {
      state.fresh.delete(entityId);
      projectFresh(db, fresh);
    }
  }
}

/**
 * Projects every entity still waiting and refreshes its conflicts. An
 * entity of a kind this version does not know (from a newer desk) stays in
 * the log and is projected once this desk is upgraded; one whose creation
 * has not arrived yet waits for it.
 */
export function projectTouched(db: Db, state: AppliedChanges): void {
  for (const fresh of state.fresh.values()) projectFresh(db, fresh);
  state.fresh.clear();
  const hadConflict = prepared(db, 'SELECT 1 FROM field_conflicts WHERE entity_id = ? LIMIT 1', 'pluck');
  for (const key of [...state.touched].sort()) {
    const [entity, entityId] = key.split('\u0000') as [string, string];
    if (!isEntityName(entity)) continue;
    const entityState = readEntityState(db, entityId);
    projectEntityState(db, entity, entityState);
    // Most entities arrive whole from one desk: one value per field, nothing to check.
    if (entityState.severalHeads || entityState.fields.has('deleted') || hadConflict.get(entityId)) refreshEntityConflicts(db, entity, entityId);
  }
}
