/**
 * The current value(s) of every field, kept so that the projected tables are
 * a pure function of the set of changes, whatever order they arrived in:
 * a field's heads are its changes that no other change supersedes. One head
 * is the normal case; several with different values is a conflict between
 * desks, kept in `field_conflicts` until someone resolves it.
 */
import type { Db } from '../db/connection';
import { isDeletedValue } from './deletion';
import { prepared } from '../db/prepared';

export interface ChangeKey {
  deskId: string;
  seq: number;
}

export interface HeadUpdate extends ChangeKey {
  entity: string;
  entityId: string;
  field: string;
  supersedes: readonly ChangeKey[];
}

type Run = { run(...params: unknown[]): unknown };
type Get<T> = { get(...params: unknown[]): T | undefined };
type All<T> = { all(...params: unknown[]): T[] };

interface Statements {
  addEdge: Run;
  dropHead: Run;
  isSuperseded: Get<{ one: number }>;
  addHead: Run;
  headValues: All<{ value: string }>;
  markConflict: Run;
  clearConflict: Run;
  deletedHead: All<{ value: string }>;
  otherHeads: All<{ deskId: string; seq: number }>;
}

const cache = new WeakMap<Db, Statements>();

function statements(db: Db): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      addEdge: db.prepare(
        'INSERT OR IGNORE INTO supersessions (superseded_desk_id, superseded_seq, by_desk_id, by_seq) VALUES (?, ?, ?, ?)',
      ),
      dropHead: db.prepare('DELETE FROM heads WHERE entity_id = ? AND field = ? AND change_desk_id = ? AND change_seq = ?'),
      isSuperseded: db.prepare(
        'SELECT 1 AS one FROM supersessions WHERE superseded_desk_id = ? AND superseded_seq = ? LIMIT 1',
      ) as unknown as Get<{ one: number }>,
      addHead: db.prepare('INSERT OR IGNORE INTO heads (entity_id, field, change_desk_id, change_seq) VALUES (?, ?, ?, ?)'),
      headValues: db.prepare(
        `SELECT c.value FROM heads h JOIN changes c ON c.desk_id = h.change_desk_id AND c.seq = h.change_seq
          WHERE h.entity_id = ? AND h.field = ?`,
      ) as unknown as All<{ value: string }>,
      markConflict: db.prepare('INSERT OR IGNORE INTO field_conflicts (entity_id, field, entity) VALUES (?, ?, ?)'),
      clearConflict: db.prepare('DELETE FROM field_conflicts WHERE entity_id = ? AND field = ?'),
      deletedHead: db.prepare(
        `SELECT c.value FROM heads h JOIN changes c ON c.desk_id = h.change_desk_id AND c.seq = h.change_seq
          WHERE h.entity_id = ? AND h.field = 'deleted'`,
      ) as unknown as All<{ value: string }>,
      otherHeads: db.prepare(
        `SELECT change_desk_id AS deskId, change_seq AS seq FROM heads WHERE entity_id = ? AND field <> 'deleted'`,
      ) as unknown as All<{ deskId: string; seq: number }>,
    };
    cache.set(db, s);
  }
  return s;
}

/**
 * Moves a field's heads on for one change (local or received); true when
 * the change became one of them. An import of many changes passes
 * refresh=false and refreshes each entity's conflicts once at the end
 * (refreshEntityConflicts).
 */
export function applyToHeads(db: Db, change: HeadUpdate, refresh = true): boolean {
  const s = statements(db);
  for (const old of change.supersedes) {
    s.addEdge.run(old.deskId, old.seq, change.deskId, change.seq);
    s.dropHead.run(change.entityId, change.field, old.deskId, old.seq);
  }
  // A change that arrives after the one that replaced it never becomes current.
  const current = !s.isSuperseded.get(change.deskId, change.seq);
  if (current) s.addHead.run(change.entityId, change.field, change.deskId, change.seq);
  if (refresh) {
    if (change.field === 'deleted') refreshDeleteConflict(db, change.entity, change.entityId);
    else {
      refreshFieldConflict(db, change.entity, change.entityId, change.field);
      refreshDeleteConflict(db, change.entity, change.entityId);
    }
  }
  return current;
}

/** Several current values that differ is a conflict; several that agree are not. */
export function refreshFieldConflict(db: Db, entity: string, entityId: string, field: string): void {
  const s = statements(db);
  const values = new Set(s.headValues.all(entityId, field).map((row) => row.value));
  if (values.size > 1) s.markConflict.run(entityId, field, entity);
  else s.clearConflict.run(entityId, field);
}

/**
 * An edit the deleting desk had not seen when it deleted (made concurrently
 * on another desk) is a conflict on the entity's `deleted` field: someone
 * must decide whether the edit or the deletion stands.
 */
export function refreshDeleteConflict(db: Db, entity: string, entityId: string): void {
  const s = statements(db);
  const deletions = s.deletedHead.all(entityId).map((row) => JSON.parse(row.value) as unknown);
  const states = new Set(deletions.map(isDeletedValue));
  const seen = new Set<string>();
  for (const value of deletions) {
    if (isDeletedValue(value)) for (const id of (value as { seen?: string[] }).seen ?? []) seen.add(id);
  }
  // Deleted on one desk and restored on another, or deleted while another desk edited it.
  const disagree = states.size > 1;
  const unseenEdit = states.has(true) && s.otherHeads.all(entityId).some((head) => !seen.has(`${head.deskId}:${head.seq}`));
  if (disagree || unseenEdit) s.markConflict.run(entityId, 'deleted', entity);
  else s.clearConflict.run(entityId, 'deleted');
}

/** Re-checks every field of an entity for disagreement between desks. */
export function refreshEntityConflicts(db: Db, entity: string, entityId: string): void {
  const fields = new Set(
    prepared(
      db,
      `SELECT field FROM heads WHERE entity_id = ? GROUP BY field HAVING count(*) > 1
       UNION SELECT field FROM field_conflicts WHERE entity_id = ?`,
      'pluck',
    ).all(entityId, entityId) as string[],
  );
  for (const field of fields) if (field !== 'deleted') refreshFieldConflict(db, entity, entityId, field);
  refreshDeleteConflict(db, entity, entityId);
}

export function currentHeadIds(db: Db, entityId: string, field: string): ChangeKey[] {
  return prepared(db, 'SELECT change_desk_id AS deskId, change_seq AS seq FROM heads WHERE entity_id = ? AND field = ?').all(
    entityId,
    field,
  ) as ChangeKey[];
}
