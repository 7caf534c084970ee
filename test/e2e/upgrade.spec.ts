/**
 * A desk whose book an older version wrote: the host starts at once on the upgrade screen, upgrades the book on a
 * thread of its own while the page shows how far it has got, then the desk signs in and finds its cases. The book
 * is built through the real core and taken back to version 17 (test/factories/old-books.ts). A book this small
 * would be upgraded before the page had loaded, so the test holds the book's write lock from another connection:
 * the upgrade waits at its first migration (it waits for a busy book rather than failing) until the test lets go.
 * A large book at this version goes the same way with nothing to migrate: only its check at start runs on the thread.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { contract } from '../../shared/contract';
import { registerCase } from '../../electron/core/cases/register-case';
import { bookFile } from '../../electron/core/db/book-file';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations/index';
import { completeSetup } from '../../electron/core/desk/setup';
import { openCore, type Core } from '../../electron/core/open-core';
import { undoVersion18 } from '../factories/old-books';
import { startDeskHost } from './fixtures/desk-host';
import { buildCaseInput } from './fixtures/seed';
import { expect, PASSWORD, test } from './fixtures/test';

const CUSTOMERS = ['周先生', '吴女士', '郑先生'];

/**
 * A data folder holding a set-up desk's book with three cases, as this version leaves it or (`version17`) as the app of
 * version 17 left it; `spoil` may write to it after.
 */
async function deskBook({ version17, spoil }: { version17: boolean; spoil?: (core: Core) => void }): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'complaint-desk-e2e-upgrade-'));
  const core = openCore({ dataDir });
  try {
    completeSetup(core, { orgName: '绿城物业 翠湖苑项目', deskCode: 'A', firstUserName: '王芳', password: PASSWORD });
    for (const [i, name] of CUSTOMERS.entries()) {
      const input = contract['cases.register'].input.parse(buildCaseInput({ complainantName: name, content: `楼道灯不亮 ${i}` }));
      registerCase(core, input);
    }
    if (version17) undoVersion18(core);
    spoil?.(core);
  } finally {
    core.close();
  }
  return dataDir;
}

/** Past the opening screens: the desk signs in and its three cases are in the list. */
async function signInAndFindTheCases(page: Page): Promise<void> {
    await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
    await page.getByLabel('姓名').fill('王芳');
    await page.getByRole('textbox', { name: '密码', exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '案件列表' }).click();
    const table = page.getByRole('table', { name: '投诉案件' });
    for (const name of CUSTOMERS) await expect(table.getByRole('row').filter({ hasText: name })).toBeVisible();
}

test('a book from an older version: the upgrade screen with its progress, then signing in, then the cases', async ({ page }) => {
  const dataDir = await deskBook({ version17: true });
  const lock = new Database(bookFile(dataDir));
  lock.exec('BEGIN IMMEDIATE');
  const desk = await startDeskHost({ dataDir });
  try {
    await page.goto(desk.url);
    await expect(page.getByRole('heading', { name: '正在升级案卷' })).toBeVisible();
    // A version 17 book has every migration from 18 on ahead of it.
    const steps = LATEST_SCHEMA_VERSION - 17;
    await expect(page.getByRole('progressbar', { name: `升级数据结构：第 1 步，共 ${steps} 步（第 18 版）` })).toBeVisible();
    await expect(page.getByText('请不要关闭程序。升级前已先备份了案卷')).toBeVisible();

    lock.exec('ROLLBACK');
    lock.close();
    await signInAndFindTheCases(page);
  } finally {
    if (lock.open) lock.close();
    await desk.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('an upgrade that fails says so: the version the book stays at, where the backup is, and the error', async ({ page }) => {
  // A change whose supersessions are not JSON: the rewrite of the log (migration 18) cannot read it.
  const dataDir = await deskBook({
    version17: true,
    spoil: (core) =>
      core.db
        .prepare("INSERT INTO changes (desk_id, seq, hlc, entity, entity_id, field, value, supersedes) VALUES (?, 999, 'x', 'case', 'c', 'f', '1', 'not json')")
        .run(core.deskId),
  });
  const desk = await startDeskHost({ dataDir });
  try {
    await page.goto(desk.url);
    await expect(page.getByRole('heading', { name: '案卷升级没有完成' })).toBeVisible();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('案卷保持在升级前完整的第 17 版，没有丢失任何数据');
    await expect(alert).toContainText(`升级前的备份：${join(dataDir, 'backups')}`);
    await expect(alert).toContainText('升级到第 18 版时出错：');
    // Nothing else answers meanwhile.
    const answer = await page.request.post(`${desk.url}rpc/cases.list`, { data: {} });
    expect(await answer.json()).toMatchObject({ ok: false, error: { code: 'BOOK_UPGRADING' } });
  } finally {
    await desk.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('a large book at this version is checked on a thread of its own, then the desk signs in and finds its cases', async ({ page }) => {
  const dataDir = await deskBook({ version17: false });
  // Every book counts as large here (from 0 bytes): the app checks on the thread from 256 MB.
  const desk = await startDeskHost({ dataDir, checkOnThreadFrom: 0 });
  try {
    await page.goto(desk.url);
    // The check of a book this small ends before or while the page loads; either way the page goes on to signing in,
    // once the thread has loaded its TypeScript under tsx (seconds on a busy machine).
    await expect(page.getByRole('heading', { name: '登录' })).toBeVisible({ timeout: 60_000 });
    await signInAndFindTheCases(page);
  } finally {
    await desk.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
