/**
 * The conflicts screen: fields two desks changed at the same time to
 * different values, and edits made while another desk deleted the record.
 * A supervisor picks the value that stands; that is a new change which
 * supersedes all of them, so every desk ends up with it.
 */
import type { Db } from '../db/connection';
import { recordChanges, type JsonValue } from '../changes/change-log';
import { deleteEntity, restoreEntity } from '../changes/delete-entity';
import { isEntityName } from '../changes/projections';
import { decodeHlc } from '../changes/hlc';
import { readEntityHeads } from '../changes/entity-heads';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import { DomainError } from '../errors';

export interface ConflictCandidate {
  changeId: string;
  /** The field this value is for: the conflict's own, or for a deletion conflict the field edited meanwhile. */
  field: string;
  value: unknown;
  at: number;
  deskCode: string;
  userName: string;
}

export interface Conflict {
  entity: string;
  entityId: string;
  field: string;
  /** The case the conflict is on, for finding it. */
  caseId: string | null;
  caseNumber: string;
  candidates: ConflictCandidate[];
}

function caseOf(db: Db, entity: string, entityId: string): { id: string; number: string } | null {
  const table: Record<string, string> = { followup: 'followups', attachment: 'attachments', callback: 'callbacks', case_event: 'case_events' };
  const caseId =
    entity === 'case' ? entityId : table[entity] ? (db.prepare(`SELECT case_id FROM ${table[entity]} WHERE id = ?`).pluck().get(entityId) as string | undefined) : undefined;
  if (!caseId) return null;
  const number = db.prepare('SELECT number FROM cases WHERE id = ?').pluck().get(caseId) as string | undefined;
  return { id: caseId, number: number ?? '' };
}

export function listConflicts(db: Db): Conflict[] {
  const rows = db.prepare('SELECT entity, entity_id AS entityId, field FROM field_conflicts ORDER BY entity_id, field').all() as {
    entity: string;
    entityId: string;
    field: string;
  }[];
  const deskCodes = new Map(db.prepare('SELECT desk_id, desk_code FROM desks').raw().all() as [string, string][]);
  const userName = db.prepare('SELECT name FROM users WHERE id = ?').pluck();
  return rows.map((row) => {
    const kase = caseOf(db, row.entity, row.entityId);
    const heads = readEntityHeads(db, row.entityId);
    const changes = row.field === 'deleted' ? [...heads.fields()].flatMap(([, list]) => list) : [...heads.headsOf(row.field)];
    changes.sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    return {
      ...row,
      caseId: kase?.id ?? null,
      caseNumber: kase?.number ?? '',
      candidates: changes.map((change) => ({
        changeId: `${change[0]}:${change[1]}`,
        field: change[5],
        value: JSON.parse(change[6]) as unknown,
        at: decodeHlc(change[2]).millis,
        deskCode: deskCodes.get(change[0]) ?? '',
        userName: change[7] === null ? '' : ((userName.get(change[7]) as string | undefined) ?? ''),
      })),
    };
  });
}

export interface Resolution {
  entityId: string;
  field: string;
  /** For a field: the value that stands. For `deleted`: true keeps it deleted, false restores it. */
  value: unknown;
}

/** Deciding between desks is a supervisor's job (a manager or the general manager). */
function assertSupervisor(ctx: CoreContext): void {
  const role = ctx.db.prepare('SELECT role FROM users WHERE id = ?').pluck().get(ctx.session.userId) as string | undefined;
  if (role !== 'manager' && role !== 'general_manager') {
    throw new DomainError('NOT_SUPERVISOR', 'Only a manager may decide a conflict between desks');
  }
}

export function resolveConflict(ctx: CoreContext, resolution: Resolution): Conflict[] {
  const writer = writerFor(ctx);
  assertSupervisor(ctx);
  ctx.db.transaction(() => {
    const row = ctx.db
      .prepare('SELECT entity FROM field_conflicts WHERE entity_id = ? AND field = ?')
      .pluck()
      .get(resolution.entityId, resolution.field) as string | undefined;
    if (!row || !isEntityName(row)) throw new DomainError('NOT_FOUND', 'That conflict has already been resolved');
    if (resolution.field === 'deleted') {
      if (resolution.value === true) deleteEntity(ctx.db, writer, row, resolution.entityId);
      else restoreEntity(ctx.db, writer, row, resolution.entityId);
    } else {
      recordChanges(ctx.db, writer, row, resolution.entityId, [{ field: resolution.field, value: resolution.value as JsonValue }]);
    }
  })();
  return listConflicts(ctx.db);
}
