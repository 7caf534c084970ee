/**
 * The follow-up timeline (跟进记录): append-only. A correction is a new
 * entry that names the one it amends; the old one stays, marked amended.
 */
import type { Followup } from '../../../shared/schemas/lifecycle';
import type { FollowupKind, RemedyKind } from '../../../shared/domain';
import { recordChanges } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import type { Db } from '../db/connection';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { listAttachments } from '../attachments/attachments';
import { responseFields } from '../lifecycle/response';
import { whenDone } from '../lifecycle/when-done';
import { writeCaseFields } from '../lifecycle/case-writes';

export interface FollowupInput {
  caseId: string;
  kind: FollowupKind;
  text: string;
  remedyKind: RemedyKind;
  amount: number | null;
  customerConfirmed: boolean | null;
  amendsId: string | null;
  at?: number;
}

type FollowupRow = Omit<Followup, 'attachments' | 'customerConfirmed'> & { customerConfirmed: number | null };

// `+?`, not `?`: a bare parameter in a join or beside an ORDER BY makes SQLite compile the statement twice (db/prepared.ts).
export function listFollowups(db: Db, caseId: string): Followup[] {
  const rows = db
    .prepare(
      `SELECT f.id, f.case_id AS caseId, f.kind, f.text, f.remedy_kind AS remedyKind, f.amount,
              f.customer_confirmed AS customerConfirmed, f.amends_id AS amendsId,
              (SELECT later.id FROM followups later WHERE later.amends_id = f.id AND later.deleted = 0
                ORDER BY later.at DESC, later.id DESC LIMIT 1) AS amendedBy,
              f.at, coalesce(u.name, '') AS userName
         FROM followups f LEFT JOIN users u ON u.id = f.user_id
        WHERE f.case_id = +? AND f.deleted = 0
        ORDER BY f.at, f.id`,
    )
    .all(caseId) as FollowupRow[];
  const attachments = listAttachments(db, caseId);
  return rows.map((row) => ({
    ...row,
    customerConfirmed: row.customerConfirmed === null ? null : row.customerConfirmed === 1,
    attachments: attachments.filter((a) => a.followupId === row.id),
  }));
}

export function addFollowup(ctx: CoreContext, input: FollowupInput): Followup {
  const writer = writerFor(ctx);
  const id = newId();
  ctx.db.transaction(() => {
    const kase = ctx.db
      .prepare(
        'SELECT first_contact_at AS firstContactAt, responded_at AS respondedAt, received_at AS receivedAt FROM cases WHERE id = ? AND deleted = 0',
      )
      .get(input.caseId) as { firstContactAt: number | null; respondedAt: number | null; receivedAt: number } | undefined;
    if (!kase) throw new DomainError('NOT_FOUND', 'No such case');
    if (input.amendsId && !ctx.db.prepare('SELECT 1 FROM followups WHERE id = ? AND case_id = ?').get(input.amendsId, input.caseId)) {
      throw new DomainError('NOT_FOUND', 'The entry to correct is not on this case');
    }
    const at = whenDone(ctx.now(), input.at, kase.receivedAt, 'at');
    recordChanges(ctx.db, writer, 'followup', id, [
      { field: 'caseId', value: input.caseId },
      { field: 'kind', value: input.kind },
      { field: 'text', value: input.text },
      { field: 'remedyKind', value: input.remedyKind },
      { field: 'amount', value: input.amount },
      { field: 'customerConfirmed', value: input.customerConfirmed },
      { field: 'amendsId', value: input.amendsId },
      { field: 'at', value: at },
      { field: 'userId', value: writer.userId },
    ]);
    // The first contact with the customer, and the first response of any kind (lifecycle/response.ts), are kept.
    const firsts = {
      ...(input.kind === 'contact' && kase.firstContactAt === null ? { firstContactAt: at } : {}),
      ...responseFields(kase.respondedAt, { followup: input.kind }, at),
    };
    if (Object.keys(firsts).length) writeCaseFields(ctx.db, writer, input.caseId, firsts);
  })();
  const added = listFollowups(ctx.db, input.caseId).find((f) => f.id === id);
  if (!added) throw new Error('follow-up vanished after it was written');
  return added;
}
