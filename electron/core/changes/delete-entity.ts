import type { Db } from '../db/connection';
import { recordChanges, type Writer } from './change-log';
import type { EntityName } from './projections';
import { readEntityHeads } from './entity-heads';

/**
 * Soft-deletes an entity, noting every change this desk has seen on it so a
 * concurrent edit elsewhere surfaces as a conflict (changes/entity-heads.ts).
 */
export function deleteEntity(db: Db, writer: Writer, entity: EntityName, entityId: string): void {
  const seen = [...readEntityHeads(db, entityId).fields()]
    .filter(([field]) => field !== 'deleted')
    .flatMap(([, heads]) => heads.map((head) => `${head[0]}:${head[1]}`));
  recordChanges(db, writer, entity, entityId, [{ field: 'deleted', value: { deleted: true, seen: seen.sort() } }]);
}

export function restoreEntity(db: Db, writer: Writer, entity: EntityName, entityId: string): void {
  recordChanges(db, writer, entity, entityId, [{ field: 'deleted', value: false }]);
}
