/**
 * The words of the exported workbook and CSV. The UI passes its own
 * catalogue (statsLabelsSchema); whatever it leaves out takes these zh-CN
 * defaults, which use the same words as the UI's zh-CN catalogue and the
 * printed forms, because the monthly summary goes to management in Chinese.
 */
import type { CsvColumn, MetricId, StatsLabelsInput } from '../../../shared/schemas/stats';
import { CSV_COLUMNS, METRIC_IDS } from '../../../shared/schemas/stats';
import { fieldWord } from '../../../shared/vocabulary/words';
import { wordsZhCN } from '../../../shared/vocabulary/words.zh-CN';
import { METRIC_DEFINITIONS } from './metric-definitions';

export const TEXT_KEYS = [
  'title',
  'organisation',
  'period',
  'comparePeriod',
  'site',
  'allSites',
  'generatedAt',
  'partial',
  'periodSeparator',
  'metricHeader',
  'currentHeader',
  'previousHeader',
  'changeHeader',
  'definitionHeader',
  'summarySheet',
  'casesSheet',
  'notDispatched',
  'noSite',
  'callbackTarget',
  'csvFileName',
  'xlsxFileName',
] as const;
export type TextKey = (typeof TEXT_KEYS)[number];

/** Every column either export can have: the month's case sheet and the CSV of a filtered list. */
export const COLUMN_KEYS = [...new Set([...CSV_COLUMNS, 'resolvedAt', 'closedAt', 'lastSatisfaction'] as const)];
export type ColumnKey = CsvColumn | 'resolvedAt' | 'closedAt' | 'lastSatisfaction';

export interface StatsLabels {
  text: Record<TextKey, string>;
  metric: Record<MetricId, string>;
  definition: Record<MetricId, string>;
  column: Record<ColumnKey, string>;
  channel: Record<string, string>;
  category: Record<string, string>;
  nature: Record<string, string>;
  status: Record<string, string>;
  satisfaction: Record<string, string>;
  deadlineState: Record<string, string>;
}

const fromDefinitions = (part: 'label' | 'definition'): Record<MetricId, string> =>
  Object.fromEntries(METRIC_IDS.map((id) => [id, METRIC_DEFINITIONS[id]['zh-CN'][part]])) as Record<MetricId, string>;

export const ZH_CN_STATS_LABELS: StatsLabels = {
  text: {
    title: wordsZhCN.forms['stats-summary'],
    organisation: '单位',
    period: '统计期间',
    comparePeriod: '对比期间(上期)',
    site: '项目',
    allSites: '全部项目',
    generatedAt: '制表时间',
    partial: '(统计期尚未结束,数据截至制表时间)',
    periodSeparator: ' 至 ',
    metricHeader: '指标',
    currentHeader: '本期',
    previousHeader: '上期',
    changeHeader: '增减',
    definitionHeader: '统计口径',
    summarySheet: '统计汇总',
    casesSheet: '投诉明细',
    notDispatched: '未派单',
    noSite: '(未填项目)',
    callbackTarget: '回访率目标',
    csvFileName: '投诉列表',
    xlsxFileName: wordsZhCN.forms['stats-summary'],
  },
  metric: fromDefinitions('label'),
  definition: fromDefinitions('definition'),
  column: Object.fromEntries(COLUMN_KEYS.map((key) => [key, fieldWord(wordsZhCN, key)])) as Record<ColumnKey, string>,
  channel: wordsZhCN.codes.channel,
  category: wordsZhCN.codes.category,
  nature: wordsZhCN.codes.nature,
  status: wordsZhCN.codes.status,
  satisfaction: wordsZhCN.codes.satisfaction,
  // A finished case's deadline is met or not (cases-csv.ts), beside the states of a running one.
  deadlineState: { ...wordsZhCN.codes.deadlineState, ...wordsZhCN.report.deadlineOutcome },
};

/** The UI's words over the defaults, part by part and key by key. */
export function resolveLabels(input: StatsLabelsInput = {}): StatsLabels {
  const merged = { ...ZH_CN_STATS_LABELS };
  for (const part of Object.keys(merged) as (keyof StatsLabels)[]) {
    const given = input[part];
    if (given) (merged as Record<string, Record<string, string>>)[part] = { ...ZH_CN_STATS_LABELS[part], ...given };
  }
  return merged;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-23`, in the desk's local time. */
export function formatDate(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A period's file name, `title-20260901-20260930.ext`: its first and last
 * day in the desk's local time (the period ends at the next day's midnight,
 * exclusive). Never from toISOString, which is UTC and, east of Greenwich,
 * names the day before.
 */
export function periodFileName(title: string, from: number, to: number, extension: string): string {
  return `${title}-${compactDate(from)}-${compactDate(to - 1)}.${extension}`;
}

/** `20261205`, the desk's local day, as file names carry it. */
export function compactDate(at: number): string {
  return formatDate(at).replaceAll('-', '');
}

/** `2026-11-23 09:30`, in the desk's local time. */
export function formatDateTime(at: number): string {
  const d = new Date(at);
  return `${formatDate(at)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const isMidnight = (at: number) => {
  const d = new Date(at);
  return d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0;
};

/** A period as people write it: whole days show their last day (`to` is exclusive), anything else its times. */
export function formatPeriod(period: { from: number; to: number }, separator: string): string {
  if (isMidnight(period.from) && isMidnight(period.to)) return `${formatDate(period.from)}${separator}${formatDate(period.to - 1)}`;
  return `${formatDateTime(period.from)}${separator}${formatDateTime(period.to)}`;
}

/**
 * A stored code in words: the name the organisation gave it (custom and
 * renamed categories, departments), else the catalogue's, else the code.
 */
export function labelFor(map: Record<string, string>, code: string, name = ''): string {
  return name || map[code] || code;
}
