/**
 * Fine slips (罚款单, seed 003): a complaint representative raises one from a rectification notice,
 * naming which of the five conditions hold and proposing an amount no lower than the settings'
 * minimum; the emergency group's coordinator approves it (or changes the amount, saying why); it is
 * sent to the departments on the copy list. An approved fine is cancelled only with a reason.
 */
import { FINE_CONDITIONS, type FineCondition, type FineStatus } from '../../../shared/domain';
import type { Fine, FineDecision } from '../../../shared/schemas/contractors';
import { recordEntityUpdate, type JsonValue } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import type { Db } from '../db/connection';
import { DomainError, fieldError } from '../errors';
import { newId } from '../ids';
import { readSettingValues } from '../settings/setting-values';

/** Read by case or by id as `+?`, not `?`: a bare parameter in a join or beside an ORDER BY makes SQLite compile the statement twice (db/prepared.ts). */
const FINE_SELECT = `
  SELECT f.id, f.case_id AS caseId, c.number AS caseNumber, f.notice_id AS noticeId, coalesce(n.number, '') AS noticeNumber,
         f.contractor_id AS contractorId, coalesce(k.name, '') AS contractorName, f.conditions, f.amount, f.reason, f.status,
         coalesce(p.name, '') AS proposedByName, f.proposed_at AS proposedAt, coalesce(a.name, '') AS approvedByName,
         f.approved_at AS approvedAt, f.change_reason AS changeReason, f.sent_at AS sentAt, coalesce(x.name, '') AS cancelledByName,
         f.cancelled_at AS cancelledAt, f.cancel_reason AS cancelReason
    FROM fines f JOIN cases c ON c.id = f.case_id LEFT JOIN rectification_notices n ON n.id = f.notice_id
         LEFT JOIN contractors k ON k.id = f.contractor_id LEFT JOIN users p ON p.id = f.proposed_by
         LEFT JOIN users a ON a.id = f.approved_by LEFT JOIN users x ON x.id = f.cancelled_by`;

type FineRow = Omit<Fine, 'conditions'> & { conditions: string };

function decode(row: FineRow): Fine {
  const parsed: unknown = JSON.parse(row.conditions);
  const conditions = Array.isArray(parsed) ? parsed.filter((c): c is FineCondition => (FINE_CONDITIONS as readonly unknown[]).includes(c)) : [];
  return { ...row, conditions };
}

export function listFines(db: Db, caseId: string): Fine[] {
  return (db.prepare(`${FINE_SELECT} WHERE f.case_id = +? AND f.deleted = 0 ORDER BY f.proposed_at, f.id`).all(caseId) as FineRow[]).map(decode);
}

export function getFine(db: Db, fineId: string): Fine {
  const row = db.prepare(`${FINE_SELECT} WHERE f.id = +? AND f.deleted = 0`).get(fineId) as FineRow | undefined;
  if (!row) throw new DomainError('NOT_FOUND', 'No such fine');
  return decode(row);
}

function assertAtLeastMinimum(db: Db, amount: number): void {
  const minimum = readSettingValues(db).minimumFineYuan;
  if (amount < minimum) throw fieldError('amount', 'errors.fineBelowMinimum', `A fine is at least ${minimum} yuan`);
}

export interface ProposeFineInput {
  noticeId: string;
  conditions: FineCondition[];
  amount: number;
  reason: string;
}

export function proposeFine(ctx: CoreContext, input: ProposeFineInput): Fine {
  const writer = writerFor(ctx);
  const id = newId();
  ctx.db.transaction(() => {
    const notice = ctx.db.prepare('SELECT case_id AS caseId, contractor_id AS contractorId FROM rectification_notices WHERE id = ? AND deleted = 0').get(input.noticeId) as
      | { caseId: string; contractorId: string }
      | undefined;
    if (!notice) throw new DomainError('NOT_FOUND', 'No such rectification notice');
    assertAtLeastMinimum(ctx.db, input.amount);
    recordEntityUpdate(ctx.db, writer, 'fine', id, {
      caseId: notice.caseId,
      noticeId: input.noticeId,
      contractorId: notice.contractorId,
      // In the seed's order, whatever order they were ticked in.
      conditions: JSON.stringify(FINE_CONDITIONS.filter((c) => input.conditions.includes(c))),
      amount: input.amount,
      reason: input.reason,
      status: 'proposed',
      proposedBy: writer.userId,
      proposedAt: ctx.now(),
    });
  })();
  return getFine(ctx.db, id);
}

const DECISION_FROM: Record<FineDecision['action'], readonly FineStatus[]> = {
  approve: ['proposed'],
  send: ['approved'],
  cancel: ['proposed', 'approved', 'sent'],
};

function decisionFields(ctx: CoreContext, fine: Fine, decision: FineDecision, now: number): Record<string, JsonValue> {
  switch (decision.action) {
    case 'approve': {
      const amount = decision.amount ?? fine.amount;
      assertAtLeastMinimum(ctx.db, amount);
      if (amount !== fine.amount && !decision.changeReason) throw fieldError('changeReason', 'errors.required', 'Say why the amount changes');
      return { status: 'approved', amount, changeReason: decision.changeReason, approvedBy: ctx.session.userId, approvedAt: now };
    }
    case 'send':
      return { status: 'sent', sentAt: now };
    case 'cancel':
      return { status: 'cancelled', cancelReason: decision.reason, cancelledBy: ctx.session.userId, cancelledAt: now };
  }
}

/** The coordinator's decision (approve, cancel) or the slip sent; the channels check who may. */
export function decideFine(ctx: CoreContext, fineId: string, decision: FineDecision): Fine {
  const writer = writerFor(ctx);
  ctx.db.transaction(() => {
    const fine = getFine(ctx.db, fineId);
    if (!DECISION_FROM[decision.action].includes(fine.status)) {
      throw new DomainError('INVALID_TRANSITION', `A fine that is ${fine.status} cannot be ${decision.action}d`);
    }
    recordEntityUpdate(ctx.db, writer, 'fine', fine.id, decisionFields(ctx, fine, decision, ctx.now()));
  })();
  return getFine(ctx.db, fineId);
}
