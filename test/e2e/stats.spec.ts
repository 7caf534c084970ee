/**
 * Statistics (issue 7), through the screen: cases arranged through the
 * host's API, then the month's statistics opened, the counts and the three
 * charts checked, and the .xlsx exported and read back with exceljs.
 */
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { APIRequestContext } from '@playwright/test';
import type { ChannelInput } from '../../shared/contract';
import { startDeskHost, type DeskHost } from './fixtures/desk-host';
import { buildCaseInput, rpc } from './fixtures/seed';
import { expect, setUpDesk, test as base } from './fixtures/test';
import { choose, typeDate } from './fixtures/antd';

type Transition = ChannelInput<'cases.transition'>['transition'];

// Loaded through Node's own require: Playwright's module loader trips over exceljs's CommonJS dependencies.
const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');

/** The host reads calendar months in the desk's time zone, as the browser does (playwright.config.ts). */
const test = base.extend<{ desk: DeskHost }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring to see the fixture's dependencies.
  desk: async ({}, use) => {
    const saved = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    let desk: DeskHost;
    try {
      desk = await startDeskHost();
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    try {
      await use(desk);
    } finally {
      await desk.stop();
    }
  },
});

async function registerCase(request: APIRequestContext, desk: DeskHost, overrides: Partial<ChannelInput<'cases.register'>>): Promise<string> {
  // A minute ago: inside this month on the desk's clock (unless the test starts in a month's first minute).
  const input = buildCaseInput({ receivedAt: Date.now() - 60_000, ...overrides });
  const kase = (await rpc(request, desk, 'cases.register', input)) as { id: string };
  return kase.id;
}

async function move(request: APIRequestContext, desk: DeskHost, caseId: string, transition: Transition): Promise<void> {
  await rpc(request, desk, 'cases.transition', { caseId, requestId: randomUUID(), transition });
}

/** Three complaints this month: two about property management, one about equipment resolved and called back (satisfied). */
async function arrangeMonth(request: APIRequestContext, desk: DeskHost): Promise<void> {
  await registerCase(request, desk, { complainantName: '张先生', category: 'property_management' });
  await registerCase(request, desk, { complainantName: '李女士', category: 'property_management' });
  const resolved = await registerCase(request, desk, { complainantName: '赵先生', category: 'equipment', nature: 'unjudged' });
  await move(request, desk, resolved, { action: 'judge', nature: 'valid' });
  await move(request, desk, resolved, { action: 'dispatch', departmentId: 'dept-engineering' });
  await move(request, desk, resolved, { action: 'resolve', summary: '已更换电梯按钮' });
  const callbacks = (await rpc(request, desk, 'callbacks.forCase', { caseId: resolved })) as { id: string }[];
  const callback = callbacks[0];
  if (!callback) throw new Error('no callback was scheduled for the resolved case');
  await rpc(request, desk, 'callbacks.record', {
    callbackId: callback.id,
    requestId: randomUUID(),
    method: 'phone',
    satisfaction: 'satisfied',
    solved: true,
  });
}

test('the month in numbers and charts, exported as an Excel workbook with the same numbers', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  await arrangeMonth(page.request, desk);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '统计' }).click();
  await expect(page.getByRole('heading', { name: '统计', level: 1 })).toBeVisible();
  // This month by default.
  const now = new Date();
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  await expect(page.getByLabel('月份')).toHaveValue(month);

  const metrics = page.getByRole('table', { name: '主要指标' });
  const received = metrics.getByRole('row', { name: /受理投诉数/ });
  await expect(received.getByRole('cell').first()).toHaveText('3');
  await expect(received.getByRole('cell').nth(1)).toHaveText('0');
  await expect(received.getByRole('cell').nth(2)).toHaveText('+3');
  await expect(metrics.getByRole('row', { name: /处理完成件数/ }).getByRole('cell').first()).toHaveText('1');
  // The definition is the tooltip and the accessible description.
  const receivedName = received.getByRole('rowheader').locator('[title]');
  await expect(receivedName).toHaveAttribute('title', /.+/);
  await expect(receivedName).toHaveAccessibleDescription(/.+/);

  const byCategory = page.getByRole('table', { name: '按投诉类别' });
  await expect(byCategory.getByRole('row', { name: /物业管理/ }).getByRole('cell').first()).toHaveText('2');
  await expect(byCategory.getByRole('row', { name: /设备/ }).getByRole('cell').first()).toHaveText('1');

  for (const name of ['按投诉类别的件数（柱状图）', '回访满意度分布（饼图）', '近 6 个月受理件数（折线图）']) {
    const chart = page.getByRole('img', { name });
    await expect(chart).toBeVisible();
    await expect(chart.locator('svg').first()).toBeVisible();
  }
  await expect(page.getByRole('img', { name: '近 6 个月受理件数（折线图）' })).toHaveAccessibleDescription(new RegExp(`${now.getMonth() + 1}月 3$`));

  const exportButton = page.getByRole('button', { name: '导出 Excel' });
  const downloadStarted = page.waitForEvent('download');
  await exportButton.click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(page.getByRole('status').filter({ hasText: /已导出/ })).toBeVisible();
  await expect(exportButton).toBeEnabled();

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet('统计汇总');
  if (!sheet) throw new Error('no summary sheet');
  const rows: { label: string; current: unknown }[] = [];
  sheet.eachRow((row) => rows.push({ label: String(row.getCell(1).value ?? ''), current: row.getCell(2).value }));
  expect(rows.find((row) => row.label === '受理投诉数')?.current).toBe(3);
  const categorySection = rows.findIndex((row) => row.label === '按投诉类别');
  expect(categorySection).toBeGreaterThan(0);
  const afterSection = rows.slice(categorySection + 1);
  expect(afterSection.find((row) => row.label === '物业管理')?.current).toBe(2);
  expect(afterSection.find((row) => row.label === '设备')?.current).toBe(1);
});

test('a custom range and a site filter ask for exactly those cases', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  await rpc(page.request, desk, 'settings.saveSite', { name: '翠湖苑' });
  await registerCase(page.request, desk, { site: '翠湖苑', category: 'equipment' });
  await registerCase(page.request, desk, { site: '', category: 'equipment' });

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '统计' }).click();
  const received = page.getByRole('table', { name: '主要指标' }).getByRole('row', { name: /受理投诉数/ }).getByRole('cell').first();
  await expect(received).toHaveText('2');

  // Last month has none of them.
  await page.getByRole('button', { name: '上个月' }).click();
  await expect(received).toHaveText('0');
  await page.getByRole('button', { name: '本月' }).click();
  await expect(received).toHaveText('2');

  await page.getByRole('radio', { name: '自定义期间' }).check();
  // Dates as the page sees them: the browser runs in Asia/Shanghai, this process may not (after 16:00 UTC it is already tomorrow there).
  const shanghaiDate = (at: number) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(at);
  const now = Date.now();
  await typeDate(page.getByLabel('开始日期'), shanghaiDate(now));
  await typeDate(page.getByLabel('结束日期'), shanghaiDate(now));
  await expect(received).toHaveText('2');
  await typeDate(page.getByLabel('结束日期'), shanghaiDate(now - 86_400_000));
  await expect(page.getByRole('alert')).toHaveText('结束日期不能早于开始日期。');
  await expect(page.getByRole('button', { name: '导出 Excel' })).toBeDisabled();
  await typeDate(page.getByLabel('结束日期'), shanghaiDate(now));

  await choose(page.getByLabel('项目', { exact: true }), '翠湖苑');
  await expect(received).toHaveText('1');
});

test('the monthly summary form as a PDF, and the filtered case list as CSV', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  await arrangeMonth(page.request, desk);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '统计' }).click();
  // 主要问题及改进建议 comes drafted from the month; the supervisor adds a line before printing.
  const findings = page.getByLabel('主要问题及改进建议（印在汇总表上）');
  await expect(findings).toHaveValue(/物业管理/);
  await findings.press('End');
  await findings.pressSequentially('\n下月起每周巡检电梯按钮。');
  const pdfStarted = page.waitForEvent('download');
  await page.getByRole('button', { name: '打印汇总表(PDF)' }).click();
  const pdf = await pdfStarted;
  // This month in the desk's time, from its first day (not the day before, as a UTC date once made it).
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).replaceAll('-', '');
  expect(pdf.suggestedFilename()).toMatch(new RegExp(`^客户服务信息统计分析汇总表-${today.slice(0, 6)}01-${today.slice(0, 6)}\\d{2}\\.pdf$`));
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', await pdf.path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('客户服务信息统计分析汇总表');
  expect(text).toMatch(/受理投诉数3/);
  // The fixes of issue 20: no empty number line, undispatched cases named, no rate over 100 %, quotas, the edited findings.
  expect(text).not.toContain('投诉编号:');
  expect(text).toContain('未派单');
  expect(text).toContain('回访任务完成情况');
  expect(text).toContain('下月起每周巡检电梯按钮。');
  for (const percent of text.match(/\d+(\.\d+)?%/g) ?? []) expect(Number.parseFloat(percent)).toBeLessThanOrEqual(100);
  expect(execFileSync('pdfinfo', [await pdf.path()], { encoding: 'utf8' })).toMatch(/A4/);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '案件列表' }).click();
  await page.getByLabel('搜索').fill('李女士');
  await expect(page.getByText('共 1 件')).toBeVisible();
  const csvStarted = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const csv = readFileSync(await (await csvStarted).path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('李女士');
});
