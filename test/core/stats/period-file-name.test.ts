import { afterEach, describe, expect, it } from 'vitest';
import { periodFileName } from '../../../electron/core/stats/stats-labels';

const originalZone = process.env['TZ'];

afterEach(() => {
  if (originalZone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalZone;
});

describe('a period file name', () => {
  it('names the first and last day of September in Beijing time, not the day before in UTC', () => {
    process.env['TZ'] = 'Asia/Shanghai';
    const from = new Date(2026, 8, 1).getTime();
    const to = new Date(2026, 9, 1).getTime();
    // Midnight in Beijing is still the day before in UTC: the bug named this period 20260831-20260930.
    expect(new Date(from).toISOString().slice(0, 10)).toBe('2026-08-31');
    expect(periodFileName('客户服务信息统计分析汇总表', from, to, 'pdf')).toBe('客户服务信息统计分析汇总表-20260901-20260930.pdf');
  });

  it('names a single day by that day twice', () => {
    process.env['TZ'] = 'Asia/Shanghai';
    const from = new Date(2026, 11, 5).getTime();
    expect(periodFileName('统计', from, from + 24 * 3_600_000, 'xlsx')).toBe('统计-20261205-20261205.xlsx');
  });
});
