/**
 * Recording a callback: the customer's satisfaction on the four levels, and
 * whether the problem is really solved. Satisfied and solved closes the case;
 * otherwise it goes back to its department for rectification with a new
 * deadline, and a new callback follows its next resolution, round after
 * round until the customer is satisfied. Every round stays in the history.
 */
import type { CallbackAttemptResult, CallbackMethod, Satisfaction } from '../../../shared/domain';
import { recordChanges, type Writer } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import { getCase } from '../cases/case-queries';
import { DomainError, fieldError } from '../errors';
import { newId } from '../ids';
import { recordCaseEvent, writeCaseFields } from '../lifecycle/case-writes';
import { dueAfter } from '../lifecycle/case-deadlines';
import { whenDone } from '../lifecycle/when-done';
import { readSettingValues } from '../settings/setting-values';
import { getCallback } from './callback-queries';
import { requiredMethod } from './schedule-callback';
import type { Callback } from '../../../shared/schemas/callbacks';
import { assertPermission } from '../access/permission-check';

export interface RecordCallbackInput {
  callbackId: string;
  requestId: string;
  method: CallbackMethod;
  satisfaction: Satisfaction;
  solved: boolean;
  customerWords: string;
  rectificationDueAt?: number;
  /** When the callback was made, if not now. */
  doneAt?: number;
}

/** When the case was resolved (its receipt for a case never resolved): no callback can come before it. */
function resolvedAtOf(ctx: CoreContext, caseId: string): number {
  return ctx.db.prepare('SELECT coalesce(resolved_at, received_at) FROM cases WHERE id = ?').pluck().get(caseId) as number;
}

export function isSatisfied(satisfaction: Satisfaction): boolean {
  return satisfaction !== 'unsatisfied';
}

export function recordCallback(ctx: CoreContext, input: RecordCallbackInput): Callback {
  const writer = writerFor(ctx);
  ctx.db.transaction(() => {
    if (ctx.db.prepare('SELECT 1 FROM case_events WHERE request_id = ?').get(input.requestId)) return;
    const now = ctx.now();
    const callback = getCallback(ctx.db, input.callbackId, now);
    if (callback.status !== 'pending') throw new DomainError('INVALID_TRANSITION', 'This callback has already been recorded');
    const kase = getCase(ctx.db, callback.caseId, { now, userId: writer.userId });
    if (kase.status !== 'resolved') {
      throw new DomainError('INVALID_TRANSITION', `A callback is made once the case is resolved; this one is ${kase.status}`);
    }
    // Seed 001: a major complaint's callback is the manager's or the general manager's.
    if (kase.nature === 'major') assertPermission(ctx, 'record_major_callback');
    const needed = requiredMethod(kase.nature, readSettingValues(ctx.db).majorCallbackMethod);
    if (needed && input.method !== needed) {
      const key = needed === 'home_visit' ? 'errors.homeVisitRequired' : 'errors.methodRequired';
      throw fieldError('method', key, `The office's rules call a major complaint back by ${needed}`);
    }
    // When the customer was reached; the quotas and the callback rate count this time, the change log keeps the typing.
    const doneAt = whenDone(now, input.doneAt, kase.resolvedAt ?? kase.receivedAt, 'doneAt');
    recordChanges(ctx.db, writer, 'callback', callback.id, [
      { field: 'method', value: input.method },
      { field: 'status', value: 'done' },
      { field: 'satisfaction', value: input.satisfaction },
      { field: 'solved', value: input.solved },
      { field: 'customerWords', value: input.customerWords },
      { field: 'completedAt', value: doneAt },
      { field: 'completedBy', value: writer.userId },
    ]);
    const closes = isSatisfied(input.satisfaction) && input.solved;
    const toStatus = closes ? 'closed' : kase.departmentId ? 'dispatched' : 'registered';
    if (closes) {
      writeCaseFields(ctx.db, writer, kase.id, { status: 'closed', closedAt: doneAt });
    } else {
      writeCaseFields(ctx.db, writer, kase.id, {
        status: toStatus,
        reopenCount: kase.reopenCount + 1,
        resolvedAt: null,
        pausedAt: null,
        dueAt: input.rectificationDueAt ?? dueAfter(ctx.db, kase, 'resolution', now),
        // Back to its department, which must accept it again in its time.
        ...(toStatus === 'dispatched' ? { acceptanceDueAt: dueAfter(ctx.db, kase, 'acceptance', now) } : {}),
      });
    }
    recordCaseEvent(ctx.db, writer, {
      caseId: kase.id,
      action: 'callback',
      fromStatus: 'resolved',
      toStatus,
      reason: input.customerWords,
      data: {
        round: callback.round,
        method: input.method,
        satisfaction: input.satisfaction,
        solved: input.solved,
        ...(input.doneAt === undefined ? {} : { doneAt }),
      },
      at: now,
      requestId: input.requestId,
    });
  })();
  return getCallback(ctx.db, input.callbackId, ctx.now());
}

export interface AttemptInput {
  callbackId: string;
  result: CallbackAttemptResult;
  note: string;
  callAgainAt: number | null;
  /** When the attempt was made, if not now. */
  doneAt?: number;
}

/** A try that did not reach the customer; "call again at" moves the callback to that time in the queue. */
export function recordAttempt(ctx: CoreContext, input: AttemptInput): Callback {
  const writer: Writer = writerFor(ctx);
  ctx.db.transaction(() => {
    const now = ctx.now();
    const callback = getCallback(ctx.db, input.callbackId, now);
    if (callback.status !== 'pending') throw new DomainError('INVALID_TRANSITION', 'This callback has already been recorded');
    recordChanges(ctx.db, writer, 'callback_attempt', newId(), [
      { field: 'callbackId', value: callback.id },
      { field: 'caseId', value: callback.caseId },
      { field: 'result', value: input.result },
      { field: 'note', value: input.note },
      { field: 'callAgainAt', value: input.callAgainAt },
      { field: 'at', value: whenDone(now, input.doneAt, resolvedAtOf(ctx, callback.caseId), 'doneAt') },
      { field: 'userId', value: writer.userId },
    ]);
    if (input.callAgainAt !== null) recordChanges(ctx.db, writer, 'callback', callback.id, [{ field: 'dueAt', value: input.callAgainAt }]);
  })();
  return getCallback(ctx.db, input.callbackId, ctx.now());
}
