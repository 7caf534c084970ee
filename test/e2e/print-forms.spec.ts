/**
 * Printing through the browser host: the preview shows the PDF the host's
 * Chromium made; 保存为 PDF downloads it (the browser host has no save
 * dialog); poppler reads the file back. Blank forms and a batch of
 * dispatched cases, each case on its own pages.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, setUpDesk, test } from './fixtures/test';
import { buildCaseInput, rpc } from './fixtures/seed';
import { dispatchCase, FIRST_PRINT } from './fixtures/print';
import { choose, expectChosen } from './fixtures/antd';

const ROOT = resolve(import.meta.dirname, '../..');

function readPdf(path: string): { text: string; pages: number; pageSize: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return {
    text: execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''),
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    pageSize: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '',
  };
}

/** Saves the previewed PDF the way a person does here (the browser's download), and reads it back. */
async function savePreviewed(page: Page, name: string) {
  const preview = page.getByRole('dialog', { name: /打印预览/ });
  await expect(preview.getByTitle('打印预览')).toBeVisible(FIRST_PRINT);
  const download = page.waitForEvent('download');
  await preview.getByRole('button', { name: '保存为 PDF' }).click();
  const file = await download;
  const path = join(ROOT, 'test-results', 'e2e-print', name);
  await file.saveAs(path);
  await expect(preview.getByRole('status')).toContainText(`已下载 ${file.suggestedFilename()}`);
  return { file, pdf: readPdf(path) };
}

test("a case's handling form: preview, save as PDF, A4 with the number and the title", async ({ page, desk }) => {
  await setUpDesk(page, desk);
  const registered = (await rpc(page.request, desk, 'cases.register', buildCaseInput({ complainantName: '李建国' }))) as {
    id: string;
    number: string;
  };
  await page.goto(`${desk.url}#/cases/${registered.id}`);
  await expect(page.getByRole('heading', { name: `投诉 ${registered.number}` })).toBeVisible();

  await page.getByRole('button', { name: '打印表格' }).click();
  const forms = page.getByRole('list', { name: '选择要打印的表格' });
  await expect(forms.getByRole('button')).toHaveText(['客户投诉记录表', '投诉处理记录表', '客户投诉跟进记录表', '回访记录表', '工程整改通知单', '罚款单', '客户投诉受理回执']);
  await forms.getByRole('button', { name: '投诉处理记录表' }).click();

  const preview = page.getByRole('dialog', { name: '打印预览：投诉处理记录表' });
  await expect(preview).toBeVisible();
  await expect(preview.getByTitle('打印预览')).toHaveAttribute('src', /^blob:/, FIRST_PRINT);
  // Only for the screenshot: the PDF viewer draws its pages a moment after the frame loads, out of the page's reach.
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(ROOT, 'test-results', 'e2e-print', 'preview-dialog.png') });

  const { file, pdf } = await savePreviewed(page, 'handling.pdf');
  expect(file.suggestedFilename()).toBe(`投诉处理记录表-${registered.number}.pdf`);
  expect(pdf.pageSize).toMatch(/\(A4\)/);
  expect(pdf.text).toContain('投诉处理记录表');
  expect(pdf.text).toContain(registered.number);
  expect(pdf.text).toContain('李建国');

  // No system print dialog in the browser host: the browser prints the previewed PDF itself. Headless
  // Chromium cannot open its print window for a PDF, so the frame's print() is only counted here.
  await page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe[title="打印预览"]')!.contentWindow!;
    const counter = window as unknown as { printCalls: number };
    counter.printCalls = 0;
    frame.print = () => void counter.printCalls++;
  });
  await preview.getByRole('button', { name: '打印' }).click();
  await expect(preview.getByRole('status')).toHaveText('请在浏览器的打印窗口中选择打印机。');
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
  await expect(preview.getByRole('alert')).toHaveCount(0);

  await preview.getByRole('button', { name: '关闭' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByRole('button', { name: '打印表格' })).toBeFocused();
});

test('a blank form from the print page, to fill in by hand', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '打印' }).click();
  await expect(page.getByRole('heading', { name: '打印', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '空白回访记录表' }).click();
  await expect(page.getByRole('dialog', { name: '打印预览：回访记录表（空白）' })).toBeVisible();
  const { file, pdf } = await savePreviewed(page, 'blank-callback.pdf');
  expect(file.suggestedFilename()).toBe('回访记录表-空白.pdf');
  expect(pdf.pageSize).toMatch(/\(A4\)/);
  expect(pdf.pages).toBe(1);
  expect(pdf.text).toContain('回访记录表');
  expect(pdf.text).not.toContain('A-2026');
});

test('batch print: the handling forms of two dispatched cases in one PDF, each on its own pages', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  const register = async (name: string, minute: number) =>
    (await rpc(page.request, desk, 'cases.register', buildCaseInput({ complainantName: name, receivedAt: Date.UTC(2026, 10, 23, 6, minute) }))) as {
      id: string;
      number: string;
    };
  const first = await register('赵先生', 1);
  const second = await register('钱女士', 2);
  const notDispatched = await register('孙女士', 3);
  await dispatchCase(page, desk, first.id);
  await dispatchCase(page, desk, second.id);

  await page.goto(`${desk.url}#/print`);
  const table = page.getByRole('table', { name: '选出的案件' });
  await expectChosen(page.getByLabel('状态', { exact: true }), '已派单');
  await expect(table.getByRole('row')).toHaveCount(3);
  // Newest first.
  await expect(table.getByRole('row').nth(1)).toContainText(second.number);
  await expect(table).not.toContainText(notDispatched.number);
  await expectChosen(page.getByLabel('表格', { exact: true }), '投诉处理记录表');
  await expect(page.getByRole('button', { name: '打印所选' })).toBeDisabled();

  await page.getByRole('checkbox', { name: `选择 ${first.number}` }).check();
  await page.getByRole('checkbox', { name: `选择 ${second.number}` }).check();
  await expect(page.getByRole('checkbox', { name: '全选' })).toBeChecked();
  await expect(page.getByText('已选 2 件')).toBeVisible();
  await page.screenshot({ path: join(ROOT, 'test-results', 'e2e-print', 'print-page.png') });
  await page.getByRole('button', { name: '打印所选' }).click();
  await expect(page.getByRole('dialog', { name: '打印预览：投诉处理记录表（2 份）' })).toBeVisible();

  const { file, pdf } = await savePreviewed(page, 'batch.pdf');
  expect(file.suggestedFilename()).toBe('投诉处理记录表-2份.pdf');
  expect(pdf.pageSize).toMatch(/\(A4\)/);
  expect(pdf.pages).toBeGreaterThanOrEqual(2);
  expect(pdf.text).toContain(first.number);
  expect(pdf.text).toContain(second.number);
  expect(pdf.text).not.toContain(notDispatched.number);
});

test.describe('at a desk whose PC is on Beijing time, like the browser', () => {
  // The slip prints in the host's time zone and the screen shows the browser's: on a real desk they are one PC.
  test.use({ deskHost: { timeZone: 'Asia/Shanghai' } });

  test('an e-mailed complaint, once saved, tells the expected handling time, gives the reply to send, and prints its 回执', async ({ page, desk }) => {
    await setUpDesk(page, desk);
    await page.getByRole('link', { name: '登记投诉' }).click();
    await expect(page.getByRole('heading', { name: '登记投诉' })).toBeVisible();
    await choose(page.getByLabel('来源渠道'), '邮件');
    await page.getByLabel('投诉人').fill('孙先生');
    await page.getByLabel('电子邮箱').fill('sun@example.com');
    await page.getByLabel('投诉内容').fill('小区南门的路灯坏了一周，晚上很黑。');
    await choose(page.getByLabel('投诉类别'), '设备');
    await page.getByRole('button', { name: '保存' }).click();
    const saved = page.getByRole('heading', { name: /已登记，投诉编号/ });
    await expect(saved).toBeVisible();
    const number = /投诉编号 (\S+)/.exec((await saved.textContent()) ?? '')![1]!;

    const expected = page.getByText(/^预计处理时限：/);
    await expect(expected).toBeVisible();
    const at = /预计处理时限：(.+) 前/.exec((await expected.textContent()) ?? '')![1]!;
    const reply = page.getByRole('textbox', { name: /邮件回复/ });
    await expect(reply).toHaveValue(new RegExp(`孙先生您好[\\s\\S]*投诉编号 ${number}[\\s\\S]*预计在 ${at} 前处理完毕`));

    await page.getByRole('button', { name: '打印受理回执' }).click();
    await expect(page.getByRole('dialog', { name: '打印预览：客户投诉受理回执' })).toBeVisible();
    const { file, pdf } = await savePreviewed(page, 'acknowledgement.pdf');
    expect(file.suggestedFilename()).toBe(`客户投诉受理回执-${number}.pdf`);
    // The same moment as the screen said, in the forms' own date format.
    const [y, mo, d, h, mi] = at.match(/\d+/g)!.map((n) => n.padStart(2, '0'));
    for (const words of ['客户投诉受理回执', number, '孙先生', '处理流程', '预计处理时限', `${y}年${mo}月${d}日${h}:${mi}`, '查询进度时请报投诉编号']) {
      expect(pdf.text).toContain(words);
    }
  });
});

test('the month’s handling forms in one batch: every state, resolved in this month, each with its callback part', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  const register = async (name: string, onTheSpotResult?: string) =>
    (await rpc(page.request, desk, 'cases.register', buildCaseInput({ complainantName: name, ...(onTheSpotResult ? { onTheSpotResult } : {}) }))) as {
      id: string;
      number: string;
    };
  const first = await register('周先生', '当场更换灯泡');
  const second = await register('吴女士', '当场调整了门禁时间');
  const open = await register('郑先生');
  await dispatchCase(page, desk, open.id);

  await page.goto(`${desk.url}#/print`);
  const table = page.getByRole('table', { name: '选出的案件' });
  await expect(table).toContainText(open.number);
  await choose(page.getByLabel('状态', { exact: true }), '全部状态');
  const month = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric' }).formatToParts(new Date());
  const part = (type: string) => month.find((p) => p.type === type)!.value;
  await choose(page.getByLabel('月份', { exact: true }), `${part('year')}年${part('month')}月`);
  await choose(page.getByLabel('按', { exact: true }), '处理完毕时间');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).not.toContainText(open.number);

  await page.getByRole('checkbox', { name: '全选' }).check();
  await page.getByRole('button', { name: '打印所选' }).click();
  const { pdf } = await savePreviewed(page, 'month-batch.pdf');
  for (const words of [first.number, second.number, '当场更换灯泡', '当场调整了门禁时间', '回访记录', '满意度']) expect(pdf.text).toContain(words);
  expect(pdf.text).not.toContain(open.number);
});
