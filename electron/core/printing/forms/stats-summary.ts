/**
 * 客户服务信息统计分析汇总表: the monthly summary to management (seeds 000,
 * 001, 004) on paper, with every figure beside its definition and the
 * previous period, then the breakdowns, then signatures.
 */
import { SCALAR_METRIC_IDS, type CountRow, type StatsResult } from '../../../../shared/schemas/stats';
import { METRIC_DEFINITIONS } from '../../stats/metric-definitions';
import type { FormSheet } from '../document';
import { escapeHtml } from '../html';
import { date, formHeader, signatures } from '../layout';
import { CHANNEL_LABELS, SATISFACTION_LABELS, STATS_SUMMARY_FORM_TITLE } from '../labels';
import { wordsZhCN } from '../../../../shared/vocabulary/words.zh-CN';
import { SATISFACTION_LEVELS } from '../../../../shared/domain';
import { categoryLabel, type SheetContext } from './shared';

export const STATS_SUMMARY_TITLE = STATS_SUMMARY_FORM_TITLE;

const RATES = new Set(['onTimeRate', 'callbackRate', 'satisfactionRate', 'resolutionRate', 'repeatRate']);
const DAYS = new Set(['handlingDaysAverage', 'handlingDaysMedian']);

export function formatMetric(metric: string, value: number | null): string {
  if (value === null) return '—';
  if (RATES.has(metric)) return `${(value * 100).toFixed(1)}%`;
  if (DAYS.has(metric)) return `${value.toFixed(1)} 个工作日`;
  return String(value);
}

function formatChange(metric: string, change: number | null): string {
  if (change === null) return '—';
  const sign = change > 0 ? '+' : '';
  if (RATES.has(metric)) return `${sign}${(change * 100).toFixed(1)} 个百分点`;
  return `${sign}${DAYS.has(metric) ? change.toFixed(1) : change}`;
}

const NATURE_NAMES: Record<string, string> = wordsZhCN.codes.nature;

function breakdown(title: string, rows: readonly CountRow[], label: (row: CountRow) => string): string {
  const body = rows.length
    ? rows.map((row) => `<tr><td>${escapeHtml(label(row))}</td><td class="num">${row.count}</td></tr>`).join('')
    : '<tr><td colspan="2">—</td></tr>';
  return `<table class="list"><thead><tr><th>${escapeHtml(title)}</th><th style="width:25mm">件数</th></tr></thead><tbody>${body}</tbody></table>`;
}

export function statsSummarySheet(stats: StatsResult, ctx: SheetContext): FormSheet {
  const organisation = { name: stats.orgName };
  const period = `${date(stats.current.period.from, ctx.dates)} 至 ${date(stats.current.period.to - 1, ctx.dates)}`;
  const previous = `${date(stats.previous.period.from, ctx.dates)} 至 ${date(stats.previous.period.to - 1, ctx.dates)}`;
  const metrics = SCALAR_METRIC_IDS.map((metric) => {
    const row = stats.comparison.find((r) => r.metric === metric);
    const definition = METRIC_DEFINITIONS[metric]['zh-CN'];
    return (
      `<tr><td>${escapeHtml(definition.label)}</td><td class="num">${formatMetric(metric, row?.current ?? null)}</td>` +
      `<td class="num">${formatMetric(metric, row?.previous ?? null)}</td><td class="num">${formatChange(metric, row?.change ?? null)}</td>` +
      `<td class="text">${escapeHtml(definition.definition)}</td></tr>`
    );
  }).join('');
  const name = (row: CountRow) => row.name || row.key;
  const body =
    formHeader({ organisation, title: STATS_SUMMARY_TITLE, printedAt: ctx.printedAt, dates: ctx.dates }) +
    `<p>统计期间:${escapeHtml(period)}${stats.siteFilter ? `  项目:${escapeHtml(stats.siteFilter)}` : ''}${stats.partial ? '(统计期尚未结束)' : ''};对比期间:${escapeHtml(previous)}</p>` +
    '<table class="list"><thead><tr><th style="width:32mm">指标</th><th style="width:24mm">本期</th><th style="width:24mm">上期</th>' +
    `<th style="width:24mm">变化</th><th>口径说明</th></tr></thead><tbody>${metrics}</tbody></table>` +
    breakdown('投诉类别', stats.current.byCategory, (r) => r.name || categoryLabel(r.key)) +
    breakdown('投诉渠道', stats.current.byChannel, (r) => (CHANNEL_LABELS as Record<string, string>)[r.key] ?? r.key) +
    breakdown('投诉性质', stats.current.byNature, (r) => NATURE_NAMES[r.key] ?? r.key) +
    breakdown('责任部门', stats.current.byDepartment, name) +
    breakdown('项目', stats.current.bySite, name) +
    breakdown(
      '回访满意度',
      SATISFACTION_LEVELS.map((level) => ({ key: level, name: SATISFACTION_LABELS[level], count: stats.current.satisfaction.levels[level] })),
      name,
    ) +
    breakdown('投诉最多的房号', stats.current.topUnits, name) +
    '<p>主要问题及改进建议:</p><div class="write-lines" style="height:30mm;border:0.75pt solid #000"></div>' +
    signatures(['制表人', '审核人(客服中心经理)', '日期']);
  return { title: STATS_SUMMARY_TITLE, organisation, body };
}
