/**
 * Rectification notices (工程整改通知单, seed 003) as records on a case: numbered per desk like cases
 * (ZG-A-202611-0001), issued to an active contractor, which must be on site within the settings'
 * hours of wall-clock time (four by default) and finish by the time required; each step is recorded
 * with when it happened, and the times it missed are flagged.
 */
import type { Notice, NoticeStep } from '../../../shared/schemas/contractors';
import type { NoticeStatus } from '../../../shared/domain';
import { NOTICE_STEP_LEADS_TO, NOTICE_STEPS_FROM, noticeMisses } from '../../../shared/rules/notices';
import { recordEntityUpdate, type JsonValue } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import type { Db } from '../db/connection';
import { DomainError, fieldError } from '../errors';
import { newId } from '../ids';
import { assertPermission } from '../access/permission-check';
import { caseNumberPrefix, nextNumberUnder } from '../cases/case-number';
import { whenDone } from '../lifecycle/when-done';
import { readSettingValues } from '../settings/setting-values';
import { assertContractor } from './contractors';
import { requireSetup } from '../desk/setup';

const HOUR = 3_600_000;

/** `ZG-A-202611-0007`: 整改, the desk, the month; counted beside the case numbers. */
function nextNoticeNumber(db: Db, deskCode: string, issuedAt: number): string {
  return nextNumberUnder(db, `ZG-${caseNumberPrefix(deskCode, issuedAt)}`, 'SELECT 1 FROM rectification_notices WHERE number = ?');
}

/** Read by case or by id as `+?`, not `?`: a bare parameter in a join or beside an ORDER BY makes SQLite compile the statement twice (db/prepared.ts). */
const NOTICE_SELECT = `
  SELECT n.id, n.case_id AS caseId, c.number AS caseNumber, n.number, n.contractor_id AS contractorId,
         coalesce(k.name, '') AS contractorName, trim(coalesce(k.contact_person, '') || ' ' || coalesce(k.phones, '')) AS contractorContact,
         n.problem, n.requirements, n.copies_to AS copiesTo, n.status, coalesce(i.name, '') AS issuedByName, n.issued_at AS issuedAt,
         n.on_site_due_at AS onSiteDueAt, n.completion_due_at AS completionDueAt, n.return_due_at AS returnDueAt,
         n.signed_at AS signedAt, n.on_site_at AS onSiteAt, n.completed_at AS completedAt, n.accepted_at AS acceptedAt,
         n.rejected_at AS rejectedAt, n.reject_reason AS rejectReason, n.returned_at AS returnedAt, n.contractor_reply AS contractorReply,
         n.emergency_started_at AS emergencyStartedAt, coalesce(e.name, '') AS emergencyStartedByName, n.emergency_team AS emergencyTeam,
         n.emergency_cost AS emergencyCost, n.emergency_note AS emergencyNote
    FROM rectification_notices n JOIN cases c ON c.id = n.case_id LEFT JOIN contractors k ON k.id = n.contractor_id
         LEFT JOIN users i ON i.id = n.issued_by LEFT JOIN users e ON e.id = n.emergency_started_by`;

type NoticeRow = Omit<Notice, 'missed'>;

function withMisses(rows: NoticeRow[], now: number): Notice[] {
  return rows.map((row) => ({ ...row, missed: noticeMisses(row, now) }));
}

export function listNotices(db: Db, caseId: string, now: number): Notice[] {
  return withMisses(db.prepare(`${NOTICE_SELECT} WHERE n.case_id = +? AND n.deleted = 0 ORDER BY n.issued_at, n.number`).all(caseId) as NoticeRow[], now);
}

export function getNotice(db: Db, noticeId: string, now: number): Notice {
  const row = db.prepare(`${NOTICE_SELECT} WHERE n.id = +? AND n.deleted = 0`).get(noticeId) as NoticeRow | undefined;
  if (!row) throw new DomainError('NOT_FOUND', 'No such rectification notice');
  return withMisses([row], now)[0]!;
}

export interface IssueNoticeInput {
  caseId: string;
  contractorId: string;
  problem: string;
  requirements: string;
  completionDueAt: number;
  onSiteDueAt?: number | undefined;
  copiesTo: string;
}

export function issueNotice(ctx: CoreContext, input: IssueNoticeInput): Notice {
  const writer = writerFor(ctx);
  const now = ctx.now();
  const id = newId();
  ctx.db.transaction(() => {
    const kase = ctx.db.prepare('SELECT status FROM cases WHERE id = ? AND deleted = 0').get(input.caseId) as { status: string } | undefined;
    if (!kase) throw new DomainError('NOT_FOUND', 'No such case');
    if (kase.status === 'closed') throw new DomainError('INVALID_TRANSITION', 'The case is closed');
    assertContractor(ctx.db, input.contractorId, { mustBeActive: true });
    if (input.completionDueAt <= now) throw fieldError('completionDueAt', 'errors.dueInPast', 'The time required has passed already');
    recordEntityUpdate(ctx.db, writer, 'rectification_notice', id, {
      caseId: input.caseId,
      number: nextNoticeNumber(ctx.db, requireSetup(ctx).deskCode, now),
      contractorId: input.contractorId,
      problem: input.problem,
      requirements: input.requirements,
      copiesTo: input.copiesTo,
      status: 'issued',
      issuedBy: writer.userId,
      issuedAt: now,
      // Seed 003: four hours after the notice or the phone call, day and night: wall-clock time.
      onSiteDueAt: input.onSiteDueAt ?? now + readSettingValues(ctx.db).noticeOnSiteHours * HOUR,
      completionDueAt: input.completionDueAt,
    });
  })();
  return getNotice(ctx.db, id, now);
}

/** When each step happened, and what else it records. */
function stepFields(ctx: CoreContext, step: NoticeStep, at: number): Record<string, JsonValue> {
  const returnDue = at + readSettingValues(ctx.db).noticeReturnHours * HOUR;
  switch (step.step) {
    case 'sign':
      return { signedAt: at };
    case 'arrive':
      return { onSiteAt: at };
    case 'complete':
      return { completedAt: at, returnDueAt: returnDue };
    case 'accept':
      return { acceptedAt: at };
    case 'reject':
      return { rejectedAt: at, rejectReason: step.reason, completedAt: null, returnDueAt: null };
    case 'return':
      return { returnedAt: at, contractorReply: step.reply };
    case 'emergency':
      return {
        emergencyStartedAt: at,
        emergencyStartedBy: ctx.session.userId,
        emergencyTeam: step.team,
        emergencyCost: step.cost,
        emergencyNote: step.note,
        completedAt: at,
        returnDueAt: returnDue,
      };
  }
}

/** One step of a notice's life, checked against its state; emergency repair is the coordinator's to start. */
export function stepNotice(ctx: CoreContext, noticeId: string, step: NoticeStep): Notice {
  const writer = writerFor(ctx);
  if (step.step === 'emergency') assertPermission(ctx, 'approve_fine');
  ctx.db.transaction(() => {
    const row = ctx.db.prepare('SELECT status, issued_at AS issuedAt FROM rectification_notices WHERE id = ? AND deleted = 0').get(noticeId) as
      | { status: NoticeStatus; issuedAt: number }
      | undefined;
    if (!row) throw new DomainError('NOT_FOUND', 'No such rectification notice');
    if (!NOTICE_STEPS_FROM[step.step].includes(row.status)) {
      throw new DomainError('INVALID_TRANSITION', `A notice that is ${row.status} cannot take the step ${step.step}`);
    }
    const at = whenDone(ctx.now(), step.at, row.issuedAt, 'at');
    recordEntityUpdate(ctx.db, writer, 'rectification_notice', noticeId, { ...stepFields(ctx, step, at), status: NOTICE_STEP_LEADS_TO[step.step] });
  })();
  return getNotice(ctx.db, noticeId, ctx.now());
}
