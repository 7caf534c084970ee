import type { Db } from '../db/connection';
import { recordChanges, type Writer } from './change-log';
import type { EntityName } from './projections';

/**
 * Soft-deletes an entity, noting every change this desk has seen on it so a
 * concurrent edit elsewhere surfaces as a conflict (changes/heads.ts).
 */
export function deleteEntity(db: Db, writer: Writer, entity: EntityName, entityId: string): void {
  const seen = db
    .prepare(`SELECT change_desk_id || ':' || change_seq FROM heads WHERE entity_id = ? AND field <> 'deleted'`)
    .pluck()
    .all(entityId) as string[];
  recordChanges(db, writer, entity, entityId, [{ field: 'deleted', value: { deleted: true, seen: seen.sort() } }]);
}

export function restoreEntity(db: Db, writer: Writer, entity: EntityName, entityId: string): void {
  recordChanges(db, writer, entity, entityId, [{ field: 'deleted', value: false }]);
}
