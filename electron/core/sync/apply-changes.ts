/**
 * Taking other desks' changes into this one. Each change is added to the
 * log once (a change already here was checked identical beforehand), grouped
 * into entries as its desk wrote them (changes/log-entries.ts), and every
 * entity touched is projected again from its heads, so the tables come out
 * the same whatever order the changes arrived in.
 *
 * An entity the file brings whole (none of its changes were here before) has
 * its heads worked out in memory and is projected right after its last change
 * in the file; any other is read back from the log once every change is in.
 */
import type { Db } from '../db/connection';
import { EntityHeads, readEntityHeads, recordConflicts } from '../changes/entity-heads';
import { ChangeFinder, EntryWriter, entityHasChanges, keepLink } from '../changes/log-entries';
import { isEntityName, projectEntityState, type EntityName } from '../changes/projections';
import { heldTops } from './change-checks';
import type { ChangeTuple } from './records';
import type { VersionVector } from './version-vector';

/** An entity the file brings whole, its heads mirrored in memory. */
interface FreshEntity {
  entity: EntityName;
  heads: EntityHeads;
}

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
  /** Set up with the first batch, inside the import's transaction. */
  writing: { entries: EntryWriter; finder: ChangeFinder; topHeld: (deskId: string) => number } | null;
}

export function newApplyState(
  lastChangeOf: ReadonlyMap<string, number>,
  links: ReadonlyMap<string, ReadonlyMap<number, Buffer>>,
  heldBefore: VersionVector,
): AppliedChanges {
  return { inserted: 0, touched: new Set(), fresh: new Map(), lastChangeOf, position: 0, latestHlc: null, links, heldBefore, writing: null };
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
  if (entityHasChanges(db, entityId)) return null;
  const fresh = { entity, heads: new EntityHeads(entityId) };
  state.fresh.set(entityId, fresh);
  return fresh;
}

/** Projects an entity the file brought whole. It had no changes before, so it has no recorded conflicts either. */
function projectFresh(db: Db, fresh: FreshEntity): void {
  const entityState = fresh.heads.state();
  projectEntityState(db, fresh.entity, entityState);
  if (entityState.severalHeads || entityState.fields.has('deleted')) recordConflicts(db, fresh.entity, fresh.heads);
}

/** Whether this desk held the change before the import (the checks compared it with the file's). */
function heldAlready(state: AppliedChanges, finder: ChangeFinder, topHeld: (deskId: string) => number, change: ChangeTuple): boolean {
  const [deskId, seq] = change;
  if (seq <= (state.heldBefore[deskId] ?? 0)) return true;
  // Beyond a hole (only in books from before version 17): look.
  return seq <= topHeld(deskId) && finder.find(deskId, seq) !== undefined;
}

export function applyChangeBatch(db: Db, changes: readonly ChangeTuple[], state: AppliedChanges): void {
  state.writing ??= {
    entries: new EntryWriter(db, (deskId, seq) => state.links.get(deskId)?.get(seq) ?? null),
    finder: new ChangeFinder(db),
    topHeld: heldTops(db),
  };
  const { entries, finder, topHeld } = state.writing;
  for (const change of changes) {
    const [deskId, seq, hlc, entity, entityId] = change;
    const position = state.position++;
    if (heldAlready(state, finder, topHeld, change)) {
      const link = state.links.get(deskId)?.get(seq);
      if (link && seq > (state.heldBefore[deskId] ?? 0)) keepLink(db, deskId, seq, link);
      continue;
    }
    entries.add(change);
    state.inserted += 1;
    if (state.latestHlc === null || hlc > state.latestHlc) state.latestHlc = hlc;
    const fresh = freshEntity(db, state, entity, entityId);
    if (!fresh) {
      state.touched.add(`${entity}\u0000${entityId}`);
      continue;
    }
    fresh.heads.apply(change);
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
  state.writing?.entries.flush();
  for (const fresh of state.fresh.values()) projectFresh(db, fresh);
  state.fresh.clear();
  for (const key of [...state.touched].sort()) {
    const [entity, entityId] = key.split('\u0000') as [string, string];
    if (!isEntityName(entity)) continue;
    const heads = readEntityHeads(db, entityId);
    projectEntityState(db, entity, heads.state());
    recordConflicts(db, entity, heads);
  }
}
