/**
 * Backups as a manager uses them, against the real core: a backup taken on
 * the backup screen, more work, then the backup restored (the screen says
 * which case the backup lacks) and the case list showing the backup's
 * cases; and a damaged case book opening the recovery screen, where a
 * manager restores a backup and the desk is back.
 */
import { truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, PASSWORD, setUpDesk, test } from './fixtures/test';
import { buildCaseInput, rpc } from './fixtures/seed';
import { expectDialogOpened } from './fixtures/antd';

test('the backup screen takes a backup and restores it; the case list shows its cases', async ({ page, desk }) => {
  await setUpDesk(page, desk, { person: '王芳' });
  const kept = [];
  for (const name of ['赵先生', '钱女士']) kept.push((await rpc(page.request, desk, 'cases.register', buildCaseInput({ complainantName: name }))) as { number: string });

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '备份与恢复' }).click();
  await expect(page.getByRole('heading', { name: '备份与恢复', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已备份（2 件案件）' })).toBeVisible();
  const manual = page.getByRole('table', { name: '备份列表' }).getByRole('row').filter({ hasText: '手动备份' });
  await expect(manual).toHaveCount(1);

  // Work after the backup, which the restore will report as not in it.
  const later = (await rpc(page.request, desk, 'cases.register', buildCaseInput({ complainantName: '孙先生' }))) as { number: string };

  await manual.getByRole('button', { name: '查看' }).click();
  const preview = page.getByRole('dialog');
  await expect(preview).toContainText('案件 2 件');
  await expect(preview).toContainText(kept[0]!.number);
  await preview.getByRole('button', { name: '恢复此备份' }).click();
  const confirm = page.getByRole('dialog', { name: /恢复 .* 的备份？/ });
  await expectDialogOpened(confirm);
  await confirm.getByRole('button', { name: '恢复', exact: true }).click();

  const report = page.getByRole('status').filter({ hasText: '已恢复备份' });
  await expect(report).toContainText('已恢复 2 件案件');
  await expect(report).toContainText(later.number);
  await expect(page.getByRole('table', { name: '备份列表' }).getByRole('row').filter({ hasText: '恢复前保留' })).toHaveCount(1);

  await report.getByRole('link', { name: '查看案件列表' }).click();
  const table = page.getByRole('table', { name: '投诉案件' });
  for (const kase of kept) await expect(table.getByRole('cell', { name: kase.number })).toBeVisible();
  await expect(table.getByRole('cell', { name: later.number })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: '翻页' }).getByRole('status')).toHaveText('共 2 件');
});

test('a damaged case book opens the recovery screen, where a manager restores a backup', async ({ page, desk }) => {
  await setUpDesk(page, desk, { person: '王芳' });
  const kase = (await rpc(page.request, desk, 'cases.register', buildCaseInput({ complainantName: '李女士' }))) as { number: string };
  await rpc(page.request, desk, 'backups.create', {});

  // The PC lost power mid-write: the book is left empty.
  await desk.restart(() => truncate(join(desk.dataDir, 'complaint-desk.sqlite3'), 0));
  await page.goto(desk.url);
  await expect(page.getByRole('heading', { name: '数据文件已损坏' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('数据文件是空的（0 字节）');
  await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(0);

  await page.getByRole('radio', { name: /手动备份/ }).check();
  await page.getByLabel('经理姓名').fill('王芳');
  await page.getByRole('textbox', { name: '密码', exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: '恢复所选备份' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '姓名或密码不对' })).toBeVisible();
  await page.getByRole('textbox', { name: '密码', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: '恢复所选备份' }).click();

  const report = page.getByRole('status').filter({ hasText: '已恢复备份' });
  await expect(report).toContainText('已恢复 1 件案件');
  await expect(report).toContainText('原数据文件已损坏');
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.getByRole('group', { name: '已登录：王芳' })).toBeVisible();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '案件列表' }).click();
  await expect(page.getByRole('table', { name: '投诉案件' }).getByRole('cell', { name: kase.number })).toBeVisible();
});
