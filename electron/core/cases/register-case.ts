import type { CaseDetail, CaseInput } from '../../../shared/contract';
import type { Transition } from '../../../shared/schemas/lifecycle';
import { INTAKE_FIELDS } from '../../../shared/vocabulary/case-fields';
import { formatChangeId, recordChanges, type FieldWrite } from '../changes/change-log';
import { assertPermission } from '../access/permission-check';
import { transitionCase } from '../lifecycle/transition-case';
import { dueAfter } from '../lifecycle/case-deadlines';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import { requireSetup } from '../desk/setup';
import { newId } from '../ids';
import { nextCaseNumber } from './case-number';
import { getCase } from './case-queries';
import { likelyDuplicateId } from './related-cases';
import { assertActiveCategory, assertPlausibleReceivedAt } from './entry-checks';

/**
 * What the desk decided as it registered (seeds 000, 001, 004): settled on the spot (当场解决); sent
 * to the manager to judge (交经理判定); or a nature chosen, which is the judgment, so it is not asked
 * again. 未判断 leaves the case registered, to be judged later.
 */
function decisionAtRegistration(input: CaseInput): Transition | null {
  if (input.onTheSpotResult !== undefined) return { action: 'resolve_on_the_spot', summary: input.onTheSpotResult };
  if (input.referToManager) return { action: 'refer_to_manager', note: '' };
  if (input.nature === 'unjudged') return null;
  return { action: 'judge', nature: input.nature, communicativeType: '', note: '', explanation: input.invalidExplanation ?? '' };
}

/**
 * Registers a complaint (登记) and gives it its number, all in one durable transaction with what the
 * desk decided as it registered.
 */
export function registerCase(ctx: CoreContext, input: CaseInput): CaseDetail {
  const writer = writerFor(ctx);
  return ctx.db.transaction(() => {
    // Inside the transaction: read outside it, the desk's row cost a read snapshot of its own.
    const { deskCode } = requireSetup(ctx);
    assertActiveCategory(ctx.db, input.category);
    const now = ctx.now();
    assertPlausibleReceivedAt(ctx.db, input.receivedAt, now, input.confirmOldReceivedAt === true);
    const id = newId();
    // A repeat complaint (重复投诉): same unit, same category, within the duplicate window.
    const repeatOf = likelyDuplicateId(ctx.db, input, input.receivedAt);
    // Fields an older desk never sent (the e-mail) are written only when given, so a registration costs no more than it must.
    const typed: FieldWrite[] = INTAKE_FIELDS.filter((field) => field !== 'email' || input.email !== '').map((field) => ({
      field,
      value: input[field],
    }));
    // The response clock (响应) runs from receipt, judged or not (lifecycle/response.ts says what stops it).
    const responseDueAt = dueAfter(ctx.db, input, 'response', input.receivedAt);
    const registered = recordChanges(ctx.db, writer, 'case', id, [
      { field: 'number', value: nextCaseNumber(ctx.db, deskCode, now) },
      { field: 'deskCode', value: deskCode },
      ...typed,
      { field: 'status', value: 'registered' },
      { field: 'createdAt', value: now },
      { field: 'createdBy', value: writer.userId },
      { field: 'repeatOf', value: repeatOf },
      ...(responseDueAt === null ? [] : [{ field: 'responseDueAt', value: responseDueAt }]),
    ]);
    const decision = decisionAtRegistration(input);
    if (decision) {
      // Decided at the desk, in the same transaction as the registration, by the rules of that move.
      assertPermission(ctx, 'judge');
      const requestId = `at-registration-${formatChangeId(registered[0]!)}`;
      transitionCase(ctx, { caseId: id, requestId, transition: decision });
    }
    return getCase(ctx.db, id, { now, userId: writer.userId });
  })();
}
