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
import { buildPrintableCase, type PrintableCase, type PrintCallback } from './form-data';
import { officeNames } from '../settings/office-names';
import { expectedHandlingBy } from '../lifecycle/expected-handling';

export function printableCase(db: Db, caseId: string, now: number): PrintableCase {
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
      acknowledgement: { ...(expectedBy !== null ? { expectedBy } : {}) },
    },
  });
}
