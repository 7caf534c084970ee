/**
 * Issue 4, done when: export from one desk's data folder, import into
 * another, the case arrives with its follow-up and attachment; the same
 * field edited on both desks becomes a conflict a supervisor resolves; both
 * desks end identical. Every sync step goes through the sync screens.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildCaseInput } from './fixtures/seed';
import {
  chooseFile,
  confirmImport,
  exchangeThroughFolder,
  expect,
  exportTo,
  fact,
  importFrom,
  openSyncTab,
  preview,
  seed,
  shot,
  test,
  type Desk,
} from './fixtures/two-desks';
import { choose, pickFiles, typeDate } from './fixtures/antd';

/** A real (one-pixel) PNG, so the case page on the other desk can show it as a picture. */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

async function openCase(page: Page, number: string): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '案件列表' }).click();
  await page.getByRole('row', { name: new RegExp(number) }).click();
  await expect(page.getByRole('heading', { name: `投诉 ${number}` })).toBeVisible();
}

/** On the case page: a follow-up with a photo of the damage. */
async function addFollowupWithPhoto(page: Page, text: string): Promise<void> {
  const timeline = page.getByRole('region', { name: '处理经过' });
  await timeline.getByRole('button', { name: '添加跟进记录' }).click();
  const dialog = page.getByRole('dialog', { name: '添加跟进记录' });
  await choose(dialog.getByLabel('类型'), '联系客户');
  await dialog.getByLabel('内容').fill(text);
  await pickFiles(dialog.getByLabel('附件（可多选）'), { name: '天花板.png', mimeType: 'image/png', buffer: PHOTO });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(timeline.getByRole('img', { name: '天花板.png 的缩略图' })).toBeVisible();
}

/** On the case page: the special team's plan (处理措施), which both desks set, each differently; the leader the same. */
async function planWithMeasures(page: Page, measures: string): Promise<void> {
  await page.getByRole('group', { name: '当前可以进行的操作' }).getByRole('button', { name: '成立专项小组', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '成立专项小组' });
  await choose(dialog.getByLabel('责任部门'), '工程部');
  await choose(dialog.getByLabel('组长'), '王芳（经理）');
  await typeDate(dialog.getByLabel('完成时限'), '2030-01-20T17:00');
  await dialog.getByLabel('处理措施').fill(measures);
  await dialog.getByRole('button', { name: '成立专项小组', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: '处理情况' })).toContainText(measures);
}

/** What both desks must agree on: the case, its story, its history, and no conflicts left. */
async function deskState(desk: Desk, caseId: string) {
  const detail = await seed(desk, 'cases.get', { id: caseId });
  const timeline = await seed(desk, 'cases.timeline', { id: caseId });
  const history = await seed(desk, 'cases.history', { id: caseId });
  return {
    detail,
    timeline,
    history: [...history].sort((a, b) => a.id.localeCompare(b.id)),
    conflicts: await seed(desk, 'sync.conflicts', {}),
  };
}

test('a case goes to another desk with its follow-up and photo; a conflict is resolved; both desks end identical', async ({
  deskA,
  deskB,
  usb,
}) => {
  // Two desks, a photo, three exchanges and a conflict: a long walk (1.8–2.1 min at a high load), not a slow one.
  test.setTimeout(240_000);
  const a = deskA.page;
  const b = deskB.page;

  // Desk A takes a complaint and follows it up with a photo.
  const kase = await seed(deskA, 'cases.register', buildCaseInput({ complainantName: '李建国', content: '卫生间天花板漏水，已经持续两天。' }));
  await openCase(a, kase.number);
  await addFollowupWithPhoto(a, '已电话安抚业主，约定明早上门查看。');

  // A writes a full file to the USB stick.
  const first = await exportTo(a, usb, { full: true });
  await expect(fact(first.done, '附件')).toHaveText('1 个');
  await expect(fact(first.done, '类型')).toHaveText('全量');
  expect(first.fileName).toMatch(/^complaint-desk-A-/);
  await shot(a, 'sync-01-export-done');

  // Desk B joined A's organisation before the complaint came in: it looks at what the file brings, then takes it.
  const panel = await chooseFile(b, usb, first.fileName);
  const seen = await preview(panel);
  await expect(seen).toContainText('来自服务台 A');
  await expect(fact(seen, '新案件')).toHaveText('1');
  await expect(fact(seen, '附件')).toHaveText('1');
  await expect(fact(seen, '冲突')).toHaveText('0');
  await shot(b, 'sync-02-import-preview');
  const imported = await confirmImport(panel);
  await expect(fact(imported, '新案件')).toHaveText('1');
  await expect(imported).toContainText('导入前的数据已备份到');
  await expect(b.getByRole('definition').filter({ hasText: '服务台 A' }).first()).toBeVisible();

  // The case is on B, with its follow-up and the photo, byte for byte.
  await openCase(b, kase.number);
  await expect(b.getByRole('region', { name: '案件信息' })).toContainText('李建国');
  const timelineOnB = b.getByRole('region', { name: '处理经过' });
  await expect(timelineOnB).toContainText('已电话安抚业主，约定明早上门查看。');
  const thumbnail = timelineOnB.getByRole('img', { name: '天花板.png 的缩略图' });
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  const onB = await seed(deskB, 'cases.timeline', { id: kase.id });
  const photo = await seed(deskB, 'attachments.content', { id: onB.attachments[0]!.id });
  expect(Buffer.from(photo.dataBase64, 'base64').equals(PHOTO)).toBe(true);

  // Both desks now set the team's plan, each differently.
  await planWithMeasures(b, '刘工更换楼上卫生间防水层。');
  await openCase(a, kase.number);
  await planWithMeasures(a, '张工更换楼上卫生间防水层。');

  // B's changes go to A: the preview already says there will be a conflict.
  const fromB = await exportTo(b, usb);
  await expect(fact(fromB.done, '类型')).toHaveText('增量');
  const onA = await chooseFile(a, usb, fromB.fileName);
  const conflictAhead = await preview(onA);
  await expect(fact(conflictAhead, '冲突')).toHaveText('1');
  await expect(conflictAhead).toContainText('导入后会有 1 项冲突');
  await confirmImport(onA);
  await expect(a.getByRole('tab', { name: /冲突/ })).toContainText('1');

  // And A's go to B, so both desks see it.
  const fromA = await exportTo(a, usb);
  await importFrom(b, usb, fromA.fileName);
  const conflictsOnB = await openSyncTab(b, '冲突');
  const cardOnB = conflictsOnB.getByRole('article', { name: new RegExp(`投诉 ${kase.number}.*处理措施`) });
  await expect(cardOnB).toContainText('张工');
  await expect(cardOnB).toContainText('刘工');
  // The case number leads to the case; back on 同步 the same tab is showing.
  await cardOnB.getByRole('link', { name: `投诉 ${kase.number}` }).click();
  await expect(b.getByRole('heading', { name: `投诉 ${kase.number}` })).toBeVisible();
  await b.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '同步' }).click();
  await expect(b.getByRole('tab', { name: /冲突/ })).toHaveAttribute('aria-selected', 'true');

  // A supervisor at desk A looks at the conflict and keeps B's value.
  const importedOnA = await openSyncTab(a, '导入');
  await importedOnA.getByRole('region', { name: '导入完成' }).getByRole('button', { name: '去处理冲突' }).click();
  const conflicts = a.getByRole('tabpanel', { name: /冲突/ });
  const card = conflicts.getByRole('article', { name: new RegExp(`投诉 ${kase.number}.*处理措施`) });
  await expect(card.getByRole('link', { name: `投诉 ${kase.number}` })).toHaveAttribute('href', `#/cases/${kase.id}`);
  await expect(card.getByRole('listitem').filter({ hasText: '张工' })).toContainText('服务台 A · 王芳');
  await expect(card.getByRole('listitem').filter({ hasText: '刘工' })).toContainText('服务台 B · 李静');
  await shot(a, 'sync-03-conflicts');
  await card.getByRole('button', { name: /保留此值：“刘工更换楼上卫生间防水层。”（服务台 B）/ }).click();
  await expect(conflicts.getByRole('status')).toHaveText('已保留所选的值：处理措施。');
  await expect(conflicts).toContainText('没有待处理的冲突。');
  await expect(a.getByRole('tab', { name: /冲突/ })).toHaveText('冲突');

  // The decision travels through the office's shared folder, one click on each desk.
  const lan = await mkdtemp(join(tmpdir(), 'complaint-desk-lan-'));
  try {
    await exchangeThroughFolder(a, lan);
    const onBDone = await exchangeThroughFolder(b, lan);
    await expect(onBDone).toContainText(/服务台 A：\d+ 条新修改，0 件新案件，0 项冲突/);
    await shot(b, 'sync-04-shared-folder');
    await exchangeThroughFolder(a, lan);
  } finally {
    await rm(lan, { recursive: true, force: true });
  }
  await expect((await openSyncTab(b, '冲突'))).toContainText('没有待处理的冲突。');

  // Both desks end identical.
  const [stateA, stateB] = [await deskState(deskA, kase.id), await deskState(deskB, kase.id)];
  expect(stateA.detail.planMeasures).toBe('刘工更换楼上卫生间防水层。');
  expect(stateA.conflicts).toEqual([]);
  expect(stateB).toEqual(stateA);
  await openCase(b, kase.number);
  await expect(b.getByRole('region', { name: '处理情况' })).toContainText('刘工');

  // The log on A says who synced what with which desk.
  const log = await openSyncTab(a, '同步记录');
  const rows = log.getByRole('row');
  await expect(rows.filter({ hasText: '导入' }).filter({ hasText: fromB.fileName })).toContainText('王芳');
  await expect(rows.filter({ hasText: '导入' }).filter({ hasText: fromB.fileName })).toContainText('B');
  await expect(rows.filter({ hasText: '导出' }).filter({ hasText: first.fileName })).toContainText('所有服务台');
  await shot(a, 'sync-05-log');
});
