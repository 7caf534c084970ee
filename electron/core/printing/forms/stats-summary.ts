/**
 * 客户服务信息统计分析汇总表: the monthly summary to management (seeds 000,
 * 001, 004) on paper, with every figure beside its definition and the
 * previous period, then the breakdowns, the callback quotas (seed 001
 * 2.7.7), 主要问题及改进建议 and signatures. It belongs to no case: no
 * number line in its header.
 */
import { SCALAR_METRIC_IDS, type CallbackQuotaLine, type CountRow, type StatsResult } from '../../../../shared/schemas/stats';
import { METRIC_DEFINITIONS } from '../../stats/metric-definitions';
import type { FormSheet } from '../document';
import { escapeHtml, multiline } from '../html';
import { date, formHeader, signatures } from '../layout';
import { CHANNEL_LABELS, SATISFACTION_LABELS, STATS_SUMMARY_FORM_TITLE } from '../labels';
import { codeWord } from '../../../../shared/vocabulary/words';
import { wordsZhCN } from '../../../../shared/vocabulary/words.zh-CN';
import { SATISFACTION_LEVELS } from '../../../../shared/domain';
import { categoryLabel, type SheetContext } from './shared';

export const STATS_SUMMARY_TITLE = STATS_SUMMARY_FORM_TITLE;

const REPORT = wordsZhCN.report;
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

/** A breakdown line's words, never blank: the cases with no department or no site are named so. */
const departmentLabel = (row: CountRow) => (row.key ? row.name || row.key : REPORT.notDispatched);
const siteLabel = (row: CountRow) => row.key || REPORT.noSite;

/** Seed 001 2.7.7: the manager's and the general manager's callbacks against what their role owes. */
function quotas(lines: readonly CallbackQuotaLine[]): string {
  if (lines.length === 0) return '';
  const q = REPORT.quotas;
  const met = (line: CallbackQuotaLine) => (line.met === null ? q.none : line.met ? q.yes : q.no);
  const body = lines
    .map(
      (line) =>
        `<tr><td>${escapeHtml(line.name)}</td><td>${escapeHtml(codeWord(wordsZhCN, 'role', line.role))}</td>` +
        `<td class="num">${line.done}</td><td class="num">${line.quota ?? q.none}</td><td class="num">${met(line)}</td></tr>`,
    )
    .join('');
  return (
    `<p class="keep-next">${q.title}:</p>` +
    `<table class="list"><thead><tr><th>${q.person}</th><th>${q.role}</th><th style="width:28mm">${q.done}</th>` +
    `<th style="width:22mm">${q.quota}</th><th style="width:22mm">${q.met}</th></tr></thead><tbody>${body}</tbody></table>`
  );
}

/** The findings as written, or an empty box to write in when there are none. */
function findingsBox(findings: string): string {
  const body = findings.trim() ? `<div class="text">${multiline(findings.trim())}</div>` : '';
  return `<p class="keep-next">${REPORT.findingsTitle}:</p><div class="findings">${body}</div>`;
}

/** `findings`: 主要问题及改进建议 as kept with the period (or drafted); empty leaves the box to write in. */
export function statsSummarySheet(stats: StatsResult, ctx: SheetContext, findings = ''): FormSheet {
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
    formHeader({ organisation, title: STATS_SUMMARY_TITLE, printedAt: ctx.printedAt, dates: ctx.dates, numbered: false }) +
    `<p>统计期间:${escapeHtml(period)}${stats.siteFilter ? `  项目:${escapeHtml(stats.siteFilter)}` : ''}${stats.partial ? '(统计期尚未结束)' : ''};对比期间:${escapeHtml(previous)}</p>` +
    '<table class="list"><thead><tr><th style="width:32mm">指标</th><th style="width:24mm">本期</th><th style="width:24mm">上期</th>' +
    `<th style="width:24mm">变化</th><th>口径说明</th></tr></thead><tbody>${metrics}</tbody></table>` +
    breakdown('投诉类别', stats.current.byCategory, (r) => r.name || categoryLabel(r.key)) +
    breakdown('投诉渠道', stats.current.byChannel, (r) => (CHANNEL_LABELS as Record<string, string>)[r.key] ?? r.key) +
    breakdown('投诉性质', stats.current.byNature, (r) => NATURE_NAMES[r.key] ?? r.key) +
    breakdown('责任部门', stats.current.byDepartment, departmentLabel) +
    breakdown('项目', stats.current.bySite, siteLabel) +
    breakdown(
      METRIC_DEFINITIONS.satisfactionDistribution['zh-CN'].label,
      SATISFACTION_LEVELS.map((level) => ({ key: level, name: SATISFACTION_LABELS[level], count: stats.current.satisfaction.levels[level] })),
      name,
    ) +
    breakdown(METRIC_DEFINITIONS.topUnits['zh-CN'].label, stats.current.topUnits, name) +
    quotas(stats.current.callbackQuotas) +
    findingsBox(findings) +
    signatures(['制表人', '审核人(客服中心经理)', '日期']);
  return { title: STATS_SUMMARY_TITLE, organisation, body };
}
