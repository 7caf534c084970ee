import type { CaseDetail, CaseInput } from '../../../shared/contract';
import { recordChanges } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import { requireSetup } from '../desk/setup';
import { newId } from '../ids';
import { nextCaseNumber } from './case-number';
import { getCase } from './case-queries';

/** Registers a complaint (登记) and gives it its number, all in one durable transaction. */
export function registerCase(ctx: CoreContext, input: CaseInput): CaseDetail {
  const { deskCode } = requireSetup(ctx);
  const writer = writerFor(ctx);
  return ctx.db.transaction(() => {
    const id = newId();
    const now = ctx.now();
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
    ]);
    return getCase(ctx.db, id);
  })();
}
