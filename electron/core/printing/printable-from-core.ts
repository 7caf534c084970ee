/**
 * Everything a form prints about a case, gathered from the core: the
 * registration, the judgment, the dispatch, every follow-up, the handling
 * result and every callback round.
 */
import type { Db } from '../db/connection';
import { caseHistory, getCase } from '../cases/case-queries';
import { caseTimeline } from '../lifecycle/timeline';
import { listCallbacks } from '../callbacks/callback-queries';
import { readDesk } from '../desk/desk';
import { buildPrintableCase, type PrintableCase, type PrintCallback, type PrintFine, type PrintRectificationNotice } from './form-data';
import { officeNames } from '../settings/office-names';
import { expectedHandlingBy } from '../lifecycle/expected-handling';
import { listNotices } from '../contractors/notices';
import { listFines } from '../contractors/fines';
import { readSettingValues } from '../settings/setting-values';
import { wordsZhCN } from '../../../shared/vocabulary/words.zh-CN';

/** `{ key: value }` when there is a value, else nothing: for spreading optional sections. */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** Which of the case's records a contractor form prints (its latest when not said). */
export interface ContractorFormChoice {
  noticeId?: string | undefined;
  fineId?: string | undefined;
}

/** The 工程整改通知单's facts from a notice on the case: every field filled, the office's minimum fine printed in its terms. */
function rectificationSection(db: Db, caseId: string, now: number, noticeId: string | undefined): PrintRectificationNotice | undefined {
  const notices = listNotices(db, caseId, now);
  const notice = noticeId ? notices.find((n) => n.id === noticeId) : notices.at(-1);
  if (!notice) return undefined;
  return {
    noticeNumber: notice.number,
    contractor: notice.contractorName,
    project: getCase(db, caseId, { now, userId: null }).site,
    contact: notice.contractorContact,
    issue: notice.problem,
    requirements: notice.requirements,
    ...(notice.completionDueAt !== null ? { requiredBy: notice.completionDueAt } : {}),
    ...(notice.onSiteDueAt !== null ? { onSiteBy: notice.onSiteDueAt } : {}),
    issuedAt: notice.issuedAt,
    issuedBy: notice.issuedByName,
    minimumFineYuan: readSettingValues(db).minimumFineYuan,
  };
}

function fineSection(db: Db, caseId: string, fineId: string | undefined): PrintFine | undefined {
  const fines = listFines(db, caseId);
  const fine = fineId ? fines.find((f) => f.id === fineId) : fines.at(-1);
  if (!fine) return undefined;
  return {
    contractor: fine.contractorName,
    noticeNumber: fine.noticeNumber,
    conditions: fine.conditions.map((code) => wordsZhCN.codes.fineCondition[code]),
    amountYuan: fine.amount,
    reason: fine.reason,
    proposedBy: fine.proposedByName,
    proposedAt: fine.proposedAt,
    ...(fine.approvedAt !== null ? { approvedBy: fine.approvedByName, approvedAt: fine.approvedAt } : {}),
    ...(fine.changeReason ? { changeReason: fine.changeReason } : {}),
    copiesTo: readSettingValues(db).fineCopiesTo,
  };
}

export function printableCase(db: Db, caseId: string, now: number, choice: ContractorFormChoice = {}): PrintableCase {
  const detail = getCase(db, caseId, { now, userId: null });
  const timeline = caseTimeline(db, caseId);
  const lastEvent = (action: string) => timeline.events.filter((e) => e.action === action).at(-1);
  const expectedBy = expectedHandlingBy(db, detail);
  // A complaint settled on the spot was judged and resolved by the one step.
  const onTheSpot = lastEvent('resolve_on_the_spot');
  const judge = lastEvent('judge') ?? onTheSpot;
  const dispatch = lastEvent('dispatch');
  const resolve = lastEvent('resolve') ?? onTheSpot;
  const callbacks: PrintCallback[] = listCallbacks(db, { caseId, includeDone: true }, now)
    .filter((cb) => cb.status === 'done' && cb.completedAt !== null)
    .map((cb) => ({
      at: cb.completedAt!,
      method: cb.method,
      by: cb.completedByName,
      comment: cb.customerWords,
      ...(cb.satisfaction ? { satisfaction: cb.satisfaction } : {}),
    }));
  return buildPrintableCase({
    detail,
    history: caseHistory(db, caseId),
    orgName: readDesk(db).orgName ?? '',
    categoryName: officeNames(db).category?.[detail.category] ?? '',
    sections: {
      ...(detail.nature !== 'unjudged'
        ? {
            judgment: {
              nature: detail.nature,
              ...(detail.communicativeType ? { communicative: detail.communicativeType } : {}),
              ...(detail.judgedAt !== null ? { judgedAt: detail.judgedAt } : {}),
              ...(judge ? { judgedBy: judge.userName } : {}),
              note: detail.judgeNote,
              invalidExplanation: detail.invalidExplanation,
              ...(detail.escalatedToName ? { escalatedTo: detail.escalatedToName } : {}),
            },
          }
        : {}),
      ...(detail.departmentId
        ? {
            dispatch: {
              department: detail.departmentName,
              person: detail.assigneeName,
              ...(detail.dispatchedAt !== null ? { dispatchedAt: detail.dispatchedAt } : {}),
              ...(dispatch ? { dispatchedBy: dispatch.userName, instructions: dispatch.reason } : {}),
              ...(detail.dueAt !== null ? { deadline: detail.dueAt } : {}),
            },
          }
        : {}),
      followups: timeline.followups.map((f) => ({ at: f.at, kind: f.kind, text: f.text, by: f.userName })),
      ...(detail.resolutionSummary
        ? {
            handlingResult: {
              summary: detail.resolutionSummary,
              ...(detail.resolvedAt !== null ? { completedAt: detail.resolvedAt } : {}),
              ...(resolve ? { handledBy: resolve.userName } : {}),
            },
          }
        : {}),
      callbacks,
      ...optional('rectification', rectificationSection(db, caseId, now, choice.noticeId)),
      ...optional('fine', fineSection(db, caseId, choice.fineId)),
      acknowledgement: { ...(expectedBy !== null ? { expectedBy } : {}) },
    },
  });
}
