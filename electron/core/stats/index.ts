/** Statistics and the monthly summary: what the handlers, the CLI and the benchmark call. */
export { computeStats, compare, previousPeriod, scalarValue, DEFAULT_SATISFIED_LEVELS, type ComputeStatsOptions } from './compute-stats';
export { METRIC_DEFINITIONS } from './metric-definitions';
export { listPeriodCases, type PeriodCaseRow } from './period-cases';
export { buildStatsWorkbook, CASE_SHEET_COLUMNS } from './stats-workbook';
export { casesToCsv, csvCell, toCsv, UTF8_BOM } from './cases-csv';
export { exportCasesCsv, exportStatsWorkbook, allMatchingCases, CSV_MIME, XLSX_MIME } from './stats-export';
export { resolveLabels, ZH_CN_STATS_LABELS, type StatsLabels } from './stats-labels';
export { draftFindings, readClosings, type ClosingNote, type Closings } from './findings-draft';
export { findingsFor, periodFindings, saveFindings } from './period-findings';
