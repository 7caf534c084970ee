/** The cases a monthly summary lists: every case received in the period, oldest first. */
import type { Satisfaction } from '../../../shared/domain';
import type { CaseDetail } from '../../../shared/schemas/cases';
import { EXPORTED_FIELDS } from '../../../shared/vocabulary/case-fields';
import type { Db } from '../db/connection';
import { caseSelect } from '../cases/case-select';

/** The fields of the month's case sheet: the vocabulary's exported fields. */
const SHEET_FIELDS = EXPORTED_FIELDS;
const SHEET = caseSelect(SHEET_FIELDS);

export type PeriodCaseRow = Pick<CaseDetail, (typeof SHEET_FIELDS)[number] | 'departmentName'> & {
  /** The organisation's name for a custom or renamed category, else ''. */
  categoryName: string;
  /** The satisfaction of the latest callback round that was made. */
  lastSatisfaction: Satisfaction | null;
};

/** Cases received in the period (voided and merged ones left out, as in every statistic), oldest first. */
export function listPeriodCases(db: Db, period: { from: number; to: number; siteFilter?: string | null }): PeriodCaseRow[] {
  const rows = db
    .prepare(
      `SELECT ${SHEET.columns}, coalesce((SELECT name FROM categories WHERE id = c.category), '') AS categoryName,
              (SELECT cb.satisfaction FROM callbacks cb
                WHERE cb.case_id = c.id AND cb.status = 'done' AND cb.deleted = 0
                ORDER BY cb.round DESC LIMIT 1) AS lastSatisfaction
         FROM cases c
        WHERE c.received_at >= @from AND c.received_at < @to AND c.deleted = 0 AND c.excluded = 0 AND (@site IS NULL OR c.site = @site)
        ORDER BY c.received_at, c.rowid`,
    )
    .all({ from: period.from, to: period.to, site: period.siteFilter || null }) as Record<string, unknown>[];
  return rows.map((row) => SHEET.decode<PeriodCaseRow>(row));
}
