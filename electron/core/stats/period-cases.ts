/** The cases a monthly summary lists: every case received in the period, oldest first. */
import type { Satisfaction } from '../../../shared/domain';
import type { Db } from '../db/connection';

export interface PeriodCaseRow {
  number: string;
  receivedAt: number;
  channel: string;
  category: string;
  /** The organisation's name for a custom or renamed category, else ''. */
  categoryName: string;
  nature: string;
  status: string;
  complainantName: string;
  phone: string;
  buildingRoom: string;
  site: string;
  departmentName: string;
  dueAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  /** The satisfaction of the latest callback round that was made. */
  lastSatisfaction: Satisfaction | null;
}

export function listPeriodCases(db: Db, period: { from: number; to: number; siteFilter?: string | null }): PeriodCaseRow[] {
  return db
    .prepare(
      `SELECT c.number, c.received_at AS receivedAt, c.channel, c.category, coalesce(cat.name, '') AS categoryName, c.nature,
              c.status, c.complainant_name AS complainantName, c.phone, c.building_room AS buildingRoom, c.site,
              coalesce(d.name, '') AS departmentName, c.due_at AS dueAt, c.resolved_at AS resolvedAt, c.closed_at AS closedAt,
              (SELECT cb.satisfaction FROM callbacks cb
                WHERE cb.case_id = c.id AND cb.status = 'done' AND cb.deleted = 0
                ORDER BY cb.round DESC LIMIT 1) AS lastSatisfaction
         FROM cases c
         LEFT JOIN categories cat ON cat.id = c.category
         LEFT JOIN departments d ON d.id = c.department_id
        WHERE c.received_at >= @from AND c.received_at < @to AND c.deleted = 0 AND (@site IS NULL OR c.site = @site)
        ORDER BY c.received_at, c.rowid`,
    )
    .all({ from: period.from, to: period.to, site: period.siteFilter || null }) as PeriodCaseRow[];
}
