/**
 * A filtered case list as CSV, the way Excel on a Chinese Windows desk opens
 * it right: UTF-8 with a byte-order mark (without it Excel reads GBK and the
 * Chinese turns to mojibake), RFC 4180 quoting, CRLF line ends, and every
 * text cell that Excel would take for a formula (= + - @, tab, CR) prefixed
 * with an apostrophe, so a complainant's "=HYPERLINK(...)" stays text.
 */
import type { CaseStatus } from '../../../shared/domain';
import type { CaseSummary } from '../../../shared/contract';
import type { CsvColumn, StatsLabelsInput } from '../../../shared/schemas/stats';
import { formatDateTime, labelFor, resolveLabels, type StatsLabels } from './stats-labels';

export const UTF8_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | null | undefined;

/** One field: guarded against formula injection, quoted when it holds a quote, comma or line break. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records joined with CRLF (RFC 4180), the last one ended too, after the byte-order mark. */
export function toCsv(records: readonly (readonly CsvValue[])[]): string {
  return UTF8_BOM + records.map((record) => `${record.map(csvCell).join(',')}\r\n`).join('');
}

/** Statuses in which the department's work is done: the handling deadline no longer runs. */
const FINISHED: readonly CaseStatus[] = ['resolved', 'closed'];

/**
 * When each finished case with a deadline finished: its resolution time
 * (the one the on-time rate holds against the deadline), else when it closed.
 */
export type FinishedTimes = ReadonlyMap<string, number>;

/**
 * The deadline state the CSV shows. A running deadline is the list's state;
 * a finished case had a deadline that no longer runs, so instead of 无时限
 * it says whether the deadline was met ('met') or not ('late').
 */
export function csvDeadlineState(row: CaseSummary, finished: FinishedTimes): string {
  if (row.deadlineState !== 'none' || row.dueAt === null || row.voided || row.mergedInto || !FINISHED.includes(row.status)) return row.deadlineState;
  const at = finished.get(row.id);
  if (at === undefined) return row.deadlineState;
  return at <= row.dueAt ? 'met' : 'late';
}

function value(row: CaseSummary, column: CsvColumn, labels: StatsLabels, finished: FinishedTimes): CsvValue {
  switch (column) {
    case 'receivedAt':
      return formatDateTime(row.receivedAt);
    case 'dueAt':
      return row.dueAt === null ? '' : formatDateTime(row.dueAt);
    case 'channel':
      return labelFor(labels.channel, row.channel);
    case 'category':
      return labelFor(labels.category, row.category);
    case 'nature':
      return labelFor(labels.nature, row.nature);
    case 'status':
      return labelFor(labels.status, row.status);
    case 'deadlineState':
      return labelFor(labels.deadlineState, csvDeadlineState(row, finished));
    case 'number':
    case 'complainantName':
    case 'phone':
    case 'email':
    case 'buildingRoom':
    case 'site':
    case 'departmentName':
    case 'contentPreview':
      return row[column];
  }
}

/**
 * The rows under a header of the columns' names, in the columns' order;
 * codes in the labels' words. `finished` says when the finished cases
 * finished (see FinishedTimes); without it their deadline reads as none.
 */
export function casesToCsv(
  rows: readonly CaseSummary[],
  columns: readonly CsvColumn[],
  labelsInput: StatsLabelsInput = {},
  finished: FinishedTimes = new Map(),
): string {
  const labels = resolveLabels(labelsInput);
  return toCsv([columns.map((column) => labels.column[column]), ...rows.map((row) => columns.map((column) => value(row, column, labels, finished)))]);
}

/** The rows that need a finishing time for their deadline state: finished cases with a deadline. */
export function needsFinishedTime(row: CaseSummary): boolean {
  return row.dueAt !== null && FINISHED.includes(row.status);
}
