import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeStats, exportStatsWorkbook, listPeriodCases } from '../../../electron/core/stats';
import { buildStatsWorkbook, CASE_SHEET_COLUMNS } from '../../../electron/core/stats/stats-workbook';
import { ZH_CN_STATS_LABELS } from '../../../electron/core/stats/stats-labels';
import { buildScenario, type Scenario } from './stats-scenario';
import { expectedPeriod } from './expected-stats';
import { loadWorkingCalendar } from '../../../electron/core/settings/calendar-service';

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const OCTOBER = { from: at(2025, 10, 1), to: at(2025, 11, 1) };
const SEPTEMBER = { from: at(2025, 9, 1), to: at(2025, 10, 1) };

async function load(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

/** The row whose first cell says `label` (the first one after `after`, when given). */
function rowOf(sheet: ExcelJS.Worksheet, label: string, after = 0): ExcelJS.Row {
  for (let r = after + 1; r <= sheet.rowCount; r++) {
    if (sheet.getRow(r).getCell(1).value === label) return sheet.getRow(r);
  }
  throw new Error(`no row ${label}`);
}

const num = (row: ExcelJS.Row, column: number) => row.getCell(column).value as number | null;

describe('the monthly summary workbook', () => {
  let scenario: Scenario;
  beforeAll(() => {
    scenario = buildScenario({ seed: 77, cases: 90, from: at(2025, 9, 1), days: 60 });
  }, 120_000);
  afterAll(() => scenario.dispose());

  it('opens with exceljs and holds the metrics of both months, computed from the operations performed', async () => {
    const stats = computeStats(scenario.core.db, { ...OCTOBER, compareFrom: SEPTEMBER.from, compareTo: SEPTEMBER.to, now: at(2025, 12, 1, 9, 0) });
    const cases = listPeriodCases(scenario.core.db, OCTOBER);
    const workbook = await load(await buildStatsWorkbook(stats, cases));
    const options = (period: typeof OCTOBER) => ({
      ...period,
      site: null,
      satisfiedLevels: ['very_satisfied', 'satisfied'] as const,
      calendar: loadWorkingCalendar(scenario.core.db),
    });
    const october = expectedPeriod(scenario.ledger, options(OCTOBER));
    const september = expectedPeriod(scenario.ledger, options(SEPTEMBER));

    const summary = workbook.getWorksheet('统计汇总')!;
    expect(summary.getCell('A1').value).toBe('客户服务信息统计分析汇总表');
    expect(rowOf(summary, '单位').getCell(2).value).toBe('测试物业服务中心');
    expect(rowOf(summary, '统计期间').getCell(2).value).toBe('2025-10-01 至 2025-10-31');
    expect(rowOf(summary, '对比期间(上期)').getCell(2).value).toBe('2025-09-01 至 2025-09-30');

    const received = rowOf(summary, '受理投诉数');
    expect([num(received, 2), num(received, 3), num(received, 4)]).toEqual([october.received, september.received, october.received - september.received]);
    const onTime = rowOf(summary, '按时处理率');
    expect(num(onTime, 2)).toBeCloseTo(october.onTime.rate!, 12);
    expect(num(onTime, 3)).toBeCloseTo(september.onTime.rate!, 12);
    expect(onTime.getCell(2).numFmt).toBe('0.0%');
    expect(String(onTime.getCell(5).value)).toContain('处理时限');
    expect(num(rowOf(summary, '平均处理时长(工作日)'), 2)).toBeCloseTo(october.handlingDays.average!, 12);
    expect(num(rowOf(summary, '处理时长中位数(工作日)'), 2)).toBeCloseTo(october.handlingDays.median!, 12);
    expect(num(rowOf(summary, '回访率'), 2)).toBeCloseTo(october.callback.rate!, 12);
    expect(num(rowOf(summary, '回访率目标'), 2)).toBe(1);
    expect(num(rowOf(summary, '满意率'), 2)).toBeCloseTo(october.satisfaction.rate!, 12);
    expect(num(rowOf(summary, '结案率'), 2)).toBeCloseTo(october.resolution.rate!, 12);
    expect(num(rowOf(summary, '重复投诉率'), 2)).toBeCloseTo(october.repeat.rate!, 12);
    expect(num(rowOf(summary, '重开投诉数'), 2)).toBe(october.reopened.count);
    expect(num(rowOf(summary, '重大投诉数'), 2)).toBe(october.major.count);
    expect(num(rowOf(summary, '未回访结案数'), 2)).toBe(october.callbackExceptions.count);

    const byCategory = rowOf(summary, '按投诉类别');
    const equipment = rowOf(summary, '设备', byCategory.number);
    expect([num(equipment, 2), num(equipment, 3)]).toEqual([october.byCategory.equipment, september.byCategory.equipment]);
    const byChannel = rowOf(summary, '按来源渠道');
    expect(num(rowOf(summary, '来电', byChannel.number), 2)).toBe(october.byChannel.phone);
    const satisfaction = rowOf(summary, '满意度分布');
    expect(num(rowOf(summary, '不满意', satisfaction.number), 2)).toBe(october.satisfaction.levels.unsatisfied);
    const byDepartment = rowOf(summary, '按责任部门');
    expect(num(rowOf(summary, '工程部', byDepartment.number), 2)).toBe(october.byDepartment['dept-engineering']);
    expect(num(rowOf(summary, '未派单', byDepartment.number), 2)).toBe(october.byDepartment[''] ?? 0);
    const topUnits = rowOf(summary, '重复投诉房号');
    const first = summary.getRow(topUnits.number + 1);
    expect([first.getCell(1).value, num(first, 2)]).toEqual([october.topUnits[0]!.key, october.topUnits[0]!.count]);
    // Only repeat units: the last one listed has two cases or more.
    const last = summary.getRow(topUnits.number + october.topUnits.length);
    expect(num(last, 2)).toBeGreaterThan(1);
    expect(last.getCell(1).value).toBe(october.topUnits.at(-1)!.key);

    const sheet = workbook.getWorksheet('投诉明细')!;
    expect(sheet.rowCount).toBe(october.received + 1);
    expect(sheet.getRow(1).values).toEqual([undefined, ...CASE_SHEET_COLUMNS.map((key) => ZH_CN_STATS_LABELS.column[key])]);
    const firstCase = scenario.ledger.filter((c) => c.receivedAt >= OCTOBER.from && c.receivedAt < OCTOBER.to).sort((a, b) => a.receivedAt - b.receivedAt)[0]!;
    const row = sheet.getRow(2);
    expect(row.getCell(7).value).toBe(`业主${firstCase.index}`);
    expect(row.getCell(3).value).toBe(ZH_CN_STATS_LABELS.channel[firstCase.channel]);
    // The cell shows the desk's clock time.
    const shown = row.getCell(2).value as Date;
    const local = new Date(firstCase.receivedAt);
    expect([shown.getUTCDate(), shown.getUTCHours(), shown.getUTCMinutes()]).toEqual([local.getDate(), local.getHours(), local.getMinutes()]);
  });

  it('takes the UI catalogue’s words over the defaults', async () => {
    const stats = computeStats(scenario.core.db, { ...OCTOBER, now: at(2025, 12, 1) });
    const data = await buildStatsWorkbook(stats, [], { text: { summarySheet: 'Summary', title: 'Customer service summary' }, metric: { received: 'Received' } });
    const summary = (await load(data)).getWorksheet('Summary')!;
    expect(summary.getCell('A1').value).toBe('Customer service summary');
    expect(num(rowOf(summary, 'Received'), 2)).toBe(stats.current.received);
    expect(rowOf(summary, '按时处理率')).toBeDefined();
  });

  it('exports as a file for the save dialog', async () => {
    const file = await exportStatsWorkbook(scenario.core.db, { ...OCTOBER, now: at(2025, 12, 1) });
    expect(file).toMatchObject({ fileName: '客户服务信息统计分析汇总表-20251001-20251031.xlsx', mime: expect.stringContaining('spreadsheetml') });
    const workbook = await load(Buffer.from(file.dataBase64, 'base64'));
    expect(workbook.getWorksheet('投诉明细')!.rowCount).toBe(file.rows + 1);
  });
});
