/**
 * 作废, 恢复 and 合并: a case registered by mistake is voided, a duplicate is
 * merged into the case it repeats, and either can be undone. Nothing is
 * deleted: the case keeps its number, history and records, leaves lists,
 * queues and statistics (the projection's `excluded` column), and stays
 * findable with the list's "set aside" filter. A merged case's follow-ups,
 * attachments and callbacks show on the case it was merged into.
 */
import type { CaseDetail } from '../../../shared/schemas/cases';
import type { JsonValue } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import { DomainError, fieldError } from '../errors';
import { recordCaseEvent, writeCaseFields } from '../lifecycle/case-writes';
import { getCase } from './case-queries';

interface SetAsideRequest {
  caseId: string;
  reason: string;
}

function change(ctx: CoreContext, caseId: string, action: string, fields: Record<string, JsonValue>, reason: string, data: Record<string, unknown>) {
  const writer = writerFor(ctx);
  const current = getCase(ctx.db, caseId);
  writeCaseFields(ctx.db, writer, caseId, fields);
  recordCaseEvent(ctx.db, writer, {
    caseId,
    action,
    fromStatus: current.status,
    toStatus: current.status,
    reason,
    data,
    at: ctx.now(),
    requestId: null,
  });
}

function read(ctx: CoreContext, caseId: string): CaseDetail {
  return getCase(ctx.db, caseId, { now: ctx.now(), userId: ctx.session.userId });
}

export function voidCase(ctx: CoreContext, request: SetAsideRequest): CaseDetail {
  return ctx.db.transaction(() => {
    const current = read(ctx, request.caseId);
    if (current.voided) throw new DomainError('INVALID_TRANSITION', 'The case is already voided');
    if (current.mergedInto) throw new DomainError('INVALID_TRANSITION', 'The case is merged into another: restore it first');
    change(ctx, current.id, 'void', { voided: true }, request.reason, {});
    return read(ctx, current.id);
  })();
}

export function restoreCase(ctx: CoreContext, request: SetAsideRequest): CaseDetail {
  return ctx.db.transaction(() => {
    const current = read(ctx, request.caseId);
    if (!current.voided && !current.mergedInto) throw new DomainError('INVALID_TRANSITION', 'The case is neither voided nor merged');
    const data = current.mergedInto ? { fromCaseId: current.mergedInto, fromNumber: current.mergedIntoNumber } : {};
    change(ctx, current.id, 'restore', { voided: false, mergedInto: null }, request.reason, data);
    return read(ctx, current.id);
  })();
}

export function mergeCase(ctx: CoreContext, request: SetAsideRequest & { intoCaseId: string }): CaseDetail {
  return ctx.db.transaction(() => {
    const current = read(ctx, request.caseId);
    if (request.intoCaseId === current.id) throw fieldError('intoCaseId', 'errors.mergeIntoItself', 'A case cannot be merged into itself');
    const into = read(ctx, request.intoCaseId);
    if (current.voided || current.mergedInto) throw new DomainError('INVALID_TRANSITION', 'The case is already voided or merged');
    if (into.voided || into.mergedInto) throw fieldError('intoCaseId', 'errors.mergeIntoSetAside', 'The case to merge into is voided or merged itself');
    change(ctx, current.id, 'merge', { mergedInto: into.id }, request.reason, { intoCaseId: into.id, intoNumber: into.number });
    // The original's story says what joined it, so whoever opens it sees the duplicate's records and why.
    recordCaseEvent(ctx.db, writerFor(ctx), {
      caseId: into.id,
      action: 'merged_in',
      fromStatus: into.status,
      toStatus: into.status,
      reason: request.reason,
      data: { fromCaseId: current.id, fromNumber: current.number },
      at: ctx.now(),
      requestId: null,
    });
    return read(ctx, into.id);
  })();
}
