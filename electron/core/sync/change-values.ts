/**
 * What a value may be, field by field, for every entity a sync file can
 * carry: a change from another desk is checked against this before anything
 * is applied, so a value outside the contract (a status 12345, a receivedAt
 * of "soon", an attachment hash of "../../x") never reaches a table or a
 * screen. The case's fields come from the vocabulary; the other entities'
 * fields are listed here next to their projections (entity-tables.ts), and a
 * test holds the two lists together.
 *
 * The schemas are the stored form, lenient where older records differ, but
 * every text has a length: a change is at most a screenful of data, never a
 * way to fill a desk's memory or disk.
 */
import { z } from 'zod';
import {
  CALLBACK_ATTEMPT_RESULTS,
  CLAIM_STATUSES,
  FINE_CONDITIONS,
  FINE_STATUSES,
  NOTICE_STATUSES,
  CALLBACK_METHODS,
  CALLBACK_STATUSES,
  DEADLINE_CLOCKS,
  DEADLINE_UNITS,
  FOLLOWUP_KINDS,
  GROUP_RESOLUTION_KINDS,
  MAX_ATTACHMENT_BYTES,
  MAX_CONTENT_LENGTH,
  REMEDY_KINDS,
  ROLES,
  SATISFACTION_LEVELS,
  STATUSES,
  TEAM_MEMBER_KINDS,
} from '../../../shared/domain';
import { CALENDAR_DAY_KINDS } from '../../../shared/schemas/settings';
import { CASE_FIELD_NAMES, caseFieldRow } from '../../../shared/vocabulary/case-fields';
import { epochMs } from '../../../shared/vocabulary/entry-schemas';
import type { EntityName } from '../changes/projections';

/** Longer than any text a person can type (MAX_CONTENT_LENGTH), with room for older records. */
const LONG_TEXT = 2 * MAX_CONTENT_LENGTH;
const SHORT_TEXT = 1_000;
const ID = 64;

const id = z.string().min(1).max(ID);
const nullableId = id.nullable();
const name = z.string().max(SHORT_TEXT);
const longText = z.string().max(LONG_TEXT);
const instant = epochMs;
const nullableInstant = epochMs.nullable();
const flag = z.union([z.boolean(), z.literal(0), z.literal(1)]);
const count = z.number().int().min(0).max(1_000_000);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** Yuan: never negative, never more than a company's books would hold. */
const money = z.number().min(0).max(1e12);

/** A fine's conditions, stored as a JSON list of seed 003's codes. */
function isConditionList(text: string): boolean {
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list) && list.every((code) => (FINE_CONDITIONS as readonly unknown[]).includes(code));
  } catch {
    return false;
  }
}

/** A soft delete (deletion.ts): true, false (undone), or the record of what the deleting desk had seen. */
const deleted = z.union([
  z.boolean(),
  z.object({ deleted: z.literal(true), seen: z.array(z.string().max(2 * ID)).max(100_000) }).strict(),
]);

const entityFieldValues: Record<Exclude<EntityName, 'case'>, Record<string, z.ZodType>> = {
  user: {
    name,
    createdAt: instant,
    role: z.enum(ROLES),
    departmentId: nullableId,
    active: flag,
    secretHash: z.string().max(SHORT_TEXT),
    secretIsCode: flag,
  },
  site: {
    name,
    sort: z.number().int(),
    active: flag,
    workDays: z.string().regex(/^[0-6]{0,7}$/),
    workStart: z.string().regex(/^$|^([01]\d|2[0-3]):[0-5]\d$/),
    workEnd: z.string().regex(/^$|^([01]\d|2[0-3]):[0-5]\d$/),
    observesHolidays: flag,
  },
  department: { name, headUserId: nullableId, sort: z.number().int(), active: flag },
  category: { name, sort: z.number().int(), active: flag },
  deadline_rule: {
    nature: z.string().min(1).max(40),
    category: z.string().min(1).max(ID),
    responseAmount: z.number().min(0).max(100_000).nullable(),
    responseUnit: z.enum(DEADLINE_UNITS).nullable(),
    clock: z.enum(DEADLINE_CLOCKS),
    acceptanceAmount: z.number().min(0).max(100_000).nullable(),
    acceptanceUnit: z.enum(DEADLINE_UNITS).nullable(),
    resolutionAmount: z.number().min(0).max(100_000).nullable(),
    resolutionUnit: z.enum(DEADLINE_UNITS).nullable(),
  },
  calendar_day: { kind: z.enum(CALENDAR_DAY_KINDS), name },
  // A setting's value is JSON text the settings module parses and checks when it reads it.
  setting: { value: z.string().max(LONG_TEXT) },
  case_event: {
    caseId: id,
    action: z.string().min(1).max(60),
    fromStatus: z.enum(STATUSES).or(z.literal('')).nullable(),
    toStatus: z.enum(STATUSES).or(z.literal('')).nullable(),
    reason: longText,
    data: z.string().max(LONG_TEXT),
    at: instant,
    userId: nullableId,
    requestId: z.string().max(ID).nullable(),
  },
  followup: {
    caseId: id,
    kind: z.enum(FOLLOWUP_KINDS),
    text: longText,
    remedyKind: z.enum(REMEDY_KINDS),
    amount: z.number().min(0).max(1e12).nullable(),
    customerConfirmed: flag.nullable(),
    amendsId: nullableId,
    at: instant,
    userId: nullableId,
  },
  attachment: {
    caseId: id,
    followupId: nullableId,
    noticeId: nullableId,
    fileName: z.string().min(1).max(255),
    mime: z.string().min(1).max(127),
    size: z.number().int().min(0).max(MAX_ATTACHMENT_BYTES),
    sha256,
    at: instant,
    userId: nullableId,
  },
  case_group: {
    title: name,
    resolutionKind: z.enum(GROUP_RESOLUTION_KINDS),
    resolutionText: longText,
    resolvedAt: nullableInstant,
    createdAt: instant,
  },
  callback: {
    caseId: id,
    round: count,
    dueAt: instant,
    method: z.enum(CALLBACK_METHODS),
    assigneeId: nullableId,
    status: z.enum(CALLBACK_STATUSES),
    satisfaction: z.enum(SATISFACTION_LEVELS).nullable(),
    solved: flag.nullable(),
    customerWords: longText,
    completedAt: nullableInstant,
    completedBy: nullableId,
    createdAt: instant,
  },
  callback_attempt: {
    callbackId: id,
    caseId: id,
    result: z.enum(CALLBACK_ATTEMPT_RESULTS),
    note: longText,
    callAgainAt: nullableInstant,
    at: instant,
    userId: nullableId,
  },
  access_log: {
    userId: nullableId,
    action: z.string().min(1).max(60),
    caseId: nullableId,
    detail: longText,
    at: instant,
    deskCode: z.string().max(40),
  },
  team_member: { caseId: id, memberKind: z.enum(TEAM_MEMBER_KINDS), memberId: id, at: instant, userId: nullableId },
  measure: {
    caseId: id,
    text: longText,
    ownerId: nullableId,
    dueAt: nullableInstant,
    doneAt: nullableInstant,
    doneNote: longText,
    doneBy: nullableId,
    at: instant,
    userId: nullableId,
  },
  contractor: { name, contactPerson: name, phones: name, scope: longText, contractNumber: name, active: flag },
  rectification_notice: {
    caseId: id,
    number: z.string().min(1).max(ID),
    contractorId: id,
    problem: longText,
    requirements: longText,
    copiesTo: name,
    status: z.enum(NOTICE_STATUSES),
    issuedBy: nullableId,
    issuedAt: instant,
    onSiteDueAt: nullableInstant,
    completionDueAt: nullableInstant,
    returnDueAt: nullableInstant,
    signedAt: nullableInstant,
    onSiteAt: nullableInstant,
    completedAt: nullableInstant,
    acceptedAt: nullableInstant,
    rejectedAt: nullableInstant,
    rejectReason: longText,
    returnedAt: nullableInstant,
    contractorReply: longText,
    emergencyStartedAt: nullableInstant,
    emergencyStartedBy: nullableId,
    emergencyTeam: name,
    emergencyCost: money.nullable(),
    emergencyNote: longText,
  },
  fine: {
    caseId: id,
    noticeId: id,
    contractorId: id,
    conditions: z.string().max(SHORT_TEXT).refine(isConditionList),
    amount: money,
    reason: longText,
    status: z.enum(FINE_STATUSES),
    proposedBy: nullableId,
    proposedAt: instant,
    approvedBy: nullableId,
    approvedAt: nullableInstant,
    changeReason: longText,
    sentAt: nullableInstant,
    cancelledBy: nullableId,
    cancelledAt: nullableInstant,
    cancelReason: longText,
  },
  claim: {
    caseId: id,
    contractorId: nullableId,
    claimant: name,
    claimed: longText,
    amountClaimed: money,
    evidence: longText,
    status: z.enum(CLAIM_STATUSES),
    acceptedAmount: money.nullable(),
    rejectReason: longText,
    decidedBy: nullableId,
    decidedAt: nullableInstant,
    paidAt: nullableInstant,
    at: instant,
    userId: nullableId,
  },
};

/** The case's stored values from the vocabulary, each text with a length. */
const caseFieldValues: Record<string, z.ZodType> = Object.fromEntries(
  CASE_FIELD_NAMES.map((field) => {
    const schema = caseFieldRow(field).value;
    return [field, schema.refine((value) => typeof value !== 'string' || value.length <= LONG_TEXT)];
  }),
);

const fieldValues: Record<EntityName, Record<string, z.ZodType>> = { ...entityFieldValues, case: caseFieldValues };

/** The fields a synced entity has (besides `deleted`): for the test that holds this list to the projections. */
export function syncedFieldNames(entity: EntityName): string[] {
  return Object.keys(fieldValues[entity]);
}

/** Why a change's value cannot be taken, in words for the refusal; null when it is fine. */
export function refusedValue(entity: EntityName, field: string, value: unknown): string | null {
  const schema = field === 'deleted' ? deleted : fieldValues[entity][field];
  if (!schema) return `${entity} has no field "${field}"`;
  return schema.safeParse(value).success ? null : `the value of ${entity}.${field} is not allowed`;
}
