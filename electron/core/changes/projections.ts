/**
 * Rebuilds an entity's row from the current heads of its fields. Where desks
 * disagree (several heads on one field) the latest clock wins for the row;
 * the disagreement itself stays in `heads` for the conflict screen.
 */
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';
import { decodeHlc } from './hlc';
import type { Projector } from './table-projection';
import { caseProjector } from '../cases/case-projection';
import { entityProjectors } from './entity-tables';

export const ENTITY_NAMES = [
  'case',
  'user',
  'site',
  'department',
  'category',
  'deadline_rule',
  'calendar_day',
  'setting',
  'case_event',
  'followup',
  'attachment',
  'case_group',
  'callback',
  'callback_attempt',
  'access_log',
  'team_member',
  'measure',
  'contractor',
  'rectification_notice',
  'fine',
  'claim',
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

export function isEntityName(name: string): name is EntityName {
  return (ENTITY_NAMES as readonly string[]).includes(name);
}

export type FieldValues = ReadonlyMap<string, unknown>;

export interface EntityState {
  id: string;
  fields: FieldValues;
  /** Wall-clock time of the newest head: when the entity last changed. */
  updatedAt: number;
  /** Whether some field has several current values (desks disagreeing, or agreeing twice). */
  severalHeads: boolean;
}

type HeadRow = { field: string; value: string; hlc: string };
const HEAD_VALUES_SQL = `SELECT h.field AS field, c.value AS value, c.hlc AS hlc
   FROM heads h JOIN changes c ON c.desk_id = h.change_desk_id AND c.seq = h.change_seq
  WHERE h.entity_id = ?`;

export function readEntityState(db: Db, entityId: string): EntityState {
  const fields = new Map<string, unknown>();
  // Where a field has several heads the latest clock wins; picked here rather than sorted in SQL,
  // which cost a temporary sort for every entity an import projects.
  const clocks = new Map<string, string>();
  let newest = '';
  let severalHeads = false;
  for (const row of prepared(db, HEAD_VALUES_SQL).all(entityId) as HeadRow[]) {
    if (row.hlc > newest) newest = row.hlc;
    const seen = clocks.get(row.field);
    if (seen !== undefined) {
      severalHeads = true;
      if (row.hlc < seen) continue;
    }
    clocks.set(row.field, row.hlc);
    fields.set(row.field, JSON.parse(row.value));
  }
  return { id: entityId, fields, updatedAt: newest ? decodeHlc(newest).millis : 0, severalHeads };
}

const projectors: Record<EntityName, Projector> = { ...entityProjectors, case: caseProjector };

/** Projects an entity; false when it is not complete yet (its creation has not arrived). */
export function projectEntity(db: Db, entity: EntityName, entityId: string): boolean {
  return projectEntityState(db, entity, readEntityState(db, entityId));
}

export function projectEntityState(db: Db, entity: EntityName, state: EntityState): boolean {
  return projectors[entity](db, state);
}
