import type { Timeline } from '../../../shared/schemas/lifecycle';
import type { Db } from '../db/connection';
import { getCase } from '../cases/case-queries';
import { listAttachments } from '../attachments/attachments';
import { listFollowups } from '../followups/followups';
import { casesMergedInto } from '../cases/merged-cases';

/**
 * Everything that happened to a case: its moves, its follow-ups and its evidence, with the follow-ups
 * and evidence of every case merged into it (each still carries the case it was recorded on).
 */
export function caseTimeline(db: Db, caseId: string): Timeline {
  getCase(db, caseId);
  const caseIds = [caseId, ...casesMergedInto(db, caseId).map((merged) => merged.id)];
  // `+?`: see db/prepared.ts.
  const events = db
    .prepare(
      `SELECT e.id, e.action, e.from_status AS fromStatus, e.to_status AS toStatus, e.reason, e.data, e.at,
              coalesce(u.name, '') AS userName
         FROM case_events e LEFT JOIN users u ON u.id = e.user_id
        WHERE e.case_id = +? AND e.deleted = 0 ORDER BY e.at, e.id`,
    )
    .all(caseId) as (Omit<Timeline['events'][number], 'data'> & { data: string })[];
  return {
    events: events.map((e) => ({ ...e, data: JSON.parse(e.data) as Record<string, unknown> })),
    followups: caseIds.flatMap((id) => listFollowups(db, id)).sort((a, b) => a.at - b.at),
    attachments: caseIds.flatMap((id) => listAttachments(db, id)).sort((a, b) => a.at - b.at),
  };
}
