/**
 * One move in a case's life: checked against the rules, applied to the
 * case's fields, and recorded as an event with who, when and why, all in
 * one transaction. The request id makes a double click harmless.
 */
import type { CaseDetail } from '../../../shared/contract';
import type { Transition } from '../../../shared/schemas/lifecycle';
import type { CaseStatus, WatchedDeadline } from '../../../shared/domain';
import type { JsonValue, Writer } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import { getCase } from '../cases/case-queries';
import { DomainError, fieldError } from '../errors';
import { dueAfter, dueAfterPause } from './case-deadlines';
import { responseFields } from './response';
import { whenDone } from './when-done';
import { escalateMajor, escalationTarget } from './escalation';
import { assertTeamMembers, writeTeamMembers } from './special-team';
import { nextStatus, refusal, type CaseState } from '../../../shared/rules/transitions';
import { recordCaseEvent, writeCaseFields } from './case-writes';
import { callbackSettled, pendingCallback, scheduleCallback } from '../callbacks/schedule-callback';
import { readSettingValues } from '../settings/setting-values';
import { recordEntityUpdate } from '../changes/change-log';
import { assertActiveCategory, assertKnownDepartments, assertKnownPeople } from '../cases/entry-checks';
import { assertPermission } from '../access/permission-check';
import { prepared } from '../db/prepared';

function writeCallbackWaived(ctx: CoreContext, writer: Writer, callbackId: string): void {
  recordEntityUpdate(ctx.db, writer, 'callback', callbackId, { status: 'waived' });
}

export interface TransitionRequest {
  caseId: string;
  requestId: string;
  transition: Transition;
}

function assertDepartment(ctx: CoreContext, departmentId: string): void {
  assertKnownDepartments(ctx.db, [departmentId], 'departmentId');
}

function assertPerson(ctx: CoreContext, path: string, userId: string | null): void {
  if (userId) assertKnownPeople(ctx.db, [userId], path);
}

/** The field changes a move makes, beside the status. */
function fieldsFor(ctx: CoreContext, current: CaseDetail, transition: Transition, now: number, toStatus: CaseStatus): Record<string, JsonValue> {
  const due = (kind: WatchedDeadline) => dueAfter(ctx.db, current, kind, now);
  switch (transition.action) {
    case 'judge': {
      const category = transition.category ?? current.category;
      if (category !== current.category) assertActiveCategory(ctx.db, category);
      const fields: Record<string, JsonValue> = {
        category,
        nature: transition.nature,
        communicativeType: transition.communicativeType,
        judgedAt: now,
        judgeNote: transition.note,
        invalidExplanation: transition.explanation,
        // The judged nature and category may have their own response time, still counted from receipt.
        responseDueAt: dueAfter(ctx.db, { ...current, nature: transition.nature, category }, 'response', current.receivedAt),
      };
      if (transition.nature === 'invalid') fields.closedAt = now;
      return fields;
    }
    case 'refer_to_manager':
      return { judgeNote: transition.note };
    case 'dispatch':
      assertDepartment(ctx, transition.departmentId);
      assertPerson(ctx, 'assigneeId', transition.assigneeId);
      return {
        departmentId: transition.departmentId,
        assigneeId: transition.assigneeId,
        dispatchedAt: now,
        dueAt: transition.dueAt ?? due('resolution'),
        acceptanceDueAt: due('acceptance'),
        pausedAt: null,
      };
    case 'accept':
      return {};
    case 'resolve':
      return {
        resolvedAt: whenDone(now, transition.doneAt, current.dispatchedAt ?? current.receivedAt, 'doneAt'),
        resolutionSummary: transition.summary,
        pausedAt: null,
        // Where the office verifies results (跟踪验证), the callback waits for the verification; elsewhere nothing is written.
        ...(readSettingValues(ctx.db).verifyResults ? { verificationPending: true, ...(current.verificationResult ? { verificationResult: '' } : {}) } : {}),
      };
    case 'verify':
      return {
        verificationPending: false,
        verificationResult: transition.result,
        verificationNote: transition.note,
        verifiedBy: ctx.session.userId,
        verifiedAt: now,
        // Sent back: the department works on it again, and resolves it again.
        ...(transition.result === 'failed' ? { resolvedAt: null } : {}),
      };
    case 'resolve_on_the_spot': {
      // The nature chosen at registration is the judgment; not chosen, a complaint settled at the desk was a valid one.
      const nature = current.nature === 'major' ? 'major' : 'valid';
      return {
        nature,
        judgedAt: now,
        resolvedAt: now,
        resolutionSummary: transition.summary,
        // Closed at once where the office does not call such cases back (nextStatus read the setting).
        ...(toStatus === 'closed' ? { closedAt: now } : {}),
      };
    }
    case 'close': {
      const exception = transition.callbackException;
      if (exception) assertMayWaiveCallback(ctx, current.id, exception.reason);
      return {
        closedAt: now,
        callbackException: exception?.reason ?? '',
        callbackExceptionNote: exception?.note ?? '',
        ...summaryFields(transition),
      };
    }
    case 'summarise':
      return summaryFields(transition);
    case 'reopen':
      return {
        reopenCount: current.reopenCount + 1,
        resolvedAt: null,
        closedAt: null,
        dueAt: transition.dueAt ?? due('resolution'),
        // Back with its department, which must accept it again in its time.
        acceptanceDueAt: toStatus === 'dispatched' ? due('acceptance') : null,
        pausedAt: null,
        ...(current.verificationPending ? { verificationPending: false } : {}),
      };
    case 'pause':
      return { pausedAt: now };
    case 'resume':
      return {
        pausedAt: null,
        dueAt: current.dueAt === null || current.pausedAt === null ? current.dueAt : dueAfterPause(ctx.db, current, current.dueAt, current.pausedAt, now),
      };
    case 'escalate': {
      const level = current.escalationLevel + 1;
      const target = transition.toUserId ?? escalationTarget(ctx.db, level);
      assertPerson(ctx, 'toUserId', target);
      if (!target) throw new DomainError('INVALID_TRANSITION', 'There is nobody further up to escalate to: choose a person');
      return { escalationLevel: level, escalatedTo: target, escalatedAt: now };
    }
    case 'refer_to_company':
      return { referredToCompany: true };
    case 'decide_referral':
      return {
        referralDecision: transition.decision,
        referralInstructions: transition.instructions,
        referralDecidedBy: ctx.session.userId,
        referralDecidedAt: now,
      };
    case 'plan':
      assertDepartment(ctx, transition.departmentId);
      if (!transition.leaderId && !transition.person) throw fieldError('leaderId', 'errors.required', 'The special team needs a leader');
      assertPerson(ctx, 'leaderId', transition.leaderId ?? null);
      assertTeamMembers(ctx.db, { people: transition.memberIds, departments: transition.memberDepartmentIds });
      return {
        planDepartmentId: transition.departmentId,
        planPerson: transition.person,
        planDueAt: transition.dueAt,
        planMeasures: transition.measures,
        ...(transition.leaderId ? { teamLeaderId: transition.leaderId } : {}),
      };
  }
}

type SummaryTransition = Extract<Transition, { action: 'close' | 'summarise' }>;

/** The closing summary (总结): cause, lesson, improvement, and who answers for it (责任追究, seed 004). */
function summaryFields(transition: SummaryTransition): Record<string, JsonValue> {
  return {
    closeCause: transition.cause,
    closeLesson: transition.lesson,
    closeImprovement: transition.improvement,
    accountabilityLevel: transition.accountabilityLevel,
    accountabilityPerson: transition.accountabilityPerson,
    accountabilityMeasure: transition.accountabilityMeasure,
  };
}

/**
 * Closing without a callback is a manager's decision, and "unreachable"
 * means the desk really tried: at least the configured number of attempts.
 */
function assertMayWaiveCallback(ctx: CoreContext, caseId: string, reason: 'unreachable' | 'refused'): void {
  assertPermission(ctx, 'waive_callback');
  const pending = pendingCallback(ctx.db, caseId);
  const needed = readSettingValues(ctx.db).unreachableAttempts;
  if (reason === 'unreachable' && (pending?.attempts ?? 0) < needed) {
    // The office's rule, said beside the reason chosen: not a case someone else moved on.
    throw fieldError('callbackException.reason', 'errors.tooFewAttempts', `Unreachable means at least ${needed} recorded attempts, far enough apart`);
  }
}

function reasonOf(transition: Transition): string {
  switch (transition.action) {
    case 'judge':
      return transition.nature === 'invalid' ? transition.explanation : transition.note;
    case 'resolve':
    case 'resolve_on_the_spot':
      return transition.summary;
    case 'reopen':
    case 'pause':
    case 'escalate':
      return transition.reason;
    case 'plan':
      return transition.measures;
    case 'decide_referral':
      return transition.decision;
    case 'verify':
      return transition.note;
    case 'close':
      return transition.callbackException?.note ?? transition.cause;
    case 'summarise':
      return transition.cause;
    default:
      return 'note' in transition ? transition.note : '';
  }
}

/** Whether this move is the one that first decides "major": judging, or settling on the spot a case registered as major. */
function decidesMajor(current: CaseDetail, transition: Transition): boolean {
  return transition.action === 'judge' ? transition.nature === 'major' : transition.action === 'resolve_on_the_spot' && current.nature === 'major';
}

/** What the rules (shared/rules/transitions.ts) need to know of a case; the on-the-spot setting only for that move. */
function caseState(ctx: CoreContext, current: CaseDetail, transition: Transition): CaseState {
  return {
    status: current.status,
    paused: current.pausedAt !== null,
    hasDepartment: current.departmentId !== null,
    callbackSettled: callbackSettled(ctx.db, current.id),
    ...(transition.action === 'resolve_on_the_spot' ? { onTheSpotCallback: readSettingValues(ctx.db).onTheSpotCallback } : {}),
    referred: current.referredToCompany,
    referralDecided: current.referralDecidedAt !== null,
    verificationPending: current.verificationPending,
  };
}

export function transitionCase(ctx: CoreContext, request: TransitionRequest): CaseDetail {
  const writer = writerFor(ctx);
  const read = () => getCase(ctx.db, request.caseId, { now: ctx.now(), userId: ctx.session.userId });
  return ctx.db.transaction(() => {
    if (prepared(ctx.db, 'SELECT 1 FROM case_events WHERE request_id = ?').get(request.requestId)) return read();
    const current = read();
    if (current.voided || current.mergedInto) {
      throw new DomainError('INVALID_TRANSITION', 'A voided or merged case is restored before anything else is done with it');
    }
    const state = caseState(ctx, current, request.transition);
    const refused = refusal(state, request.transition);
    if (refused) throw new DomainError('INVALID_TRANSITION', refused);
    // What the desk could not judge goes to the manager (seed 001): judging it is theirs.
    if (request.transition.action === 'judge' && current.status === 'awaiting_manager') assertPermission(ctx, 'judge_referred');
    // Seed 001: an assistant verifies ordinary results, the manager major ones.
    if (request.transition.action === 'verify' && current.nature === 'major') assertPermission(ctx, 'verify_major');
    const now = ctx.now();
    const toStatus = nextStatus(state, request.transition);
    const fields = fieldsFor(ctx, current, request.transition, now, toStatus);
    writeCaseFields(ctx.db, writer, current.id, {
      ...fields,
      ...responseFields(current.respondedAt, { move: request.transition.action }, now),
      status: toStatus,
    });
    const { action, ...data } = request.transition;
    recordCaseEvent(ctx.db, writer, {
      caseId: current.id,
      action,
      fromStatus: current.status,
      toStatus,
      reason: reasonOf(request.transition),
      data,
      at: now,
      requestId: request.requestId,
    });
    if (request.transition.action === 'plan' && request.transition.leaderId) {
      const { memberIds, memberDepartmentIds } = request.transition;
      writeTeamMembers(ctx.db, writer, current.id, { people: memberIds, departments: memberDepartmentIds }, now);
    }
    if (decidesMajor(current, request.transition) && current.escalationLevel === 0) escalateMajor(ctx.db, writer, current.id, toStatus, now);
    const { action: move } = request.transition;
    const resolvedNow = (move === 'resolve' && fields.verificationPending !== true) || (move === 'resolve_on_the_spot' && toStatus === 'resolved');
    if (resolvedNow) {
      // The callback falls due counted from when the work was finished, not from when it was typed in.
      scheduleCallback(ctx.db, writer, current, typeof fields.resolvedAt === 'number' ? fields.resolvedAt : now);
    }
    // A verified result is called back from the verification: nobody could call before it.
    if (move === 'verify' && request.transition.result === 'passed') scheduleCallback(ctx.db, writer, current, now);
    const waivesCallback =
      request.transition.action === 'reopen' || (request.transition.action === 'close' && request.transition.callbackException);
    if (waivesCallback) {
      const pending = pendingCallback(ctx.db, current.id);
      if (pending) writeCallbackWaived(ctx, writer, pending.id);
    }
    return read();
  })();
}
