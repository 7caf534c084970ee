import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCase } from '../../electron/core/cases/register-case';
import { computeStats } from '../../electron/core/stats/compute-stats';
import { renderDocument, assetBaseUrlForDir } from '../../electron/core/printing/document';
import { statsSummarySheet, formatMetric, STATS_SUMMARY_TITLE } from '../../electron/core/printing/forms/stats-summary';
import { buildCaseInput, openTestCore } from '../factories/core';
import { move } from '../factories/lifecycle';
import { FormPrinter, RESOURCES_DIR } from './print-helpers';
import { squash } from './text';

let printer: FormPrinter;
beforeAll(async () => {
  printer = await FormPrinter.launch();
}, 60_000);
afterAll(async () => {
  await printer?.close();
});

describe('the monthly summary form', () => {
  it('formats rates, working days and empty values as the office reads them', () => {
    expect(formatMetric('onTimeRate', 0.8333)).toBe('83.3%');
    expect(formatMetric('handlingDaysAverage', 1.25)).toBe('1.3 个工作日');
    expect(formatMetric('received', 12)).toBe('12');
    expect(formatMetric('callbackRate', null)).toBe('—');
  });

  it('prints on A4 with every metric, its definition and the breakdowns of the month', async () => {
    const now = new Date(2026, 10, 20, 10).getTime();
    const core = openTestCore({ now: () => now });
    for (const category of ['equipment', 'equipment', 'service_attitude']) {
      const kase = registerCase(core, buildCaseInput({ category, receivedAt: new Date(2026, 10, 3).getTime() }));
      move(core, kase.id, { action: 'judge', nature: 'valid' });
    }
    const stats = computeStats(core.db, { from: new Date(2026, 10, 1).getTime(), to: new Date(2026, 11, 1).getTime(), now });
    const form = renderDocument([statsSummarySheet(stats, { dates: {}, printedAt: now })], { assetBaseUrl: assetBaseUrlForDir(RESOURCES_DIR) });
    const pdf = await printer.print('stats-summary', form);
    expect([Math.round(pdf.widthPt), Math.round(pdf.heightPt)]).toEqual([595, 842]);
    const text = squash(pdf.pageTexts.join(''));
    for (const expected of [STATS_SUMMARY_TITLE, '受理投诉数', '口径说明', '设备', '服务态度', '有效', '制表人', '第1页']) {
      expect(text).toContain(squash(expected));
    }
    // Received: 3, shown in the metrics table.
    expect(text).toMatch(/受理投诉数3/);
  }, 60_000);
});
