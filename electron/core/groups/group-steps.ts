/**
 * A group complaint worked as one (seed 001: one meeting or notice answers them all): the same step taken
 * on every member the step fits, each member keeping its own record (event, callback), and the members it
 * does not fit (another state, another person's right) listed with why. One transaction: all or nothing.
 */
import type { GroupStepResult, Transition } from '../../../shared/schemas/lifecycle';
import { refusal } from '../../../shared/rules/transitions';
import { TRANSITION_PERMISSIONS } from '../../../shared/rules/permissions';
import { assertPermission } from '../access/permission-check';
import { callbackSettled, pendingCallback } from '../callbacks/schedule-callback';
import { recordCallback } from '../callbacks/record-callback';
import { getCase } from '../cases/case-queries';
import type { CoreContext } from '../context';
import { DomainError } from '../errors';
import { transitionCase } from '../lifecycle/transition-case';
import { getGroup } from './case-groups';

export interface GroupCallbackInput {
  groupId: string;
  requestId: string;
  method: 'phone' | 'home_visit' | 'email' | 'other';
  satisfaction: 'very_satisfied' | 'satisfied' | 'basically_satisfied' | 'unsatisfied';
  solved: boolean;
  customerWords: string;
}

function members(ctx: CoreContext, groupId: string) {
  const read = { now: ctx.now(), userId: ctx.session.userId };
  return getGroup(ctx.db, groupId).caseIds.map((id) => getCase(ctx.db, id, read));
}

/** The move on every member it fits; the others are skipped with the reason. */
export function groupStep(ctx: CoreContext, input: { groupId: string; requestId: string; transition: Transition }): GroupStepResult {
  assertPermission(ctx, TRANSITION_PERMISSIONS[input.transition.action]);
  const result: GroupStepResult = { done: [], skipped: [] };
  ctx.db.transaction(() => {
    for (const kase of members(ctx, input.groupId)) {
      const state = { status: kase.status, paused: kase.pausedAt !== null, hasDepartment: kase.departmentId !== null, callbackSettled: callbackSettled(ctx.db, kase.id) };
      const refused = kase.voided || kase.mergedInto ? 'set aside' : refusal(state, input.transition);
      if (refused) {
        result.skipped.push({ caseId: kase.id, number: kase.number, reason: refused });
        continue;
      }
      transitionCase(ctx, { caseId: kase.id, requestId: `${input.requestId}:${kase.id}`, transition: input.transition });
      result.done.push({ caseId: kase.id, number: kase.number });
    }
  })();
  if (result.done.length === 0 && result.skipped.length === 0) throw new DomainError('NOT_FOUND', 'The group has no complaints');
  return result;
}

/** One callback, as the customers answered it together (a meeting, a notice), recorded on every member awaiting one. */
export function groupCallback(ctx: CoreContext, input: GroupCallbackInput): GroupStepResult {
  const result: GroupStepResult = { done: [], skipped: [] };
  ctx.db.transaction(() => {
    for (const kase of members(ctx, input.groupId)) {
      const pending = pendingCallback(ctx.db, kase.id);
      if (!pending) {
        result.skipped.push({ caseId: kase.id, number: kase.number, reason: 'no callback is due' });
        continue;
      }
      const { groupId: _group, ...answer } = input;
      recordCallback(ctx, { ...answer, callbackId: pending.id, requestId: `${input.requestId}:${kase.id}` });
      result.done.push({ caseId: kase.id, number: kase.number });
    }
  })();
  return result;
}
