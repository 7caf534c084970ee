/**
 * 主要问题及改进建议: drafted from the month's top categories, repeat units,
 * callbacks and closing summaries; edited, kept with the period and site,
 * and printed on the summary form, which has no case number line, no blank
 * breakdown row, only repeat units and the callback quotas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statsSummarySheet } from '../../../electron/core/printing/forms/stats-summary';
import { statsSummaryPdf } from '../../../electron/core/printing/print-service';
import { computeStats, periodFindings, saveFindings } from '../../../electron/core/stats';
import { saveFindingsInputSchema } from '../../../shared/schemas/stats';
import { buildBook, handledCase, type Scenario } from './stats-scenario';

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const OCTOBER = { from: at(2025, 10, 1), to: at(2025, 11, 1) };
const NOW = at(2025, 11, 20, 9);

const CAUSE = '电梯按钮老化';
const IMPROVEMENT = '每月巡检电梯按钮';


describe('the summary’s main problems and suggestions', () => {
  let book: Scenario;
  beforeAll(() => {
    const equipment = (unit: string) => ({ category: 'equipment', unit });
    book = buildBook([
      // Called back, closed, and summarised with a cause and a measure.
      handledCase(
        at(2025, 10, 9, 9),
        at(2025, 10, 9, 15),
        [
          { at: at(2025, 10, 10, 10), step: { kind: 'callback', satisfaction: 'satisfied', solved: true, rectifyIn: 0 } },
          { at: at(2025, 10, 10, 11), step: { kind: 'summarise', cause: CAUSE, improvement: IMPROVEMENT } },
        ],
        equipment('1栋101'),
      ),
      // Resolved, its callback due in October and never made.
      handledCase(at(2025, 10, 13, 9), at(2025, 10, 13, 16), [], equipment('1栋101')),
      handledCase(at(2025, 10, 14, 9), null, [], equipment('2栋201')),
      // Registered and not yet dispatched: the department breakdown's 未派单.
      { receivedAt: at(2025, 10, 15, 9), category: 'service_attitude', unit: '3栋301', steps: [] },
    ]);
  }, 60_000);
  afterAll(() => book.dispose());

  it('drafts from the top categories, the repeat units, the callbacks and quotas not met, and the closing summaries', () => {
    const findings = periodFindings(book.core.db, OCTOBER, NOW);
    const stats = computeStats(book.core.db, { ...OCTOBER, now: NOW }).current;
    const number = book.core.db.prepare('SELECT number FROM cases WHERE id = ?').pluck().get(book.ledger[0]!.id) as string;
    expect(findings).toMatchObject({ saved: false, updatedAt: null });
    expect(findings.text).toBe(findings.draft);
    const draft = findings.draft;
    expect(draft).toContain(`本期共受理投诉 ${book.ledger.length} 件`);
    expect(draft).toContain(`设备 3 件(占 ${((3 / book.ledger.length) * 100).toFixed(1)}%)`);
    expect(draft).toContain('服务态度 1 件');
    expect(draft).toContain('重复投诉房号:1栋101(2 件)');
    expect(draft).not.toContain('2栋201');
    expect(draft).toContain(`未达 100% 的目标:${stats.callback.due - stats.callback.calledBack} 件`);
    expect(draft).toContain('王前台(客服中心经理)本期回访 0 次,未达要求的 3 次');
    expect(draft).toContain('赵总(总经理)本期回访 0 次,未达要求的 1 次');
    expect(draft).toContain(`原因:${CAUSE};措施:${IMPROVEMENT}(${number})`);
    // One numbered paragraph per finding.
    expect(draft.split('\n').filter((line) => /^\d+\. /.test(line)).map((line) => Number(line.split('.')[0]))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('says a month without complaints had none', () => {
    const draft = periodFindings(book.core.db, { from: at(2025, 8, 1), to: at(2025, 9, 1) }, NOW).draft;
    expect(draft.split('\n')[0]).toBe('1. 本期未受理投诉。');
    expect(draft).not.toContain('结案总结');
  });

  it('keeps the edited text with its period and site, and goes back to the draft when emptied', () => {
    const edited = '1. 设备问题集中,已安排专项检查。';
    const saved = saveFindings(book.core, saveFindingsInputSchema.parse({ ...OCTOBER, text: `  ${edited}\n` }));
    expect(saved).toMatchObject({ text: edited, saved: true, updatedAt: book.core.now() });
    expect(saved.draft).toBe(periodFindings(book.core.db, OCTOBER, NOW).draft);
    expect(periodFindings(book.core.db, OCTOBER, NOW)).toMatchObject({ text: edited, saved: true });
    // Another site's summary of the same month, and another month, keep their own.
    expect(periodFindings(book.core.db, { ...OCTOBER, siteFilter: '翠湖花园' }, NOW).saved).toBe(false);
    expect(periodFindings(book.core.db, { from: OCTOBER.to, to: at(2025, 12, 1) }, NOW).saved).toBe(false);
    const cleared = saveFindings(book.core, saveFindingsInputSchema.parse({ ...OCTOBER, text: '' }));
    expect(cleared).toMatchObject({ saved: false, updatedAt: null });
    expect(cleared.text).toBe(cleared.draft);
  });

  it('prints the kept text on the summary form, which has no number line, blank row or single-complaint unit', async () => {
    const edited = '1. 设备<问题>集中';
    saveFindings(book.core, saveFindingsInputSchema.parse({ ...OCTOBER, text: edited }));
    let html = '';
    book.core.ports = {
      print: {
        assetBaseUrl: 'file:///resources/',
        toPdf: async (form) => {
          html = form.html;
          return new Uint8Array([37, 80, 68, 70]);
        },
      },
    };
    const pdf = await statsSummaryPdf(book.core, OCTOBER);
    expect(pdf.fileName).toBe('客户服务信息统计分析汇总表-20251001-20251031.pdf');
    expect(html).toContain('设备&lt;问题&gt;集中');
    expect(html).not.toContain('投诉编号');
    // Every breakdown row names what it counts: the undispatched case under 未派单.
    const labels = [...html.matchAll(/<tr><td>([^<]*)<\/td><td class="num">\d+<\/td><\/tr>/g)].map((m) => m[1]);
    expect(labels.length).toBeGreaterThan(10);
    expect(labels.every((label) => label!.trim().length > 0)).toBe(true);
    expect(labels).toContain('未派单');
    // Repeat units only.
    expect(html).toContain('重复投诉房号');
    expect(labels).toContain('1栋101');
    expect(labels).not.toContain('2栋201');
    // Callback quotas per person.
    expect(html).toMatch(/<td>王前台<\/td><td>客服中心经理<\/td><td class="num">0<\/td><td class="num">3<\/td><td class="num">未完成<\/td>/);
    // No rate printed above 100%.
    for (const [, percent] of html.matchAll(/>(\d+(?:\.\d)?)%</g)) expect(Number(percent)).toBeLessThanOrEqual(100);
  });

  it('leaves the box to write in when no findings are given', () => {
    const stats = computeStats(book.core.db, { ...OCTOBER, now: NOW });
    const sheet = statsSummarySheet(stats, { dates: {}, printedAt: NOW });
    expect(sheet.body).toContain('<div class="findings"></div>');
  });
});
