/**
 * The export channels' services: the monthly summary workbook and the CSV
 * of a filtered case list, each returned as a file (base64) for the host's
 * save dialog, because the renderer has no file system.
 */
import type { CaseListQuery, CaseSummary } from '../../../shared/contract';
import type { Satisfaction } from '../../../shared/domain';
import type { CsvColumn, ExportFile, StatsLabelsInput, StatsWorkbookInput } from '../../../shared/schemas/stats';
import { listCases, type ReadContext } from '../cases/case-queries';
import type { Db } from '../db/connection';
import { casesToCsv, needsFinishedTime, type FinishedTimes } from './cases-csv';
import { computeStats } from './compute-stats';
import { listPeriodCases } from './period-cases';
import { compactDate, periodFileName, resolveLabels } from './stats-labels';
import { buildStatsWorkbook } from './stats-workbook';
import { contractorReport } from '../contractors/contractor-report';
import { ignoreProgress, type ProgressSink } from '../tasks/progress';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv;charset=utf-8';
const PAGE = 500;


export async function exportStatsWorkbook(
  db: Db,
  input: StatsWorkbookInput & { now: number; satisfiedLevels?: readonly Satisfaction[] },
  onProgress: ProgressSink = ignoreProgress,
): Promise<ExportFile> {
  onProgress('reading', 0, 0);
  const stats = computeStats(db, input);
  const cases = listPeriodCases(db, { from: input.from, to: input.to, siteFilter: stats.siteFilter });
  onProgress('building', 0, cases.length);
  const contractors = contractorReport(db, { from: input.from, to: input.to, now: input.now });
  const data = await buildStatsWorkbook(stats, cases, input.labels, contractors);
  const name = resolveLabels(input.labels).text.xlsxFileName;
  return {
    fileName: periodFileName(name, input.from, input.to, 'xlsx'),
    mime: XLSX_MIME,
    dataBase64: data.toString('base64'),
    rows: cases.length,
  };
}

/** Organisation names of custom and renamed categories, over the catalogue's words (as the screens show them). */
function withCategoryNames(db: Db, labels: StatsLabelsInput = {}): StatsLabelsInput {
  const named = db.prepare(`SELECT id, name FROM categories WHERE deleted = 0 AND name <> ''`).all() as { id: string; name: string }[];
  return { ...labels, category: { ...labels.category, ...Object.fromEntries(named.map((c) => [c.id, c.name])) } };
}

/** Every case the list's filter matches, in the list's order, read page by page in one snapshot. */
export function allMatchingCases(
  db: Db,
  query: Omit<CaseListQuery, 'offset' | 'limit'>,
  read: ReadContext,
  onProgress: ProgressSink = ignoreProgress,
): CaseSummary[] {
  return db.transaction(() => {
    const rows: CaseSummary[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = listCases(db, { ...query, offset, limit: PAGE }, read);
      rows.push(...page.rows);
      onProgress('reading', rows.length, page.total);
      if (page.rows.length < PAGE || rows.length >= page.total) return rows;
    }
  })();
}

/** When each finished case with a deadline finished (resolution, else close), for the CSV's deadline state. */
export function finishedTimes(db: Db, rows: readonly CaseSummary[]): FinishedTimes {
  const ids = rows.filter(needsFinishedTime).map((row) => row.id);
  if (ids.length === 0) return new Map();
  const found = db
    .prepare('SELECT id, coalesce(resolved_at, closed_at) AS at FROM cases WHERE id IN (SELECT value FROM json_each(?)) AND coalesce(resolved_at, closed_at) IS NOT NULL')
    .all(JSON.stringify(ids)) as { id: string; at: number }[];
  return new Map(found.map((row) => [row.id, row.at]));
}

export function exportCasesCsv(
  db: Db,
  input: Omit<CaseListQuery, 'offset' | 'limit'> & { columns: readonly CsvColumn[]; labels?: StatsLabelsInput },
  read: ReadContext,
  onProgress: ProgressSink = ignoreProgress,
): ExportFile {
  const { columns, labels, ...query } = input;
  const rows = allMatchingCases(db, query, read, onProgress);
  onProgress('building', 0, rows.length);
  const text = casesToCsv(rows, columns, withCategoryNames(db, labels), finishedTimes(db, rows));
  return {
    fileName: `${resolveLabels(labels).text.csvFileName}-${compactDate(read.now)}.csv`,
    mime: CSV_MIME,
    dataBase64: Buffer.from(text, 'utf8').toString('base64'),
    rows: rows.length,
  };
}
