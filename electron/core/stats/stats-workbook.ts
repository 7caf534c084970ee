/**
 * The monthly summary as an Excel workbook: the summary sheet
 * (客户服务信息统计分析汇总表: every metric for this period and the last,
 * the change, and what the metric means) and a sheet listing the period's
 * cases. Numbers stay numbers (formatted as % or days), so the office can
 * chart and total them in Excel.
 */
import type { ContractorReport } from '../../../shared/schemas/contractors';
import ExcelJS from 'exceljs';
import type { BreakdownMetricId, CountRow, ScalarMetricId, StatsLabelsInput, StatsResult } from '../../../shared/schemas/stats';
import { SATISFACTION_LEVELS } from '../../../shared/domain';
import type { PeriodCaseRow } from './period-cases';
import { formatDateTime, formatPeriod, labelFor, resolveLabels, type ColumnKey, type StatsLabels } from './stats-labels';

type Kind = 'count' | 'rate' | 'days';

const KIND: Record<ScalarMetricId, Kind> = {
  received: 'count',
  resolvedCases: 'count',
  onTimeRate: 'rate',
  handlingDaysAverage: 'days',
  handlingDaysMedian: 'days',
  callbacksDone: 'count',
  callbackRate: 'rate',
  satisfactionRate: 'rate',
  resolutionRate: 'rate',
  repeatRate: 'rate',
  reopenedCases: 'count',
  majorCases: 'count',
  groupComplaints: 'count',
  groupCases: 'count',
  callbackExceptions: 'count',
};

const VALUE_FORMAT: Record<Kind, string> = { count: '0', rate: '0.0%', days: '0.00' };
const CHANGE_FORMAT: Record<Kind, string> = { count: '+0;-0;0', rate: '+0.0%;-0.0%;0.0%', days: '+0.00;-0.00;0.00' };

/** The columns of the case sheet, in order. */
export const CASE_SHEET_COLUMNS: readonly ColumnKey[] = [
  'number',
  'receivedAt',
  'channel',
  'category',
  'nature',
  'status',
  'complainantName',
  'buildingRoom',
  'departmentName',
  'dueAt',
  'resolvedAt',
  'closedAt',
  'lastSatisfaction',
];

/**
 * Excel keeps no time zone: it shows a date's UTC fields. Shifting by the
 * local offset makes the cell show the desk's clock time.
 */
export function excelLocalDate(at: number): Date {
  return new Date(at - new Date(at).getTimezoneOffset() * 60_000);
}

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function styleTableRow(row: ExcelJS.Row, columns: number): void {
  for (let c = 1; c <= columns; c++) {
    const cell = row.getCell(c);
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', wrapText: c === columns || c === 1 };
  }
}

interface BreakdownLine {
  label: string;
  current: number;
  previous: number | null;
}

/** Rows for a breakdown: this period's order, then keys only the previous period had. */
function breakdownLines(current: CountRow[], previous: CountRow[] | null, label: (row: CountRow) => string): BreakdownLine[] {
  const before = new Map((previous ?? []).map((row) => [row.key, row.count]));
  const lines = current.map((row) => ({ label: label(row), current: row.count, previous: previous ? (before.get(row.key) ?? 0) : null }));
  const seen = new Set(current.map((row) => row.key));
  for (const row of previous ?? []) {
    if (!seen.has(row.key) && row.count > 0) lines.push({ label: label(row), current: 0, previous: row.count });
  }
  return lines;
}

function breakdowns(stats: StatsResult, labels: StatsLabels): { metric: BreakdownMetricId; lines: BreakdownLine[] }[] {
  const { current: now, previous: before } = stats;
  const category = (row: CountRow) => labelFor(labels.category, row.key, row.name);
  const satisfaction = (levels: Record<string, number>) => SATISFACTION_LEVELS.map((level) => ({ key: level, name: '', count: levels[level] ?? 0 }));
  return [
    { metric: 'byCategory', lines: breakdownLines(now.byCategory, before.byCategory, category) },
    { metric: 'byChannel', lines: breakdownLines(now.byChannel, before.byChannel, (row) => labelFor(labels.channel, row.key)) },
    { metric: 'byNature', lines: breakdownLines(now.byNature, before.byNature, (row) => labelFor(labels.nature, row.key)) },
    { metric: 'bySite', lines: breakdownLines(now.bySite, before.bySite, (row) => row.key || labels.text.noSite) },
    {
      metric: 'byDepartment',
      lines: breakdownLines(now.byDepartment, before.byDepartment, (row) => (row.key ? labelFor({}, row.key, row.name) : labels.text.notDispatched)),
    },
    {
      metric: 'satisfactionDistribution',
      lines: breakdownLines(satisfaction(now.satisfaction.levels), satisfaction(before.satisfaction.levels), (row) =>
        labelFor(labels.satisfaction, row.key),
      ),
    },
    // The previous period's count of a top category is known for every category; of a top unit, only for its own top 10.
    { metric: 'topCategories', lines: breakdownLines(now.topCategories, before.byCategory, category) },
    { metric: 'topUnits', lines: breakdownLines(now.topUnits, null, (row) => row.key) },
  ];
}

function summarySheet(workbook: ExcelJS.Workbook, stats: StatsResult, labels: StatsLabels): void {
  const t = labels.text;
  const sheet = workbook.addWorksheet(t.summarySheet, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 26 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 70 }];
  sheet.mergeCells('A1:E1');
  const title = sheet.getCell('A1');
  title.value = t.title;
  title.font = { size: 16, bold: true };
  title.alignment = { horizontal: 'center' };

  const heading: [string, string][] = [
    [t.organisation, stats.orgName],
    [t.period, formatPeriod(stats.current.period, t.periodSeparator) + (stats.partial ? ` ${t.partial}` : '')],
    [t.comparePeriod, formatPeriod(stats.previous.period, t.periodSeparator)],
    [t.site, stats.siteFilter ?? t.allSites],
    [t.generatedAt, formatDateTime(stats.generatedAt)],
  ];
  for (const [label, value] of heading) {
    const row = sheet.addRow([label, value]);
    sheet.mergeCells(row.number, 2, row.number, 5);
    row.getCell(1).font = { bold: true };
  }
  sheet.addRow([]);

  const header = sheet.addRow([t.metricHeader, t.currentHeader, t.previousHeader, t.changeHeader, t.definitionHeader]);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }));
  styleTableRow(header, 5);

  for (const comparison of stats.comparison) {
    const kind = KIND[comparison.metric];
    const row = sheet.addRow([
      labels.metric[comparison.metric],
      comparison.current,
      comparison.previous,
      comparison.change,
      labels.definition[comparison.metric],
    ]);
    for (const c of [2, 3]) row.getCell(c).numFmt = VALUE_FORMAT[kind];
    row.getCell(4).numFmt = CHANGE_FORMAT[kind];
    styleTableRow(row, 5);
    if (comparison.metric === 'callbackRate') {
      const target = sheet.addRow([t.callbackTarget, stats.current.callback.target, stats.previous.callback.target, null, '']);
      for (const c of [2, 3]) target.getCell(c).numFmt = VALUE_FORMAT.rate;
      styleTableRow(target, 5);
    }
  }

  for (const { metric, lines } of breakdowns(stats, labels)) {
    const section = sheet.addRow([labels.metric[metric], null, null, null, labels.definition[metric]]);
    section.font = { bold: true };
    section.getCell(5).font = { bold: false };
    styleTableRow(section, 5);
    for (const line of lines) {
      const change = line.previous === null ? null : line.current - line.previous;
      const row = sheet.addRow([line.label, line.current, line.previous, change, '']);
      row.getCell(1).alignment = { indent: 1 };
      row.getCell(4).numFmt = CHANGE_FORMAT.count;
      styleTableRow(row, 5);
    }
  }
}

function caseValue(row: PeriodCaseRow, column: ColumnKey, labels: StatsLabels): string | number | Date | null {
  const date = (at: number | null) => (at === null ? null : excelLocalDate(at));
  switch (column) {
    case 'receivedAt':
      return date(row.receivedAt);
    case 'dueAt':
      return date(row.dueAt);
    case 'resolvedAt':
      return date(row.resolvedAt);
    case 'closedAt':
      return date(row.closedAt);
    case 'channel':
      return labelFor(labels.channel, row.channel);
    case 'category':
      return labelFor(labels.category, row.category, row.categoryName);
    case 'nature':
      return labelFor(labels.nature, row.nature);
    case 'status':
      return labelFor(labels.status, row.status);
    case 'lastSatisfaction':
      return row.lastSatisfaction === null ? null : labelFor(labels.satisfaction, row.lastSatisfaction);
    case 'number':
    case 'complainantName':
    case 'phone':
    case 'email':
    case 'buildingRoom':
    case 'site':
    case 'departmentName':
      return row[column];
    case 'deadlineState':
    case 'contentPreview':
      return null;
  }
}

const DATE_COLUMNS = new Set<ColumnKey>(['receivedAt', 'dueAt', 'resolvedAt', 'closedAt']);

function casesSheet(workbook: ExcelJS.Workbook, cases: readonly PeriodCaseRow[], labels: StatsLabels): void {
  const sheet = workbook.addWorksheet(labels.text.casesSheet, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = CASE_SHEET_COLUMNS.map((key) => ({
    header: labels.column[key],
    key,
    width: DATE_COLUMNS.has(key) ? 17 : key === 'number' ? 16 : 12,
    style: DATE_COLUMNS.has(key) ? { numFmt: 'yyyy-mm-dd hh:mm' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of cases) sheet.addRow(CASE_SHEET_COLUMNS.map((key) => caseValue(row, key, labels)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CASE_SHEET_COLUMNS.length } };
}

/**
 * 施工单位与索赔 (seed 003): the contractor report of the period and its claims, in the office's words
 * (as the printed report says them).
 */
function contractorSheet(workbook: ExcelJS.Workbook, report: ContractorReport): void {
  const sheet = workbook.addWorksheet('施工单位与索赔', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [
    ['施工单位', 24],
    ['通知单', 8],
    ['按时到场', 9],
    ['超时到场', 9],
    ['按时完成', 9],
    ['超时完成', 9],
    ['应急维修(次)', 11],
    ['应急维修费用(元)', 14],
    ['罚款(笔)', 9],
    ['罚款金额(元)', 12],
    ['索赔(件)', 9],
    ['索赔金额(元)', 12],
    ['核定金额(元)', 12],
    ['重复问题', 30],
  ].map(([header, width]) => ({ header: String(header), width: Number(width) }));
  sheet.getRow(1).font = { bold: true };
  for (const r of report.rows) {
    sheet.addRow([
      r.contractorName,
      r.notices,
      r.onSiteOnTime,
      r.onSiteLate,
      r.completedOnTime,
      r.completedLate,
      r.emergencyRepairs,
      r.emergencyCost,
      r.fines,
      r.fineTotal,
      r.claims,
      r.claimedTotal,
      r.acceptedTotal,
      r.repeatedUnits.map((u) => `${u.unit}×${u.count}`).join('、'),
    ]);
  }
  sheet.addRow([]);
  // Every claim of the period, whoever it concerns, under the claims columns.
  sheet.addRow(['本期索赔(全部)', ...Array<string>(9).fill(''), report.claims.count, report.claims.claimedTotal, report.claims.acceptedTotal]).font = { bold: true };
}

/** The workbook's bytes (.xlsx). `labels` are the UI's words; left out, the zh-CN defaults. */
export async function buildStatsWorkbook(
  stats: StatsResult,
  cases: readonly PeriodCaseRow[],
  labelsInput: StatsLabelsInput = {},
  contractors?: ContractorReport,
): Promise<Buffer> {
  const labels = resolveLabels(labelsInput);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Complaint Desk';
  workbook.title = labels.text.title;
  workbook.created = new Date(stats.generatedAt);
  summarySheet(workbook, stats, labels);
  casesSheet(workbook, cases, labels);
  if (contractors) contractorSheet(workbook, contractors);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
