/**
 * 修改: a registration field set right after the case was saved. The new
 * value passes the same checks as at registration; it is written through
 * the change log (so the history keeps old → new, who and when, and two
 * desks correcting the same field differently become a conflict), and an
 * event records why.
 */
import type { CaseDetail, CorrectCaseInput } from '../../../shared/schemas/cases';
import { entrySchemaOf } from '../../../shared/vocabulary/case-fields';
import type { JsonValue } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import { DomainError, fieldError } from '../errors';
import { recordCaseEvent, writeCaseFields } from '../lifecycle/case-writes';
import { dueAfter } from '../lifecycle/case-deadlines';
import { getCase } from './case-queries';
import { assertActiveCategory, assertPlausibleReceivedAt } from './entry-checks';

function parseValue(input: CorrectCaseInput): JsonValue {
  const parsed = entrySchemaOf(input.field).safeParse(input.value);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'errors.invalid';
    throw fieldError(input.field, /^errors\.\w+$/.test(message) ? message : 'errors.invalid', `Not a valid ${input.field}`);
  }
  return parsed.data as JsonValue;
}

/** A receipt time set right moves the response deadline the judgment worked out from it. */
function followingFields(ctx: CoreContext, current: CaseDetail, input: CorrectCaseInput, value: JsonValue): Record<string, JsonValue> {
  if (input.field !== 'receivedAt' || current.responseDueAt === null || typeof value !== 'number') return {};
  const responseDueAt = dueAfter(ctx.db, current, 'response', value);
  return responseDueAt === null ? {} : { responseDueAt };
}

export function correctCase(ctx: CoreContext, input: CorrectCaseInput): CaseDetail {
  const writer = writerFor(ctx);
  const read = () => getCase(ctx.db, input.caseId, { now: ctx.now(), userId: ctx.session.userId });
  return ctx.db.transaction(() => {
    const current = read();
    if (current.voided || current.mergedInto) {
      throw new DomainError('INVALID_TRANSITION', 'A voided or merged case is restored before it is corrected');
    }
    const value = parseValue(input);
    if (input.field === 'category') assertActiveCategory(ctx.db, String(value));
    if (input.field === 'receivedAt') assertPlausibleReceivedAt(ctx.db, Number(value), ctx.now(), input.confirmOldReceivedAt === true);
    const previous = current[input.field];
    if (JSON.stringify(previous) === JSON.stringify(value)) {
      throw fieldError(input.field, 'errors.unchanged', `${input.field} already has that value`);
    }
    writeCaseFields(ctx.db, writer, current.id, { [input.field]: value, ...followingFields(ctx, current, input, value) });
    recordCaseEvent(ctx.db, writer, {
      caseId: current.id,
      action: 'correct',
      fromStatus: current.status,
      toStatus: current.status,
      reason: input.reason,
      data: { field: input.field, from: previous, to: value },
      at: ctx.now(),
      requestId: null,
    });
    return read();
  })();
}
