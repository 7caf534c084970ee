/**
 * Evidence that cannot be taken: too large (checked here, and by the core
 * when the limit changed meanwhile), unreadable, not chosen, or gone from
 * the disk. Each gives a clear message and leaves the case as it was.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, setUpDesk, test } from './fixtures/test';
import { buildCaseInput, rpc } from './fixtures/seed';
import { choose, pickFiles } from './fixtures/antd';

const MB = 1024 * 1024;

const entries = (page: Page) => page.getByRole('list', { name: '处理经过，按时间先后' }).locator(':scope > li');

test('a file too large, empty, or missing is refused with a clear message and the case is unchanged', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  await rpc(page.request, desk, 'settings.saveValues', { maxAttachmentMb: 2 });
  // Received just now: a case long past its response time would be escalated by the minute's job mid-test, one more entry.
  const kase = (await rpc(page.request, desk, 'cases.register', buildCaseInput({ content: '电梯按钮失灵。', nature: 'unjudged', receivedAt: Date.now() - 60_000 }))) as {
    id: string;
  };
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/rpc/attachments.add')) sent.push(request.url());
  });

  await page.goto(`${desk.url}#/cases/${kase.id}`);
  const timeline = page.getByRole('region', { name: '处理经过' });
  const history = page.getByRole('region', { name: '变更记录' }).getByRole('row');
  await expect(entries(page)).toHaveCount(1);
  const historyRows = await history.count();

  await timeline.getByRole('button', { name: '添加附件' }).click();
  const dialog = page.getByRole('dialog', { name: '添加附件' });
  const files = dialog.getByLabel('选择文件');
  await expect(files).toHaveAccessibleDescription('照片、录音或文件，可多选；每个不超过 2 MB。');

  // Nothing chosen.
  await dialog.getByRole('button', { name: '添加' }).click();
  await expect(files).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('alert')).toHaveText(/请选择文件/);

  // Larger than the limit: refused before anything is sent.
  await pickFiles(files, { name: '监控录像.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(3 * MB, 1) });
  await dialog.getByRole('button', { name: '添加' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/“监控录像.mp4”有 3 MB，超过了 2 MB 的上限，没有添加。/);
  expect(sent).toHaveLength(0);

  // The limit was lowered at another desk after this page was opened: the core refuses, and says the new limit.
  await rpc(page.request, desk, 'settings.saveValues', { maxAttachmentMb: 1 });
  await pickFiles(files, { name: '现场录音.m4a', mimeType: 'audio/mp4', buffer: Buffer.alloc(1.5 * MB, 2) });
  await dialog.getByRole('button', { name: '添加' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/“现场录音.m4a”超过了 1 MB 的上限，没有添加。/);

  // An empty file cannot be evidence.
  await pickFiles(files, { name: '照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(0) });
  await dialog.getByRole('button', { name: '添加' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/无法读取“照片.jpg”：文件可能已损坏或是空文件，没有添加。/);
  expect(sent).toHaveLength(2);
  await dialog.getByRole('button', { name: '取消' }).click();

  // A follow-up whose file is too large is not written either.
  await timeline.getByRole('button', { name: '添加跟进记录' }).click();
  const followup = page.getByRole('dialog', { name: '添加跟进记录' });
  await choose(followup.getByLabel('类型'), '处理措施');
  await followup.getByLabel('内容').fill('已通知电梯维保单位。');
  await pickFiles(followup.getByLabel('附件（可多选）'), { name: '维保单.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(2 * MB, 3) });
  await followup.getByRole('button', { name: '保存' }).click();
  await expect(followup.getByRole('alert')).toHaveText(/“维保单.pdf”有 2 MB，超过了 1 MB 的上限，没有添加。/);
  await followup.getByRole('button', { name: '取消' }).click();

  // The case is as it was.
  await page.reload();
  await expect(entries(page)).toHaveCount(1);
  await expect(history).toHaveCount(historyRows);

  // A good file is added; the browser host cannot open it in a system viewer, so it offers a download.
  await timeline.getByRole('button', { name: '添加附件' }).click();
  await pickFiles(dialog.getByLabel('选择文件'), { name: '维修报价.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 报价 1200 元') });
  await dialog.getByRole('button', { name: '添加' }).click();
  await expect(dialog).toBeHidden();
  await expect(entries(page)).toHaveCount(2);
  await timeline.getByRole('button', { name: '打开 维修报价.pdf' }).click();
  await expect(timeline.getByRole('status')).toHaveText('这里不能用系统程序打开文件，可以下载后查看。');
  const download = page.waitForEvent('download');
  await timeline.getByRole('button', { name: '下载 维修报价.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('维修报价.pdf');

  // Its file has gone from this computer (say, a sync brought the record but not yet the file).
  const blobs = join(desk.dataDir, 'attachments');
  for (const folder of await readdir(blobs)) await rm(join(blobs, folder), { recursive: true, force: true });
  await page.reload();
  await timeline.getByRole('button', { name: '打开 维修报价.pdf' }).click();
  await expect(timeline.getByRole('alert')).toHaveText('“维修报价.pdf”的文件不在本机（可能还没有同步过来）。');
});
