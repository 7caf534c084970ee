/**
 * The stats channels' schemas, composed exactly as the contract entries
 * proposed for shared/contract.ts compose them (strict inputs included), and
 * the core's answers checked against them.
 */
import { describe, expect, it } from 'vitest';
import {
  csvExportInputSchema,
  exportFileSchema,
  FINDINGS_MAX_LENGTH,
  findingsQuerySchema,
  metricDefinitionsSchema,
  periodFindingsSchema,
  saveFindingsInputSchema,
  statsQuerySchema,
  statsResultSchema,
  statsWorkbookInputSchema,
} from '../../../shared/schemas/stats';
import { computeStats, exportCasesCsv, exportStatsWorkbook, METRIC_DEFINITIONS, periodFindings } from '../../../electron/core/stats';
import { registerCase } from '../../../electron/core/cases/register-case';
import { buildCaseInput, fakeClock, openTestCore } from '../../factories/core';

const at = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
const exportCsvInput = csvExportInputSchema.strict();

describe('the stats channels’ schemas', () => {
  it('parse the inputs the UI sends, refuse unknown fields, and fill defaults', () => {
    expect(statsQuerySchema.strict().parse({ from: at(2025, 10, 1), to: at(2025, 11, 1), siteFilter: ' 翠湖花园 ' })).toEqual({
      from: at(2025, 10, 1),
      to: at(2025, 11, 1),
      siteFilter: '翠湖花园',
    });
    expect(statsQuerySchema.strict().safeParse({ from: 1, to: 2, month: '2025-10' }).success).toBe(false);
    expect(statsWorkbookInputSchema.strict().parse({ from: 1, to: 2, labels: { text: { title: 'Summary' } } }).labels?.text).toEqual({ title: 'Summary' });
    const csv = exportCsvInput.parse({ categories: ['equipment'] });
    expect(csv.columns).toContain('number');
    expect(csv).toMatchObject({ categories: ['equipment'], text: '', sort: { column: 'receivedAt', direction: 'desc' } });
    expect(exportCsvInput.safeParse({ columns: ['password'] }).success).toBe(false);
    expect(metricDefinitionsSchema.parse(METRIC_DEFINITIONS)).toEqual(METRIC_DEFINITIONS);
  });

  it('refuse a rate above 100% or below 0 in the statistics, and findings beyond their length', () => {
    const core = openTestCore({ now: () => at(2025, 11, 1) });
    const stats = computeStats(core.db, { from: at(2025, 10, 1), to: at(2025, 11, 1), now: at(2025, 11, 1) });
    expect(statsResultSchema.safeParse(stats).success).toBe(true);
    const withRate = (rate: number) => ({ ...stats, current: { ...stats.current, callback: { ...stats.current.callback, rate } } });
    expect(statsResultSchema.safeParse(withRate(1)).success).toBe(true);
    expect(statsResultSchema.safeParse(withRate(2)).success).toBe(false);
    expect(statsResultSchema.safeParse(withRate(-0.5)).success).toBe(false);

    const period = { from: at(2025, 10, 1), to: at(2025, 11, 1) };
    expect(findingsQuerySchema.strict().safeParse({ ...period, compareFrom: 1 }).success).toBe(false);
    expect(saveFindingsInputSchema.strict().parse({ ...period })).toEqual({ ...period, text: '' });
    expect(saveFindingsInputSchema.safeParse({ ...period, text: '问'.repeat(FINDINGS_MAX_LENGTH) }).success).toBe(true);
    expect(saveFindingsInputSchema.safeParse({ ...period, text: '问'.repeat(FINDINGS_MAX_LENGTH + 1) }).success).toBe(false);
    expect(periodFindingsSchema.safeParse(periodFindings(core.db, period, at(2025, 11, 1))).success).toBe(true);
  });

  it('describe what the core answers', async () => {
    const clock = fakeClock(at(2025, 10, 10));
    const core = openTestCore({ now: clock.now });
    registerCase(core, buildCaseInput({ receivedAt: at(2025, 10, 9) }));
    const input = statsWorkbookInputSchema.parse({ from: at(2025, 10, 1), to: at(2025, 11, 1) });
    expect(statsResultSchema.safeParse(computeStats(core.db, { ...input, now: clock.now() })).success).toBe(true);
    expect(exportFileSchema.safeParse(await exportStatsWorkbook(core.db, { ...input, now: clock.now() })).success).toBe(true);
    const csv = exportCasesCsv(core.db, exportCsvInput.parse({}), { now: clock.now(), userId: null });
    expect(exportFileSchema.parse(csv).rows).toBe(1);
  });
});
