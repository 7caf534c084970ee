/**
 * Field names as the change log stores them: a number, the name's place in
 * this list, instead of the name repeated in every entry (a tenth of the
 * log). Books hold these numbers, so the list is append-only: a name is
 * never removed, moved or renamed (a test pins the list as first released),
 * and a field added later goes at the end. A name not in the list (a field of
 * a newer version) is stored as itself.
 *
 * The `log_fields` table mirrors the list for the `changes` view; openCore
 * adds the names a newer list brings (recordFieldCodes).
 */
import type { Db } from '../db/connection';

export const LOGGED_FIELD_NAMES: readonly string[] = Object.freeze([
  'acceptanceAmount', 'acceptanceDueAt', 'acceptanceUnit', 'acceptedAmount', 'acceptedAt', 'accountabilityLevel',
  'accountabilityMeasure', 'accountabilityPerson', 'action', 'active', 'amendsId', 'amount', 'amountClaimed',
  'approvedAt', 'approvedBy', 'assigneeId', 'at', 'buildingRoom', 'callAgainAt', 'callbackException',
  'callbackExceptionNote', 'callbackId', 'cancelReason', 'cancelledAt', 'cancelledBy', 'caseId', 'category',
  'changeReason', 'channel', 'claimant', 'claimed', 'clock', 'closeCause', 'closeImprovement', 'closeLesson',
  'closedAt', 'communicativeType', 'complainantName', 'completedAt', 'completedBy', 'completionDueAt', 'conditions',
  'contactPerson', 'content', 'contractNumber', 'contractorId', 'contractorReply', 'copiesTo', 'createdAt',
  'createdBy', 'customerConfirmed', 'customerWords', 'data', 'decidedAt', 'decidedBy', 'deleted', 'departmentId',
  'deskCode', 'detail', 'dispatchedAt', 'doneAt', 'doneBy', 'doneNote', 'dueAt', 'email', 'emergencyCost',
  'emergencyNote', 'emergencyStartedAt', 'emergencyStartedBy', 'emergencyTeam', 'escalatedAt', 'escalatedTo',
  'escalationLevel', 'evidence', 'fileName', 'firstContactAt', 'followupId', 'fromStatus', 'groupId', 'headUserId',
  'invalidExplanation', 'issuedAt', 'issuedBy', 'judgeNote', 'judgedAt', 'kind', 'memberId', 'memberKind',
  'mergedInto', 'method', 'mime', 'name', 'nature', 'note', 'noticeId', 'number', 'observesHolidays', 'onSiteAt',
  'onSiteDueAt', 'ownerId', 'paidAt', 'pausedAt', 'phone', 'phones', 'planDepartmentId', 'planDueAt', 'planMeasures',
  'planPerson', 'problem', 'proposedAt', 'proposedBy', 'reason', 'receivedAt', 'referralDecidedAt',
  'referralDecidedBy', 'referralDecision', 'referralInstructions', 'referredToCompany', 'rejectReason', 'rejectedAt',
  'remedyKind', 'reopenCount', 'repeatOf', 'requestId', 'requirements', 'resolutionAmount', 'resolutionKind',
  'resolutionSummary', 'resolutionText', 'resolutionUnit', 'resolvedAt', 'respondedAt', 'responseAmount',
  'responseDueAt', 'responseUnit', 'result', 'returnDueAt', 'returnedAt', 'role', 'round', 'satisfaction', 'scope',
  'secretHash', 'secretIsCode', 'sentAt', 'sha256', 'signedAt', 'site', 'size', 'solved', 'sort', 'status',
  'teamLeaderId', 'text', 'title', 'toStatus', 'userId', 'value', 'verificationNote', 'verificationPending',
  'verificationResult', 'verifiedAt', 'verifiedBy', 'voided', 'workDays', 'workEnd', 'workStart',
]);

const CODES = new Map(LOGGED_FIELD_NAMES.map((name, code) => [name, code]));

export function fieldCode(name: string): number | string {
  return CODES.get(name) ?? name;
}

export function fieldName(code: number | string): string {
  return typeof code === 'number' ? (LOGGED_FIELD_NAMES[code] ?? String(code)) : code;
}

/** Brings the `log_fields` table up to this version's list (it only ever grows). */
export function recordFieldCodes(db: Db): void {
  const held = db.prepare('SELECT count(*) FROM log_fields').pluck().get() as number;
  if (held >= LOGGED_FIELD_NAMES.length) return;
  const insert = db.prepare('INSERT OR IGNORE INTO log_fields (no, name) VALUES (?, ?)');
  db.transaction(() => LOGGED_FIELD_NAMES.forEach((name, code) => insert.run(code, name)))();
}
