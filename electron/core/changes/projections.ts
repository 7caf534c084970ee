/**
 * Rebuilds an entity's row from the current heads of its fields
 * (entity-heads.ts). Where desks disagree (several heads on one field) the
 * latest clock wins for the row; the disagreement itself is listed in
 * `field_conflicts` for the conflict screen.
 */
import type { Db } from '../db/connection';
import { readEntityHeads } from './entity-heads';
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

export function readEntityState(db: Db, entityId: string): EntityState {
  return readEntityHeads(db, entityId).state();
}

const projectors: Record<EntityName, Projector> = { ...entityProjectors, case: caseProjector };

/** Projects an entity; false when it is not complete yet (its creation has not arrived). */
export function projectEntity(db: Db, entity: EntityName, entityId: string): boolean {
  return projectEntityState(db, entity, readEntityState(db, entityId));
}

export function projectEntityState(db: Db, entity: EntityName, state: EntityState): boolean {
  return projectors[entity](db, state);
}
