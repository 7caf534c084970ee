/**
 * The contractor report (seed 003), per contractor for a period (a month): the notices it was sent,
 * how many it was on site for and finished in time, the fines it got (approved or sent: count and
 * sum), the emergency repairs done for it and their cost, the claims laid at its door, and the
 * problems that came back to the same unit.
 */
import type { ContractorReport, ContractorReportRow } from '../../../shared/schemas/contractors';
import type { Db } from '../db/connection';

interface NoticeRow {
  contractorId: string;
  name: string;
  onSiteDueAt: number | null;
  onSiteAt: number | null;
  completionDueAt: number | null;
  completedAt: number | null;
  emergencyCost: number | null;
  emergency: number;
  unit: string;
}

/** On time: done by the deadline. Late: done after it, or not done and the deadline has passed. Otherwise still running. */
function timeliness(done: number | null, due: number | null, now: number): 'on_time' | 'late' | 'running' {
  if (due === null) return done === null ? 'running' : 'on_time';
  if (done !== null) return done <= due ? 'on_time' : 'late';
  return due < now ? 'late' : 'running';
}

function emptyRow(contractorId: string, name: string): ContractorReportRow {
  return {
    contractorId,
    contractorName: name,
    notices: 0,
    onSiteOnTime: 0,
    onSiteLate: 0,
    completedOnTime: 0,
    completedLate: 0,
    emergencyRepairs: 0,
    emergencyCost: 0,
    fines: 0,
    fineTotal: 0,
    claims: 0,
    claimedTotal: 0,
    acceptedTotal: 0,
    repeatedUnits: [],
  };
}

export function contractorReport(db: Db, period: { from: number; to: number; now: number }): ContractorReport {
  const rows = new Map<string, ContractorReportRow>();
  const row = (id: string, name: string) => rows.get(id) ?? rows.set(id, emptyRow(id, name)).get(id)!;
  const notices = db
    .prepare(
      `SELECT n.contractor_id AS contractorId, coalesce(k.name, '') AS name, n.on_site_due_at AS onSiteDueAt, n.on_site_at AS onSiteAt,
              n.completion_due_at AS completionDueAt, n.completed_at AS completedAt, n.emergency_cost AS emergencyCost,
              n.emergency_started_at IS NOT NULL AS emergency, c.building_room AS unit
         FROM rectification_notices n JOIN cases c ON c.id = n.case_id LEFT JOIN contractors k ON k.id = n.contractor_id
        WHERE n.deleted = 0 AND n.issued_at BETWEEN ? AND ?`,
    )
    .all(period.from, period.to) as NoticeRow[];
  const units = new Map<string, Map<string, number>>();
  for (const notice of notices) {
    const r = row(notice.contractorId, notice.name);
    r.notices++;
    // An emergency repair means the contractor did not come: on site late, whatever the clock says.
    const onSite = notice.emergency ? 'late' : timeliness(notice.onSiteAt, notice.onSiteDueAt, period.now);
    if (onSite === 'on_time') r.onSiteOnTime++;
    if (onSite === 'late') r.onSiteLate++;
    const completed = notice.emergency ? 'late' : timeliness(notice.completedAt, notice.completionDueAt, period.now);
    if (completed === 'on_time') r.completedOnTime++;
    if (completed === 'late') r.completedLate++;
    if (notice.emergency) {
      r.emergencyRepairs++;
      r.emergencyCost += notice.emergencyCost ?? 0;
    }
    const byUnit = units.get(notice.contractorId) ?? units.set(notice.contractorId, new Map()).get(notice.contractorId)!;
    byUnit.set(notice.unit, (byUnit.get(notice.unit) ?? 0) + 1);
  }
  for (const [contractorId, byUnit] of units) {
    row(contractorId, '').repeatedUnits = [...byUnit].filter(([unit, count]) => unit && count > 1).map(([unit, count]) => ({ unit, count }));
  }
  const fines = db
    .prepare(
      `SELECT f.contractor_id AS contractorId, coalesce(k.name, '') AS name, count(*) AS n, sum(f.amount) AS total
         FROM fines f LEFT JOIN contractors k ON k.id = f.contractor_id
        WHERE f.deleted = 0 AND f.status IN ('approved', 'sent') AND f.proposed_at BETWEEN ? AND ? GROUP BY f.contractor_id`,
    )
    .all(period.from, period.to) as { contractorId: string; name: string; n: number; total: number }[];
  for (const fine of fines) Object.assign(row(fine.contractorId, fine.name), { fines: fine.n, fineTotal: fine.total });
  const claims = db
    .prepare(
      `SELECT m.contractor_id AS contractorId, coalesce(k.name, '') AS name, count(*) AS n, sum(m.amount_claimed) AS claimed,
              sum(CASE WHEN m.status IN ('accepted', 'paid') THEN coalesce(m.accepted_amount, 0) ELSE 0 END) AS accepted
         FROM claims m LEFT JOIN contractors k ON k.id = m.contractor_id
        WHERE m.deleted = 0 AND m.contractor_id IS NOT NULL AND m.at BETWEEN ? AND ? GROUP BY m.contractor_id`,
    )
    .all(period.from, period.to) as { contractorId: string; name: string; n: number; claimed: number; accepted: number }[];
  for (const claim of claims) Object.assign(row(claim.contractorId, claim.name), { claims: claim.n, claimedTotal: claim.claimed, acceptedTotal: claim.accepted });
  // Every claim of the period, whoever it concerns: the monthly statistics' count and sums.
  const all = db
    .prepare(
      `SELECT count(*) AS n, coalesce(sum(amount_claimed), 0) AS claimed,
              coalesce(sum(CASE WHEN status IN ('accepted', 'paid') THEN coalesce(accepted_amount, 0) ELSE 0 END), 0) AS accepted
         FROM claims WHERE deleted = 0 AND at BETWEEN ? AND ?`,
    )
    .get(period.from, period.to) as { n: number; claimed: number; accepted: number };
  return {
    rows: [...rows.values()].sort((a, b) => a.contractorName.localeCompare(b.contractorName, 'zh-CN')),
    claims: { count: all.n, claimedTotal: all.claimed, acceptedTotal: all.accepted },
  };
}
