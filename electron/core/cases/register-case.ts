import type { CaseDetail, CaseInput } from '../../../shared/contract';
import { recordChanges } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import { requireSetup } from '../desk/setup';
import { newId } from '../ids';
import { nextCaseNumber } from './case-number';
import { getCase } from './case-queries';
import { fieldError } from '../errors';
import { likelyDuplicate } from './related-cases';
import { prepared } from '../db/prepared';

/** Registers a complaint (登记) and gives it its number, all in one durable transaction. */
export function registerCase(ctx: CoreContext, input: CaseInput): CaseDetail {
  const { deskCode } = requireSetup(ctx);
  const writer = writerFor(ctx);
  return ctx.db.transaction(() => {
    if (!prepared(ctx.db, 'SELECT 1 FROM categories WHERE id = ? AND active = 1 AND deleted = 0').get(input.category)) {
      throw fieldError('category', 'errors.unknownCategory', `No active category ${input.category}`);
    }
    const id = newId();
    const now = ctx.now();
    // A repeat complaint (重复投诉): same unit, same category, within the duplicate window.
    const repeat = likelyDuplicate(ctx.db, input, { now: input.receivedAt, userId: null });
    recordChanges(ctx.db, writer, 'case', id, [
      { field: 'number', value: nextCaseNumber(ctx.db, deskCode, now) },
      { field: 'deskCode', value: deskCode },
      { field: 'channel', value: input.channel },
      { field: 'complainantName', value: input.complainantName },
      { field: 'phone', value: input.phone },
      { field: 'buildingRoom', value: input.buildingRoom },
      { field: 'site', value: input.site },
      { field: 'receivedAt', value: input.receivedAt },
      { field: 'content', value: input.content },
      { field: 'category', value: input.category },
      { field: 'nature', value: input.nature },
      { field: 'status', value: 'registered' },
      { field: 'createdAt', value: now },
      { field: 'createdBy', value: writer.userId },
      { field: 'repeatOf', value: repeat?.id ?? null },
    ]);
    return getCase(ctx.db, id, { now, userId: writer.userId });
  })();
}
