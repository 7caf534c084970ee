import type { CaseDetail, CaseInput } from '../../../shared/contract';
import { INTAKE_FIELDS } from '../../../shared/vocabulary/case-fields';
import { recordChanges, type FieldWrite } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import { requireSetup } from '../desk/setup';
import { newId } from '../ids';
import { nextCaseNumber } from './case-number';
import { getCase } from './case-queries';
import { likelyDuplicate } from './related-cases';
import { assertActiveCategory, assertPlausibleReceivedAt } from './entry-checks';

/** Registers a complaint (登记) and gives it its number, all in one durable transaction. */
export function registerCase(ctx: CoreContext, input: CaseInput): CaseDetail {
  const { deskCode } = requireSetup(ctx);
  const writer = writerFor(ctx);
  return ctx.db.transaction(() => {
    assertActiveCategory(ctx.db, input.category);
    const now = ctx.now();
    assertPlausibleReceivedAt(ctx.db, input.receivedAt, now, input.confirmOldReceivedAt === true);
    const id = newId();
    // A repeat complaint (重复投诉): same unit, same category, within the duplicate window.
    const repeat = likelyDuplicate(ctx.db, input, { now: input.receivedAt, userId: null });
    // Fields an older desk never sent (the e-mail) are written only when given, so a registration costs no more than it must.
    const typed: FieldWrite[] = INTAKE_FIELDS.filter((field) => field !== 'email' || input.email !== '').map((field) => ({
      field,
      value: input[field],
    }));
    recordChanges(ctx.db, writer, 'case', id, [
      { field: 'number', value: nextCaseNumber(ctx.db, deskCode, now) },
      { field: 'deskCode', value: deskCode },
      ...typed,
      { field: 'status', value: 'registered' },
      { field: 'createdAt', value: now },
      { field: 'createdBy', value: writer.userId },
      { field: 'repeatOf', value: repeat?.id ?? null },
    ]);
    return getCase(ctx.db, id, { now, userId: writer.userId });
  })();
}
