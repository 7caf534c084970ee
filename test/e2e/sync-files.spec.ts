/**
 * The sync screens when something is not right: no folder, a folder that
 * cannot be reached, a file from another organisation, a file altered on the
 * way, and an incremental file given to a desk that lacks what it assumes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildCaseInput } from './fixtures/seed';
import { chooseFile, expect, exportTo, fact, importFrom, openSyncTab, preview, seed, shot, test } from './fixtures/two-desks';
import { choose, expectOffered } from './fixtures/antd';

test('a file from another organisation and a file altered on the way are refused, each with a clear message', async ({ deskA, deskB, openDesk, usb }) => {
  const stranger = await openDesk('X', '李静', '万科物业 星河湾项目');
  const panel = await openSyncTab(stranger.page, '导入');
  const folder = panel.getByLabel('文件夹', { exact: true });

  await panel.getByRole('button', { name: '查找同步文件' }).click();
  await expect(folder).toHaveAttribute('aria-invalid', 'true');
  await expect(panel).toContainText('此项必填');
  await expect(folder).toBeFocused();

  // The browser host has no folder dialog: the screen says to type the path, and the field takes it.
  await panel.getByRole('button', { name: '选择文件夹…' }).click();
  await expect(panel).toContainText('这里无法打开文件夹选择窗口，请直接输入或粘贴文件夹路径');
  await expect(panel.getByRole('button', { name: '选择文件夹…' })).toHaveCount(0);
  await expect(folder).toBeFocused();

  await folder.fill(join(usb, '没有这个文件夹'));
  await panel.getByRole('button', { name: '查找同步文件' }).click();
  await expect(panel.getByRole('alert')).toHaveText('无法访问这个文件夹。');

  await folder.fill(usb);
  await panel.getByRole('button', { name: '查找同步文件' }).click();
  await expect(panel).toContainText('这个文件夹里没有同步文件');

  // Sealed with A's organisation key: another organisation's desk cannot read it.
  await seed(deskA, 'cases.register', buildCaseInput({ complainantName: '周先生' }));
  const sealed = await exportTo(deskA.page, usb);
  const chosen = await chooseFile(stranger.page, usb, sealed.fileName);
  await chosen.getByRole('button', { name: '预览', exact: true }).click();
  await expect(chosen.getByRole('alert')).toContainText('这个文件不是用本单位的机构密钥加密的');
  await expect(chosen.getByRole('region', { name: '导入预览' })).toHaveCount(0);

  // The same file with one byte changed on the stick: B, of A's organisation, refuses it and keeps nothing.
  const bytes = await readFile(join(usb, sealed.fileName));
  bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0x5a;
  await writeFile(join(usb, 'complaint-desk-A-altered.cdsync'), bytes);
  const altered = await chooseFile(deskB.page, usb, 'complaint-desk-A-altered.cdsync');
  await altered.getByRole('button', { name: '预览', exact: true }).click();
  await expect(altered.getByRole('alert')).toContainText('文件已损坏或被改动过');
  expect((await seed(deskB, 'cases.list', { text: '周先生' })).total).toBe(0);
  await expect(altered.getByRole('region', { name: '导入预览' })).toHaveCount(0);
});

test('a desk given an incremental file that assumes what it lacks is told to ask for a full one', async ({ deskA, deskB, openDesk, usb }) => {
  // Three desks, each a browser and a host: on a loaded machine this takes minutes; it waits on states only.
  test.setTimeout(240_000);
  // C joins before the first complaint, and then hears nothing for a while.
  const c = await openDesk('C', '赵敏', undefined, {}, deskA);
  await seed(deskA, 'cases.register', buildCaseInput({ complainantName: '陈女士' }));
  const full = await exportTo(deskA.page, usb, { full: true });
  await importFrom(deskB.page, usb, full.fileName);
  // A hears back from B, so its next file leaves out what B already has.
  const fromB = await exportTo(deskB.page, usb);
  await importFrom(deskA.page, usb, fromB.fileName);
  const second = await seed(deskA, 'cases.register', buildCaseInput({ complainantName: '刘先生' }));

  const exportPanel = await openSyncTab(deskA.page, '导出');
  await exportPanel.getByLabel('全量同步文件').setChecked(false);
  await expectOffered(exportPanel.getByLabel('发给'), '服务台 B');
  const incremental = await exportTo(deskA.page, usb);
  await expect(fact(incremental.done, '类型')).toHaveText('增量');

  // C lacks what the incremental file leaves out: it is refused whole, and says what to ask for.
  const panel = await chooseFile(c.page, usb, incremental.fileName);
  await panel.getByRole('button', { name: '预览', exact: true }).click();
  await expect(panel.getByRole('alert')).toContainText('请让发送方导出一个“全量同步文件”再导入');
  await expect(panel.getByRole('region', { name: '导入预览' })).toHaveCount(0);
  await shot(c.page, 'sync-06-incomplete');

  const fullAgain = await exportTo(deskA.page, usb, { full: true });
  const whole = await preview(await chooseFile(c.page, usb, fullAgain.fileName));
  await expect(whole.getByRole('note')).toHaveCount(0);
  await expect(fact(whole, '新案件')).toHaveText('2');
  await whole.getByRole('button', { name: '确认导入' }).click();
  await expect(panel.getByRole('region', { name: '导入完成' })).toBeVisible();
  expect((await seed(c, 'cases.get', { id: second.id })).complainantName).toBe('刘先生');

  // The same screen in English, for a look.
  await choose(c.page.getByLabel('语言'), 'English');
  await expect(c.page.getByRole('tab', { name: 'Import' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByRole('region', { name: 'Import finished' })).toContainText('From desk A');
  await shot(c.page, 'sync-07-import-en');
});

/** Holds one channel's calls until the test lets them through, so the screen's busy state can be seen. */
async function holdCalls(page: Page, channel: string): Promise<() => void> {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/rpc/${channel}`, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

test('export and import say what is under way, and cannot be started twice', async ({ deskA, deskB, usb }) => {
  const releaseExport = await holdCalls(deskA.page, 'sync.export');
  const panel = await openSyncTab(deskA.page, '导出');
  await panel.getByLabel('文件夹', { exact: true }).fill(usb);
  await panel.getByRole('button', { name: '导出', exact: true }).click();
  await expect(panel.getByRole('status')).toContainText('正在导出…');
  await expect(panel.getByRole('status')).toContainText('完成前不要拔出 U 盘');
  await expect(panel.getByRole('button', { name: '正在导出…' })).toBeDisabled();
  await expect(panel.getByLabel('文件夹', { exact: true })).toBeDisabled();
  await shot(deskA.page, 'sync-08-exporting');
  releaseExport();
  const done = panel.getByRole('region', { name: '已导出同步文件' });
  await expect(done).toBeVisible();
  await expect(panel.getByRole('status')).toBeEmpty();
  const fileName = (await fact(done, '文件名').textContent()) ?? '';

  const releaseImport = await holdCalls(deskB.page, 'sync.import');
  const chosen = await chooseFile(deskB.page, usb, fileName);
  const seen = await preview(chosen);
  await seen.getByRole('button', { name: '确认导入' }).click();
  await expect(chosen.getByRole('status')).toContainText('正在导入…');
  await expect(chosen.getByRole('button', { name: '预览', exact: true })).toBeDisabled();
  await expect(seen.getByRole('button', { name: '正在导入…' })).toBeDisabled();
  await expect(chosen.getByRole('radio', { name: new RegExp(fileName.replace(/\./g, '\\.')) })).toBeDisabled();
  releaseImport();
  await expect(chosen.getByRole('region', { name: '导入完成' })).toBeVisible();
  await expect(chosen.getByRole('status')).toBeEmpty();
});

test('a file dated days ahead of this PC is refused with the change named, and the manager takes it after checking', async ({ openDesk, usb }) => {
  // Desk A's PC has its date set three days ahead (the host's clock, in its own time zone).
  const ahead = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 16);
  // B sets up the organisation; A, whose PC is three days ahead, joins it.
  const b = await openDesk('B', '李静');
  const a = await openDesk('A', '王芳', undefined, { now: ahead }, b);
  await seed(a, 'cases.register', buildCaseInput({ complainantName: '钱先生', receivedAt: Date.now() + 3 * 86_400_000 - 3_600_000 }));
  const full = await exportTo(a.page, usb, { full: true });

  const panel = await chooseFile(b.page, usb, full.fileName);
  await panel.getByRole('button', { name: '预览', exact: true }).click();
  const refused = panel.getByRole('alert');
  await expect(refused).toContainText('文件里有修改的时间比本机时钟晚一天以上');
  await expect(refused).toContainText('被拒绝的修改：');
  await expect(panel.getByRole('region', { name: '导入预览' })).toHaveCount(0);

  // B's person set the organisation up and is its manager: having checked both dates, they take the file.
  await panel.getByRole('button', { name: /已核实对方日期无误/ }).click();
  const whole = panel.getByRole('region', { name: '导入预览' });
  await expect(fact(whole, '新案件')).toHaveText('1');
  await whole.getByRole('button', { name: '确认导入' }).click();
  await expect(panel.getByRole('region', { name: '导入完成' })).toBeVisible();
});
