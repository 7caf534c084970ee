/**
 * A group complaint worked as one (seed 001: one meeting or notice answers them all): the same step taken
 * on every member the step fits, each member keeping its own record (event, callback), and the members it
 * does not fit (another state) listed with why. One transaction: all or nothing.
 */
import type { GroupStepResult, Transition } from '../../../shared/schemas/lifecycle';
import { TRANSITION_PERMISSIONS } from '../../../shared/rules/permissions';
import { assertPermission } from '../access/permission-check';
import { pendingCallback } from '../callbacks/schedule-callback';
import { recordCallback } from '../callbacks/record-callback';
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

/** The group's complaints with the numbers the result names them by, in the order they came in. */
function members(ctx: CoreContext, groupId: string): { caseId: string; number: string }[] {
  const number = ctx.db.prepare('SELECT number FROM cases WHERE id = ?').pluck();
  return getGroup(ctx.db, groupId).caseIds.map((caseId) => ({ caseId, number: number.get(caseId) as string }));
}

/**
 * The move on every member it fits. transitionCase is the one judge of "fits": a member it refuses
 * (INVALID_TRANSITION) is rolled back to its savepoint and listed; any other refusal undoes the whole step.
 */
export function groupStep(ctx: CoreContext, input: { groupId: string; requestId: string; transition: Transition }): GroupStepResult {
  assertPermission(ctx, TRANSITION_PERMISSIONS[input.transition.action]);
  const result: GroupStepResult = { done: [], skipped: [] };
  ctx.db.transaction(() => {
    for (const member of members(ctx, input.groupId)) {
      try {
        transitionCase(ctx, { caseId: member.caseId, requestId: `${input.requestId}:${member.caseId}`, transition: input.transition });
        result.done.push(member);
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'INVALID_TRANSITION') throw error;
        result.skipped.push({ ...member, reason: error.message });
      }
    }
  })();
  if (result.done.length === 0 && result.skipped.length === 0) throw new DomainError('NOT_FOUND', 'The group has no complaints');
  return result;
}

/** One callback, as the customers answered it together (a meeting, a notice), recorded on every member awaiting one. */
export function groupCallback(ctx: CoreContext, input: GroupCallbackInput): GroupStepResult {
  const result: GroupStepResult = { done: [], skipped: [] };
  const { groupId, ...answer } = input;
  ctx.db.transaction(() => {
    for (const member of members(ctx, groupId)) {
      const pending = pendingCallback(ctx.db, member.caseId);
      if (!pending) {
        result.skipped.push({ ...member, reason: 'no callback is due' });
        continue;
      }
      recordCallback(ctx, { ...answer, callbackId: pending.id, requestId: `${input.requestId}:${member.caseId}` });
      result.done.push(member);
    }
  })();
  return result;
}
