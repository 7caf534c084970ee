/** The two writes every lifecycle step makes: the case's fields, and an event saying who did what and why. */
import { recordChanges, recordEntityUpdate, type JsonValue, type Writer } from '../changes/change-log';
import type { Db } from '../db/connection';
import { newId } from '../ids';

export function writeCaseFields(db: Db, writer: Writer, caseId: string, fields: Record<string, JsonValue>): void {
  recordEntityUpdate(db, writer, 'case', caseId, fields);
}

export interface CaseEventInput {
  caseId: string;
  action: string;
  fromStatus: string;
  toStatus: string;
  reason: string;
  data: Record<string, unknown>;
  at: number;
  requestId: string | null;
}

/** Events are append-only: written once, never edited. */
export function recordCaseEvent(db: Db, writer: Writer, event: CaseEventInput): string {
  const id = newId();
  recordChanges(db, writer, 'case_event', id, [
    { field: 'caseId', value: event.caseId },
    { field: 'action', value: event.action },
    { field: 'fromStatus', value: event.fromStatus },
    { field: 'toStatus', value: event.toStatus },
    { field: 'reason', value: event.reason },
    { field: 'data', value: JSON.stringify(event.data) },
    { field: 'at', value: event.at },
    { field: 'userId', value: writer.userId },
    { field: 'requestId', value: event.requestId },
  ]);
  return id;
}
