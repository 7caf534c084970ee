/**
 * The current value(s) of every field of a record, worked out from its
 * changes: a field's heads are its changes that no change of the record
 * supersedes. So the projected tables are a pure function of the set of
 * changes, whatever order they arrived in. One head is the normal case;
 * several with different values is a conflict between desks, kept in
 * `field_conflicts` until someone resolves it.
 *
 * A change may only supersede changes of its own record and field (the
 * import refuses any other), so a record's changes are all it takes; the
 * heads are not stored, they are read from the log with the record.
 */
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';
import type { ChangeTuple } from '../sync/records';
import { isDeletedValue } from './deletion';
import { decodeHlc } from './hlc';
import { changesOfEntity } from './log-entries';
import type { EntityState } from './projections';

export interface ChangeKey {
  deskId: string;
  seq: number;
}

export function formatChangeId(id: ChangeKey): string {
  return `${id.deskId}:${id.seq}`;
}

export function parseChangeId(id: string): ChangeKey {
  const colon = id.lastIndexOf(':');
  return { deskId: id.slice(0, colon), seq: Number(id.slice(colon + 1)) };
}

/** Written the way formatChangeId writes it, whatever the change wrote ("d:07" is "d:7"). */
function normalId(id: string): string {
  return formatChangeId(parseChangeId(id));
}

const idOf = (change: ChangeTuple): string => `${change[0]}:${change[1]}`;

export class EntityHeads {
  private readonly heads = new Map<string, ChangeTuple[]>();
  private readonly superseded = new Set<string>();

  constructor(readonly id: string) {}

  /** Takes one more change of the record into account; any order gives the same heads. */
  apply(change: ChangeTuple): void {
    const field = change[5];
    for (const old of change[8]) {
      const id = normalId(old);
      this.superseded.add(id);
      const current = this.heads.get(field);
      const at = current ? current.findIndex((head) => idOf(head) === id) : -1;
      if (at >= 0) current!.splice(at, 1);
    }
    if (this.superseded.has(idOf(change))) return;
    const current = this.heads.get(field);
    if (current) current.push(change);
    else this.heads.set(field, [change]);
  }

  /** The field's heads, as change ids (what a local write of the field supersedes). */
  headIds(field: string): string[] {
    return (this.heads.get(field) ?? []).map(idOf);
  }

  headsOf(field: string): readonly ChangeTuple[] {
    return this.heads.get(field) ?? [];
  }

  /** Every field with its heads. */
  fields(): IterableIterator<[string, ChangeTuple[]]> {
    return this.heads.entries();
  }

  /** The values the row is projected from: where a field has several heads, the latest clock wins. */
  state(): EntityState {
    const fields = new Map<string, unknown>();
    let newest = '';
    let severalHeads = false;
    for (const [field, heads] of this.heads) {
      if (heads.length === 0) continue;
      if (heads.length > 1) severalHeads = true;
      let latest = heads[0]!;
      for (const head of heads) {
        if (head[2] >= latest[2]) latest = head;
        if (head[2] > newest) newest = head[2];
      }
      fields.set(field, JSON.parse(latest[6]));
    }
    return { id: this.id, fields, updatedAt: newest ? decodeHlc(newest).millis : 0, severalHeads };
  }

  /**
   * The fields in conflict: several current values that differ (several that agree are not), and
   * `deleted` when the record was deleted on one desk and restored on another, or deleted while another
   * desk edited it (an edit the deleting desk had not seen).
   */
  conflicts(): Set<string> {
    const found = new Set<string>();
    for (const [field, heads] of this.heads) {
      if (field !== 'deleted' && new Set(heads.map((head) => head[6])).size > 1) found.add(field);
    }
    const deletions = this.headsOf('deleted').map((head) => JSON.parse(head[6]) as unknown);
    const states = new Set(deletions.map(isDeletedValue));
    const seen = new Set<string>();
    for (const value of deletions) {
      if (isDeletedValue(value)) for (const id of (value as { seen?: string[] }).seen ?? []) seen.add(id);
    }
    const unseenEdit =
      states.has(true) && [...this.heads].some(([field, heads]) => field !== 'deleted' && heads.some((head) => !seen.has(idOf(head))));
    if (states.size > 1 || unseenEdit) found.add('deleted');
    return found;
  }
}

export function readEntityHeads(db: Db, entityId: string): EntityHeads {
  const heads = new EntityHeads(entityId);
  for (const change of changesOfEntity(db, entityId)) heads.apply(change);
  return heads;
}

/** Brings the record's rows in `field_conflicts` in line with its heads. */
export function recordConflicts(db: Db, entity: string, heads: EntityHeads): void {
  const found = heads.conflicts();
  const held = prepared(db, 'SELECT field FROM field_conflicts WHERE entity_id = ?', 'pluck').all(heads.id) as string[];
  for (const field of held) {
    if (!found.has(field)) prepared(db, 'DELETE FROM field_conflicts WHERE entity_id = ? AND field = ?').run(heads.id, field);
  }
  for (const field of found) {
    if (!held.includes(field)) prepared(db, 'INSERT INTO field_conflicts (entity_id, field, entity) VALUES (?, ?, ?)').run(heads.id, field, entity);
  }
}
