/**
 * Claims (索赔, seed 003's claims archive): who claims what on a case, for how much, with what
 * evidence; decided (accepted at an amount no more than claimed, or rejected with a reason) and paid.
 * The archive lists them with totals by month, contractor and site.
 */
import type { ClaimStatus } from '../../../shared/domain';
import type { Claim, ClaimArchive, ClaimDecision } from '../../../shared/schemas/contractors';
import { recordEntityUpdate, type JsonValue } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import type { Db } from '../db/connection';
import { DomainError, fieldError } from '../errors';
import { newId } from '../ids';
import { whenDone } from '../lifecycle/when-done';
import { assertContractor } from './contractors';

/** Read by case or by id as `+?`, not `?`: a bare parameter in a join or beside an ORDER BY makes SQLite compile the statement twice (db/prepared.ts). */
const CLAIM_SELECT = `
  SELECT m.id, m.case_id AS caseId, c.number AS caseNumber, c.site, m.contractor_id AS contractorId, coalesce(k.name, '') AS contractorName,
         m.claimant, m.claimed, m.amount_claimed AS amountClaimed, m.evidence, m.status, m.accepted_amount AS acceptedAmount,
         m.reject_reason AS rejectReason, coalesce(d.name, '') AS decidedByName, m.decided_at AS decidedAt, m.paid_at AS paidAt,
         m.at, coalesce(u.name, '') AS userName
    FROM claims m JOIN cases c ON c.id = m.case_id LEFT JOIN contractors k ON k.id = m.contractor_id
         LEFT JOIN users d ON d.id = m.decided_by LEFT JOIN users u ON u.id = m.user_id`;

export function listClaims(db: Db, caseId: string): Claim[] {
  return db.prepare(`${CLAIM_SELECT} WHERE m.case_id = +? AND m.deleted = 0 ORDER BY m.at, m.id`).all(caseId) as Claim[];
}

function getClaim(db: Db, claimId: string): Claim {
  const row = db.prepare(`${CLAIM_SELECT} WHERE m.id = +? AND m.deleted = 0`).get(claimId) as Claim | undefined;
  if (!row) throw new DomainError('NOT_FOUND', 'No such claim');
  return row;
}

export interface ClaimInput {
  caseId: string;
  contractorId: string | null;
  claimant: string;
  claimed: string;
  amountClaimed: number;
  evidence: string;
}

export function addClaim(ctx: CoreContext, input: ClaimInput): Claim {
  const writer = writerFor(ctx);
  const id = newId();
  ctx.db.transaction(() => {
    if (!ctx.db.prepare('SELECT 1 FROM cases WHERE id = ? AND deleted = 0').get(input.caseId)) throw new DomainError('NOT_FOUND', 'No such case');
    if (input.contractorId) assertContractor(ctx.db, input.contractorId, { mustBeActive: false });
    recordEntityUpdate(ctx.db, writer, 'claim', id, {
      caseId: input.caseId,
      contractorId: input.contractorId,
      claimant: input.claimant,
      claimed: input.claimed,
      amountClaimed: input.amountClaimed,
      evidence: input.evidence,
      status: 'open',
      at: ctx.now(),
      userId: writer.userId,
    });
  })();
  return getClaim(ctx.db, id);
}

const DECISION_FROM: Record<ClaimDecision['action'], readonly ClaimStatus[]> = { accept: ['open'], reject: ['open'], pay: ['accepted'] };

function decisionFields(ctx: CoreContext, claim: Claim, decision: ClaimDecision, now: number): Record<string, JsonValue> {
  switch (decision.action) {
    case 'accept':
      if (decision.amount > claim.amountClaimed) throw fieldError('amount', 'errors.moreThanClaimed', 'More than was claimed');
      return { status: 'accepted', acceptedAmount: decision.amount, decidedBy: ctx.session.userId, decidedAt: now };
    case 'reject':
      return { status: 'rejected', rejectReason: decision.reason, decidedBy: ctx.session.userId, decidedAt: now };
    case 'pay':
      return { status: 'paid', paidAt: whenDone(now, decision.paidAt, claim.decidedAt ?? claim.at, 'paidAt') };
  }
}

export function decideClaim(ctx: CoreContext, claimId: string, decision: ClaimDecision): Claim {
  const writer = writerFor(ctx);
  ctx.db.transaction(() => {
    const claim = getClaim(ctx.db, claimId);
    if (!DECISION_FROM[decision.action].includes(claim.status)) {
      throw new DomainError('INVALID_TRANSITION', `A claim that is ${claim.status} cannot be ${decision.action}ed`);
    }
    recordEntityUpdate(ctx.db, writer, 'claim', claim.id, decisionFields(ctx, claim, decision, ctx.now()));
  })();
  return getClaim(ctx.db, claimId);
}

export interface ClaimQuery {
  from?: number | undefined;
  to?: number | undefined;
  contractorId?: string | undefined;
  site?: string | undefined;
  status?: ClaimStatus | undefined;
}

type Total = ClaimArchive['totals']['byMonth'][number];

function totalsBy(claims: readonly Claim[], keyOf: (claim: Claim) => [key: string, label: string]): Total[] {
  const totals = new Map<string, Total>();
  for (const claim of claims) {
    const [key, label] = keyOf(claim);
    const total = totals.get(key) ?? { key, label, count: 0, claimed: 0, accepted: 0 };
    total.count++;
    total.claimed += claim.amountClaimed;
    total.accepted += claim.status === 'accepted' || claim.status === 'paid' ? (claim.acceptedAmount ?? 0) : 0;
    totals.set(key, total);
  }
  return [...totals.values()].sort((a, b) => a.key.localeCompare(b.key));
}

function monthOf(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** 客户索赔档案: the claims the filters pick, newest first, with their totals. */
export function claimArchive(db: Db, query: ClaimQuery): ClaimArchive {
  const where = ['m.deleted = 0'];
  const params: unknown[] = [];
  const add = (condition: string, value: unknown) => {
    where.push(condition);
    params.push(value);
  };
  if (query.from !== undefined) add('m.at >= ?', query.from);
  if (query.to !== undefined) add('m.at <= ?', query.to);
  if (query.contractorId) add('m.contractor_id = ?', query.contractorId);
  if (query.site) add('c.site = ?', query.site);
  if (query.status) add('m.status = ?', query.status);
  const claims = db.prepare(`${CLAIM_SELECT} WHERE ${where.join(' AND ')} ORDER BY m.at DESC, m.id`).all(...params) as Claim[];
  return {
    claims,
    totals: {
      byMonth: totalsBy(claims, (c) => [monthOf(c.at), monthOf(c.at)]),
      byContractor: totalsBy(claims, (c) => [c.contractorId ?? '', c.contractorName]),
      bySite: totalsBy(claims, (c) => [c.site, c.site]),
    },
  };
}
