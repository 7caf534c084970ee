/**
 * Seed 003's complaint centre: contractors (施工单位), rectification notices (工程整改通知单) issued to
 * them from a case, fines (罚款单) raised from a notice, and claims (索赔) on a case.
 */
import { z } from 'zod';
import { CLAIM_STATUSES, FINE_CONDITIONS, FINE_STATUSES, NOTICE_STATUSES } from '../domain';
import { epochMs, id, optionalLine, optionalText, requiredLine, requiredText } from './common';
import { attachmentSchema } from './lifecycle';

/** Yuan, as typed: never negative. */
const yuan = z.number({ message: 'errors.amount' }).min(0, 'errors.amount').max(100_000_000, 'errors.amount');

export const contractorSchema = z.object({
  id,
  name: z.string(),
  contactPerson: z.string(),
  phones: z.string(),
  /** What it built or maintains: buildings, systems. */
  scope: z.string(),
  contractNumber: z.string(),
  active: z.boolean(),
});
export type Contractor = z.output<typeof contractorSchema>;

export const saveContractorSchema = z.object({
  id: id.optional(),
  name: requiredLine(60),
  contactPerson: optionalLine(30),
  phones: optionalLine(80),
  scope: optionalText(500),
  contractNumber: optionalLine(40),
  active: z.boolean().default(true),
});

export const noticeSchema = z.object({
  id,
  caseId: id,
  caseNumber: z.string(),
  number: z.string(),
  contractorId: id,
  contractorName: z.string(),
  contractorContact: z.string(),
  problem: z.string(),
  requirements: z.string(),
  copiesTo: z.string(),
  status: z.enum(NOTICE_STATUSES),
  issuedByName: z.string(),
  issuedAt: epochMs,
  onSiteDueAt: epochMs.nullable(),
  completionDueAt: epochMs.nullable(),
  returnDueAt: epochMs.nullable(),
  signedAt: epochMs.nullable(),
  onSiteAt: epochMs.nullable(),
  completedAt: epochMs.nullable(),
  acceptedAt: epochMs.nullable(),
  rejectedAt: epochMs.nullable(),
  rejectReason: z.string(),
  returnedAt: epochMs.nullable(),
  contractorReply: z.string(),
  emergencyStartedAt: epochMs.nullable(),
  emergencyStartedByName: z.string(),
  emergencyTeam: z.string(),
  emergencyCost: z.number().nullable(),
  emergencyNote: z.string(),
  /** The times it has missed, as of the read: on site, completion, return. */
  missed: z.array(z.enum(['on_site', 'completion', 'return'])),
});
export type Notice = z.output<typeof noticeSchema>;
export type NoticeMiss = Notice['missed'][number];

export const issueNoticeSchema = z.object({
  caseId: id,
  contractorId: id,
  problem: requiredText(2000),
  requirements: optionalText(2000),
  /** By when the repair must be done. */
  completionDueAt: epochMs,
  /** Left out: issue time plus the settings' on-site hours (seed 003: four, day and night). */
  onSiteDueAt: epochMs.optional(),
  copiesTo: optionalLine(200),
});

/** A step in a notice's life, with when it happened (now if not said, never in the future). */
export const noticeStepSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('sign'), at: epochMs.optional() }),
  z.object({ step: z.literal('arrive'), at: epochMs.optional() }),
  z.object({ step: z.literal('complete'), at: epochMs.optional() }),
  z.object({ step: z.literal('accept'), at: epochMs.optional() }),
  z.object({ step: z.literal('reject'), reason: requiredText(2000), at: epochMs.optional() }),
  z.object({ step: z.literal('return'), reply: optionalText(2000), at: epochMs.optional() }),
  /** 应急维修: the coordinator has the emergency team do it, its cost settled against the contractor. */
  z.object({
    step: z.literal('emergency'),
    team: requiredLine(60),
    cost: yuan.nullable().default(null),
    note: optionalText(2000),
    at: epochMs.optional(),
  }),
]);
export const noticeStepInputSchema = z.object({ noticeId: id, step: noticeStepSchema });
export type NoticeStep = z.output<typeof noticeStepSchema>;

export const fineSchema = z.object({
  id,
  caseId: id,
  caseNumber: z.string(),
  noticeId: id,
  noticeNumber: z.string(),
  contractorId: id,
  contractorName: z.string(),
  conditions: z.array(z.enum(FINE_CONDITIONS)),
  amount: z.number(),
  reason: z.string(),
  status: z.enum(FINE_STATUSES),
  proposedByName: z.string(),
  proposedAt: epochMs,
  approvedByName: z.string(),
  approvedAt: epochMs.nullable(),
  changeReason: z.string(),
  sentAt: epochMs.nullable(),
  cancelledByName: z.string(),
  cancelledAt: epochMs.nullable(),
  cancelReason: z.string(),
});
export type Fine = z.output<typeof fineSchema>;

export const proposeFineSchema = z.object({
  noticeId: id,
  conditions: z.array(z.enum(FINE_CONDITIONS)).min(1, 'errors.fineConditions').max(FINE_CONDITIONS.length),
  amount: yuan,
  reason: requiredText(2000),
});

export const fineDecisionSchema = z.discriminatedUnion('action', [
  /** Approved as proposed, or at another amount with the reason for the change. */
  z.object({ action: z.literal('approve'), amount: yuan.optional(), changeReason: optionalText(1000) }),
  z.object({ action: z.literal('send') }),
  z.object({ action: z.literal('cancel'), reason: requiredText(1000) }),
]);
export type FineDecision = z.output<typeof fineDecisionSchema>;
export const fineDecisionInputSchema = z.object({ fineId: id, decision: fineDecisionSchema });

export const claimSchema = z.object({
  id,
  caseId: id,
  caseNumber: z.string(),
  site: z.string(),
  contractorId: z.string().nullable(),
  contractorName: z.string(),
  claimant: z.string(),
  claimed: z.string(),
  amountClaimed: z.number(),
  evidence: z.string(),
  status: z.enum(CLAIM_STATUSES),
  acceptedAmount: z.number().nullable(),
  rejectReason: z.string(),
  decidedByName: z.string(),
  decidedAt: epochMs.nullable(),
  paidAt: epochMs.nullable(),
  at: epochMs,
  userName: z.string(),
});
export type Claim = z.output<typeof claimSchema>;

export const addClaimSchema = z.object({
  caseId: id,
  contractorId: id.nullable().default(null),
  claimant: requiredLine(60),
  claimed: requiredText(2000),
  amountClaimed: yuan,
  evidence: optionalText(2000),
});

export const claimDecisionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), amount: yuan }),
  z.object({ action: z.literal('reject'), reason: requiredText(1000) }),
  z.object({ action: z.literal('pay'), paidAt: epochMs.optional() }),
]);
export type ClaimDecision = z.output<typeof claimDecisionSchema>;
export const claimDecisionInputSchema = z.object({ claimId: id, decision: claimDecisionSchema });

/** The claims archive: filters, and totals by month, contractor and site. */
export const claimQuerySchema = z.object({
  from: epochMs.optional(),
  to: epochMs.optional(),
  contractorId: id.optional(),
  site: z.string().max(60).optional(),
  status: z.enum(CLAIM_STATUSES).optional(),
});
const claimTotal = z.object({ key: z.string(), label: z.string(), count: z.number(), claimed: z.number(), accepted: z.number() });
export const claimArchiveSchema = z.object({
  claims: z.array(claimSchema),
  totals: z.object({ byMonth: z.array(claimTotal), byContractor: z.array(claimTotal), bySite: z.array(claimTotal) }),
});
export type ClaimArchive = z.output<typeof claimArchiveSchema>;

/** A case's records with its contractors: notices with their fines, and claims. */
export const caseContractorWorkSchema = z.object({
  notices: z.array(noticeSchema),
  fines: z.array(fineSchema),
  claims: z.array(claimSchema),
  /** The notices' photos of their problems. */
  photos: z.array(attachmentSchema),
});
export type CaseContractorWork = z.output<typeof caseContractorWorkSchema>;

/** The contractor report of a period (seed 003): per contractor, its notices, timeliness, fines, emergency repairs, claims and repeated units. */
export const contractorReportRowSchema = z.object({
  contractorId: z.string(),
  contractorName: z.string(),
  notices: z.number(),
  onSiteOnTime: z.number(),
  onSiteLate: z.number(),
  completedOnTime: z.number(),
  completedLate: z.number(),
  emergencyRepairs: z.number(),
  emergencyCost: z.number(),
  fines: z.number(),
  fineTotal: z.number(),
  claims: z.number(),
  claimedTotal: z.number(),
  acceptedTotal: z.number(),
  /** Units (栋房号) that needed this contractor more than once in the period. */
  repeatedUnits: z.array(z.object({ unit: z.string(), count: z.number() })),
});
export type ContractorReportRow = z.output<typeof contractorReportRowSchema>;
export const contractorReportSchema = z.object({
  rows: z.array(contractorReportRowSchema),
  /** Every claim of the period: the monthly statistics' count and sums. */
  claims: z.object({ count: z.number(), claimedTotal: z.number(), acceptedTotal: z.number() }),
});
export type ContractorReport = z.output<typeof contractorReportSchema>;
export const contractorReportQuerySchema = z.object({ from: epochMs, to: epochMs });
