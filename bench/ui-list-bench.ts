/**
 * `npm run bench:ui [-- --cases 200000 --runs 5]`: how long the case list
 * takes to become usable in the browser host, on the benchmark's book
 * (bench-data/, built by `npm run bench` if missing), in Debian's Chromium at
 * 1366×768. Two figures, each the median of the runs:
 *   - open: the list's address loaded from scratch (a reload, a new window)
 *     until its first page of rows and its total are on screen;
 *   - menu: 案件列表 clicked on the home screen until the same.
 * First, how soon the page shows something while the host checks the book
 * on a thread of its own, and when the book is in.
 * Measured once the host's start-up work is done: the copied book has no
 * backup of today, so the host first takes one on its task thread; the
 * loads made meanwhile are reported apart (the slowest, and how long).
 * A benchmark, not a test: it prints figures and writes bench-data/ui-results.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { claimAdministrator } from '../electron/core/users/accounts';
import { DATABASE_FILE_NAME, openCore } from '../electron/core/open-core';
import { BENCH_DATA_DIR, freshCopy, livesData } from './bench-data';
import { startDeskHost } from '../test/e2e/fixtures/desk-host';

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '200000' }, seed: { type: 'string', default: '7' }, runs: { type: 'string', default: '5' } },
  strict: true,
});
const cases = Number(values.cases);
const runs = Number(values.runs);
const PASSWORD = 'bench-2026';
const TARGET_MS = 1000;

const log = (line: string): void => void process.stderr.write(`${line}\n`);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A copy of the book whose manager has a password (the bench book is seeded without sign-in). */
function preparedBook(): { dir: string; manager: string } {
  const data = livesData(cases, Number(values.seed), log);
  log(`Copying the ${cases.toLocaleString()}-case book ...`);
  const dir = freshCopy(data.dir, DATABASE_FILE_NAME, 'ui-list');
  const core = openCore({ dataDir: dir });
  try {
    const manager = core.db.prepare("SELECT id, name FROM users WHERE role = 'manager' AND deleted = 0 ORDER BY name LIMIT 1").get() as { id: string; name: string };
    claimAdministrator(core, { userId: manager.id, password: PASSWORD });
    return { dir, manager: manager.name };
  } finally {
    core.close();
  }
}

/** The list is usable: its first rows and its total are on screen. */
async function listShown(page: Page): Promise<void> {
  await page.getByRole('table', { name: '投诉案件' }).locator('tr.case-row').first().waitFor();
  await page.getByRole('navigation', { name: '翻页' }).getByRole('status').filter({ hasText: /共 [\d,]+ 件/ }).waitFor();
}

/** The list's address loaded from a blank page (so the app loads afresh), then 案件列表 from the home screen: ms each. */
async function openTheList(page: Page, url: string): Promise<{ open: number; menu: number }> {
  await page.goto('about:blank');
  let started = performance.now();
  await page.goto(`${url}#/cases`);
  await listShown(page);
  const open = performance.now() - started;
  await page.goto(`${url}#/home`);
  await page.getByRole('heading', { name: '工作台' }).waitFor();
  started = performance.now();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '案件列表' }).click();
  await listShown(page);
  return { open, menu: performance.now() - started };
}

/** What the host answers on a channel that takes no input. */
async function answerOf<T>(page: Page, url: string, channel: string): Promise<T> {
  const response = await page.request.post(`${url}rpc/${channel}`, { data: {} });
  return ((await response.json()) as { value: T }).value;
}

/** The book is still being checked on the host's thread (the stand-in answers only the opening screen). */
async function bookBeingChecked(page: Page, url: string): Promise<boolean> {
  return (await answerOf<{ upgrading: boolean }>(page, url, 'setup.status')).upgrading;
}

/**
 * A book this large is checked at start on a thread of its own while the page says so: how soon after the host
 * answers the page shows something (the opening screen, or signing in if the check was already done), and when the
 * book is in. Before, the host answered nothing until the check on its main thread was done.
 */
async function openingTheBook(page: Page, url: string): Promise<{ screenMs: number; openMs: number; screen: string }> {
  const started = performance.now();
  await page.goto(url);
  const heading = page.getByRole('heading', { name: /^(正在打开案卷|登录)$/ });
  await heading.waitFor();
  const screenMs = performance.now() - started;
  const screen = (await heading.textContent()) ?? '';
  while (await bookBeingChecked(page, url)) await new Promise((done) => setTimeout(done, 50));
  return { screenMs, openMs: performance.now() - started, screen };
}

async function taskThreadBusy(page: Page, url: string): Promise<boolean> {
  return (await answerOf<unknown>(page, url, 'tasks.current')) !== null;
}

async function main(): Promise<void> {
  const book = preparedBook();
  const started = performance.now();
  const desk = await startDeskHost({ dataDir: book.dir });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const open: number[] = [];
  const menu: number[] = [];
  // The book has no backup of today: the host takes it at start, on its task thread, while the desk works.
  const duringBackup: number[] = [];
  let backupSeconds: number;
  let opening: Awaited<ReturnType<typeof openingTheBook>>;
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    opening = await openingTheBook(page, desk.url);
    log(`the page showed ${opening.screen} after ${opening.screenMs.toFixed(0)} ms; the book was in after ${opening.openMs.toFixed(0)} ms`);
    const response = await page.request.post(`${desk.url}rpc/session.signIn`, { data: { name: book.manager, password: PASSWORD } });
    if (!((await response.json()) as { ok: boolean }).ok) throw new Error('could not sign in to the bench book');
    while (await taskThreadBusy(page, desk.url)) {
      const shown = await openTheList(page, desk.url);
      duringBackup.push(shown.open);
      log(`during the day's backup: open ${shown.open.toFixed(0)} ms, menu ${shown.menu.toFixed(0)} ms`);
    }
    backupSeconds = (performance.now() - started) / 1000;
    for (let run = 0; run <= runs; run += 1) {
      const shown = await openTheList(page, desk.url);
      // The first run warms the host's caches and the page's; it is not counted.
      if (run > 0) {
        open.push(shown.open);
        menu.push(shown.menu);
      }
      log(`run ${run}: open ${run > 0 ? shown.open.toFixed(0) : '(warm-up)'} ms, menu ${run > 0 ? shown.menu.toFixed(0) : '(warm-up)'} ms`);
    }
  } finally {
    await browser.close();
    await desk.stop();
  }
  const result = {
    cases,
    runs,
    openMs: median(open),
    menuMs: median(menu),
    targetMs: TARGET_MS,
    opening,
    duringBackup: { loads: duringBackup.length, worstOpenMs: Math.max(0, ...duringBackup), doneAfterS: backupSeconds },
    at: new Date().toISOString(),
  };
  console.log(`Case list in the browser host, ${cases.toLocaleString()} cases, median of ${runs}:`);
  console.log(
    `  at start (the book checked on a thread of its own): the page showed ${opening.screen} ${opening.screenMs.toFixed(0)} ms after the host answered; the book was in after ${opening.openMs.toFixed(0)} ms`,
  );
  console.log(`  opened from its address: ${result.openMs.toFixed(0)} ms (target < ${TARGET_MS} ms)`);
  console.log(`  from the menu:           ${result.menuMs.toFixed(0)} ms (target < ${TARGET_MS} ms)`);
  console.log(
    `  while the day's backup ran (the first ${backupSeconds.toFixed(0)} s after the host started): ${duringBackup.length} loads, the slowest ${result.duringBackup.worstOpenMs.toFixed(0)} ms`,
  );
  writeFileSync(join(BENCH_DATA_DIR, 'ui-results.json'), `${JSON.stringify(result, null, 2)}\n`);
}

await main();
