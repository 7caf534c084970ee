/**
 * Taking other desks' changes into this one. Each change is added to the
 * log once (a change already here was checked identical beforehand), the
 * heads move on, and every entity touched is projected again at the end,
 * so the tables come out the same whatever order the changes arrived in.
 */
import type { Db } from '../db/connection';
import { applyToHeads, refreshEntityConflicts } from '../changes/heads';
import { isEntityName, projectEntityState, readEntityState } from '../changes/projections';
import type { ChangeTuple } from './records';
import { prepared } from '../db/prepared';

export interface AppliedChanges {
  inserted: number;
  /** `entity\u0000id` of every entity that received a new change. */
  touched: Set<string>;
  latestHlc: string | null;
}

type Run = { run(...params: unknown[]): { changes: number } };

export function parseChangeId(id: string): { deskId: string; seq: number } {
  const colon = id.lastIndexOf(':');
  return { deskId: id.slice(0, colon), seq: Number(id.slice(colon + 1)) };
}

export function newApplyState(): AppliedChanges {
  return { inserted: 0, touched: new Set(), latestHlc: null };
}

export function applyChangeBatch(db: Db, changes: readonly ChangeTuple[], state: AppliedChanges): void {
  const insert = prepared(
    db,
    `INSERT OR IGNORE INTO changes (desk_id, seq, hlc, entity, entity_id, field, value, user_id, supersedes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ) as unknown as Run;
  for (const [deskId, seq, hlc, entity, entityId, field, value, userId, supersedes] of changes) {
    if (insert.run(deskId, seq, hlc, entity, entityId, field, value, userId, JSON.stringify(supersedes)).changes === 0) continue;
    state.inserted += 1;
    applyToHeads(db, { deskId, seq, entity, entityId, field, supersedes: supersedes.map(parseChangeId) }, false);
    state.touched.add(`${entity}\u0000${entityId}`);
    if (state.latestHlc === null || hlc > state.latestHlc) state.latestHlc = hlc;
  }
}

/**
 * Projects every touched entity and refreshes its conflicts. An entity of a
 * kind this version does not know (from a newer desk) stays in the log and
 * is projected once this desk is upgraded; one whose creation has not
 * arrived yet waits for it.
 */
export function projectTouched(db: Db, touched: ReadonlySet<string>): void {
  const hadConflict = prepared(db, 'SELECT 1 FROM field_conflicts WHERE entity_id = ? LIMIT 1', 'pluck');
  for (const key of [...touched].sort()) {
    const [entity, entityId] = key.split('\u0000') as [string, string];
    if (!isEntityName(entity)) continue;
    const state = readEntityState(db, entityId);
    projectEntityState(db, entity, state);
    // Most entities arrive whole from one desk: one value per field, nothing to check.
    if (state.severalHeads || state.fields.has('deleted') || hadConflict.get(entityId)) refreshEntityConflicts(db, entity, entityId);
  }
}
