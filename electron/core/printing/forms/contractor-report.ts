/**
 * 施工单位月度报告 (seed 003): per contractor, the notices of the period, on site and finished in
 * time or late, emergency repairs and their cost, fines (count and sum), claims, and the units the
 * same problem came back to. It belongs to no case: no number.
 */
import type { ContractorReport } from '../../../../shared/schemas/contractors';
import type { FormSheet } from '../document';
import { escapeHtml } from '../html';
import { date, formHeader, signatures } from '../layout';
import { formatYuan } from '../format';
import type { SheetContext } from './shared';

export const CONTRACTOR_REPORT_TITLE = '施工单位月度报告';

const HEADINGS = ['施工单位', '通知单', '按时到场', '超时到场', '按时完成', '超时完成', '应急维修', '罚款', '索赔(核定)', '重复问题'];

export function contractorReportSheet(report: ContractorReport, period: { from: number; to: number; orgName: string }, ctx: SheetContext): FormSheet {
  const organisation = { name: period.orgName };
  const rows = report.rows
    .map((r) => {
      const cells = [
        escapeHtml(r.contractorName),
        String(r.notices),
        String(r.onSiteOnTime),
        String(r.onSiteLate),
        String(r.completedOnTime),
        String(r.completedLate),
        `${r.emergencyRepairs} 次 ${formatYuan(r.emergencyCost)}`,
        `${r.fines} 笔 ${formatYuan(r.fineTotal)}`,
        `${r.claims} 件 ${formatYuan(r.acceptedTotal)}`,
        escapeHtml(r.repeatedUnits.map((u) => `${u.unit}×${u.count}`).join('、')),
      ];
      return `<tr>${cells.map((cell, i) => `<td${i > 0 && i < 9 ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`;
    })
    .join('');
  const empty = report.rows.length === 0 ? `<tr><td colspan="${HEADINGS.length}">本期没有整改通知、罚款或索赔。</td></tr>` : '';
  const claims = report.claims;
  const body =
    formHeader({ organisation, title: CONTRACTOR_REPORT_TITLE, printedAt: ctx.printedAt, dates: ctx.dates, numbered: false }) +
    `<p>统计期间:${escapeHtml(`${date(period.from, ctx.dates)} 至 ${date(period.to, ctx.dates)}`)}</p>` +
    `<table class="list"><thead><tr>${HEADINGS.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows}${empty}</tbody></table>` +
    `<p>本期索赔:${claims.count} 件,索赔金额 ${escapeHtml(formatYuan(claims.claimedTotal))},核定金额 ${escapeHtml(formatYuan(claims.acceptedTotal))}。</p>` +
    signatures(['制表人(投诉代表)', '审核人(客户投诉中心经理)', '日期']);
  return { title: CONTRACTOR_REPORT_TITLE, organisation, body };
}
