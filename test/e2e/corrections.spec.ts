/**
 * Setting the record right, through the case page against the real core:
 * a phone and a category corrected with a reason (the history shows
 * old → new with the person's name; the printed record form and the
 * month's statistics follow), a case voided and restored, a duplicate
 * merged into the original and opened by its old number.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, setUpDesk, test } from './fixtures/test';
import { buildCaseInput, rpc } from './fixtures/seed';
import type { DeskHost } from './fixtures/desk-host';
import { choose, expectDialogOpened } from './fixtures/antd';
import { FIRST_PRINT } from './fixtures/print';

const ROOT = resolve(import.meta.dirname, '../..');

async function registered(page: Page, desk: DeskHost, overrides: Parameters<typeof buildCaseInput>[0]) {
  // A minute ago on the desk's clock, so the case falls in this month's statistics.
  const input = buildCaseInput({ receivedAt: Date.now() - 60_000, ...overrides });
  return (await rpc(page.request, desk, 'cases.register', input)) as { id: string; number: string };
}

async function openCase(page: Page, desk: DeskHost, kase: { id: string; number: string }): Promise<void> {
  await page.goto(`${desk.url}#/cases/${kase.id}`);
  await expect(page.getByRole('heading', { name: `投诉 ${kase.number}` })).toBeVisible();
}

async function openTool(page: Page, button: string, dialogName: string): Promise<Locator> {
  await page.getByRole('group', { name: '登记信息的更正' }).getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expectDialogOpened(dialog);
  return dialog;
}

async function correct(page: Page, field: string, fill: (dialog: Locator) => Promise<void>, reason: string): Promise<void> {
  const dialog = await openTool(page, '修改', '修改登记信息');
  await choose(dialog.getByLabel('要修改的项目'), field);
  await fill(dialog);
  await dialog.getByLabel('原因').fill(reason);
  await dialog.getByRole('button', { name: '保存修改' }).click();
  await expect(dialog).toBeHidden();
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

test('a phone and a category corrected with a reason: history, printed form and statistics follow', async ({ page, desk }) => {
  await setUpDesk(page, desk, { person: '王芳' });
  const kase = await registered(page, desk, { complainantName: '李建国', phone: '138 0013 8000', category: 'property_management' });
  await openCase(page, desk, kase);

  // A wrong value is refused at the field, with what to fix, and nothing is saved.
  const dialog = await openTool(page, '修改', '修改登记信息');
  await choose(dialog.getByLabel('要修改的项目'), '联系电话');
  const value = dialog.getByLabel('改为');
  await expect(value).toHaveValue('138 0013 8000');
  await value.fill('12345678901234567890');
  await dialog.getByLabel('原因').fill('登记时号码抄错');
  await dialog.getByRole('button', { name: '保存修改' }).click();
  await expect(dialog.getByText(/电话号码格式不对/)).toBeVisible();
  await page.screenshot({ path: join(ROOT, 'test-results', 'e2e-corrections', 'correct-dialog.png') });
  await value.fill('159 0000 1111');
  await dialog.getByRole('button', { name: '保存修改' }).click();
  await expect(dialog).toBeHidden();

  const fields = page.locator('.case-fields').first();
  await expect(fields).toContainText('159 0000 1111');
  const history = page.getByRole('table', { name: '变更记录' });
  const phoneRow = history.getByRole('row').filter({ hasText: '联系电话' }).filter({ hasText: '→' });
  await expect(phoneRow).toContainText('138 0013 8000 → 159 0000 1111');
  await expect(phoneRow).toContainText('王芳');
  await expect(page.getByRole('list', { name: '处理经过，按时间先后' })).toContainText('登记时号码抄错');

  await correct(page, '投诉类别', async (d) => void (await choose(d.getByLabel('改为'), '设备')), '实为电梯问题');
  await expect(fields).toContainText('设备');
  await expect(history.getByRole('row').filter({ hasText: '投诉类别' }).filter({ hasText: '→' })).toContainText('物业管理 → 设备');
  await page.screenshot({ path: join(ROOT, 'test-results', 'e2e-corrections', 'corrected-case.png'), fullPage: true });

  // The printed record form carries the corrected values.
  await page.getByRole('button', { name: '打印表格' }).click();
  await page.getByRole('list', { name: '选择要打印的表格' }).getByRole('button', { name: '客户投诉记录表' }).click();
  const preview = page.getByRole('dialog', { name: '打印预览：客户投诉记录表' });
  await expect(preview.getByTitle('打印预览')).toBeVisible(FIRST_PRINT);
  const download = page.waitForEvent('download');
  await preview.getByRole('button', { name: '保存为 PDF' }).click();
  const path = join(ROOT, 'test-results', 'e2e-corrections', 'record.pdf');
  await (await download).saveAs(path);
  const text = pdfText(path);
  expect(text).toContain('15900001111');
  expect(text).not.toContain('13800138000');
  expect(text).toContain('设备');
  await preview.getByRole('button', { name: '关闭' }).click();

  // So does the month's summary.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '统计' }).click();
  const byCategory = page.getByRole('table', { name: '按投诉类别' });
  await expect(byCategory.getByRole('row', { name: /设备/ }).getByRole('cell').first()).toHaveText('1');
  await expect(byCategory.getByRole('row', { name: /物业管理/ }).getByRole('cell').first()).toHaveText('0');
});

test('a case registered by mistake is voided, found with the filter, and restored', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  const kept = await registered(page, desk, { complainantName: '张先生' });
  const mistake = await registered(page, desk, { complainantName: '误登记的测试', content: '练习登记' });
  await openCase(page, desk, mistake);

  const dialog = await openTool(page, '作废', '作废投诉');
  await dialog.getByLabel('原因').fill('培训时误登记');
  await dialog.getByRole('button', { name: '作废', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '本案已作废' })).toBeVisible();
  await expect(page.getByRole('group', { name: '当前可以进行的操作' })).toHaveCount(0);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '案件列表' }).click();
  const table = page.getByRole('table', { name: '投诉案件' });
  await expect(table.getByRole('row', { name: /张先生/ })).toHaveCount(1);
  await expect(table.getByRole('row', { name: /误登记的测试/ })).toHaveCount(0);
  await page.getByRole('button', { name: '更多筛选' }).click();
  await choose(page.getByLabel('范围'), '已作废或合并');
  const row = table.getByRole('row', { name: /误登记的测试/ });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('已作废');
  await expect(table.getByRole('row', { name: /张先生/ })).toHaveCount(0);

  await openCase(page, desk, mistake);
  const restore = await openTool(page, '恢复', '恢复投诉');
  await restore.getByLabel('原因').fill('核实后是真实投诉');
  await restore.getByRole('button', { name: '恢复', exact: true }).click();
  await expect(restore).toBeHidden();
  await expect(page.getByText('本案已作废')).toHaveCount(0);
  await expect(page.getByRole('group', { name: '当前可以进行的操作' })).toBeVisible();
  await openCase(page, desk, kept);
});

test('a duplicate is merged into the original, shows there, and its number opens the original', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  const original = await registered(page, desk, { complainantName: '陈女士', content: '楼上漏水' });
  const duplicate = await registered(page, desk, { complainantName: '陈女士', content: '又来电催楼上漏水' });
  await rpc(page.request, desk, 'followups.add', { caseId: duplicate.id, kind: 'contact', text: '已回电告知处理进度' });
  await openCase(page, desk, duplicate);

  const dialog = await openTool(page, '合并到原投诉', '合并重复投诉');
  await dialog.getByLabel('原投诉编号').fill('A-209912-9999');
  await dialog.getByLabel('原因').fill('同一户同一问题');
  await dialog.getByRole('button', { name: '合并', exact: true }).click();
  await expect(dialog.getByText('没有编号为 A-209912-9999 的投诉')).toBeVisible();
  await dialog.getByLabel('原投诉编号').fill(original.number);
  await dialog.getByRole('button', { name: '合并', exact: true }).click();
  await expect(page.getByRole('heading', { name: `投诉 ${original.number}` })).toBeVisible();
  await expect(page.getByText(`已合并进来的重复投诉： ${duplicate.number}`)).toBeVisible();
  const timeline = page.getByRole('list', { name: '处理经过，按时间先后' });
  await expect(timeline).toContainText('已回电告知处理进度');
  await expect(timeline).toContainText(`来自已合并的 ${duplicate.number}`);

  // The duplicate's number, scanned or typed, opens the original.
  await page.getByRole('link', { name: '工作台' }).click();
  await page.keyboard.press('Control+k');
  await page.keyboard.type(duplicate.number, { delay: 5 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `投诉 ${original.number}` })).toBeVisible();
});
