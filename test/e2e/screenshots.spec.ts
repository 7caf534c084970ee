/**
 * Screenshots of every screen at the usual office size (1366×768) and at
 * 1920×1080, and no page may scroll sideways at 1366. A test run writes them
 * to test-results/screenshots/, so it leaves the working tree as it found it;
 * `npm run screenshots` writes them into resources/screenshots/ (the README
 * shows a few). Dialogs and error states go to test-results/screens/ for
 * looking over after a change.
 */
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { completeSetup, expect, PASSWORD, test } from './fixtures/test';
import { buildCaseInput, rpc } from './fixtures/seed';
import { choose, typeDate } from './fixtures/antd';

const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'resources', 'screenshots') : join(ROOT, 'test-results', 'screenshots');
const shot = (page: Page, name: string) => page.screenshot({ path: join(ROOT, 'test-results', 'screens', `${name}.png`) });

const OFFICE = { width: 1366, height: 768 };
const WIDE = { width: 1920, height: 1080 };

test.use({ viewport: OFFICE });

/** What on the page is wider than its box at this size: the page itself or its main area. */
async function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ['html', 'main']
      .map((selector) => [selector, document.querySelector(selector)] as const)
      .filter(([, element]) => element !== null && element.scrollWidth > element.clientWidth + 1)
      .map(([selector]) => selector),
  );
}

/** Each main screen, opened by its address and ready once its title shows and nothing is still loading, reading or counting. */
const SCREENS = [
  { name: 'home', hash: '#/home', title: '工作台' },
  { name: 'case-list', hash: '#/cases', title: '案件列表' },
  { name: 'intake', hash: '#/cases/new', title: '登记投诉' },
  { name: 'callbacks', hash: '#/callbacks', title: '回访' },
  { name: 'groups', hash: '#/groups', title: '群诉' },
  { name: 'sync', hash: '#/sync', title: '同步' },
  { name: 'stats', hash: '#/stats', title: '统计' },
  { name: 'print', hash: '#/print', title: '打印' },
  { name: 'settings', hash: '#/settings', title: '设置' },
  { name: 'access-log', hash: '#/access-log', title: '访问记录' },
  { name: 'backups', hash: '#/backups', title: '备份与恢复' },
] as const;

async function shootBothSizes(page: Page, name: string, ready: () => Promise<void>, overflowing: string[]): Promise<void> {
  await page.setViewportSize(OFFICE);
  await ready();
  const wide = await sidewaysScroll(page);
  if (wide.length > 0) overflowing.push(`${name}: ${wide.join(', ')}`);
  await page.screenshot({ path: join(SCREENSHOTS, '1366', `${name}.png`) });
  await page.setViewportSize(WIDE);
  await ready();
  await page.screenshot({ path: join(SCREENSHOTS, '1920', `${name}.png`) });
  await page.setViewportSize(OFFICE);
}

test('screenshots of every screen', async ({ page, desk }) => {
  // Thirteen screens at two sizes: a long walk, not a slow one.
  test.setTimeout(240_000);
  await page.goto(desk.url);
  const overflowingAtSetup: string[] = [];
  await shootBothSizes(page, 'setup', () => expect(page.getByRole('heading', { name: '首次使用设置' })).toBeVisible(), overflowingAtSetup);
  expect(overflowingAtSetup).toEqual([]);
  await completeSetup(page, { org: '绿城物业 翠湖苑项目', desk: 'A', person: '王芳' });

  await page.getByRole('link', { name: '登记投诉' }).click();
  await choose(page.getByLabel('来源渠道'), '来电');
  await typeDate(page.getByLabel('受理时间'), '2026-11-23T14:05');
  await page.getByLabel('投诉人').fill('李建国');
  await page.getByLabel('联系电话').fill('138 0013 8000');
  await page.getByLabel('栋房号').fill('3栋1202');
  await page.getByLabel('项目').fill('翠湖苑');
  await page.getByLabel('投诉内容').fill('卫生间天花板漏水\uff0c已经持续两天。楼上 4 栋 1302 住户不在家\uff0c联系不上。\n希望物业尽快联系楼上住户并安排维修。');
  await choose(page.getByLabel('投诉类别'), '物业管理');
  await choose(page.getByLabel('性质'), '有效');
  await page.getByLabel('投诉内容').blur();
  await page.screenshot({ path: join(SCREENSHOTS, 'intake-form.png') });

  await page.getByLabel('投诉人').fill('');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByLabel('投诉人')).toHaveAttribute('aria-invalid', 'true');
  await shot(page, '03-intake-error');
  await page.getByLabel('投诉人').fill('李建国');
  await page.getByRole('button', { name: '保存' }).click();
  // The receipt time is weeks back on the desk's clock: saved once the person confirms it.
  await page.getByLabel('受理时间无误').check();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: /已登记/ })).toBeVisible();
  await shot(page, '04-intake-saved');

  const names = ['陈女士', '刘先生', '孙女士', '周先生', '吴女士', '郑先生'];
  const contents = ['厨房水管漏水\uff0c楼下天花板渗水。', '电梯经常停在三楼\uff0c门关不上。', '绿化带的垃圾一周没人清理。', '夜间装修噪音太大。', '快递柜占用消防通道。', '地下车库灯不亮。'];
  for (let i = 0; i < 60; i++) {
    await rpc(page.request, desk, 'cases.register', buildCaseInput({
      complainantName: names[i % names.length]!,
      content: contents[i % contents.length]!,
      phone: `1380013${String(8000 + i)}`,
      buildingRoom: `${(i % 9) + 1}栋${1000 + i}`,
      channel: (['phone', 'visit', 'online', 'letter'] as const)[i % 4]!,
      nature: (['unjudged', 'valid', 'major', 'invalid'] as const)[i % 4]!,
      ...(i % 4 === 3 ? { invalidExplanation: '属市政道路问题，已告知投诉人拨打 12345。' } : {}),
      receivedAt: Date.UTC(2026, 10, 1 + (i % 28), 1 + (i % 10), i % 60),
    }));
  }
  const overflowing: string[] = [];
  for (const screen of SCREENS) {
    await page.goto(`${desk.url}${screen.hash}`);
    await shootBothSizes(
      page,
      screen.name,
      async () => {
        await expect(page.getByRole('heading', { level: 1, name: screen.title, exact: true })).toBeVisible();
        await expect(page.getByText(/正在(加载|统计|读取)|Loading/)).toHaveCount(0);
      },
      overflowing,
    );
  }

  await page.getByRole('link', { name: '案件列表' }).click();
  await expect(page.getByText('共 61 件')).toBeVisible();
  await page.getByRole('row', { name: /李建国/ }).click();
  await shootBothSizes(page, 'case-detail', () => expect(page.getByRole('heading', { name: /投诉 A-/ })).toBeVisible(), overflowing);
  expect(overflowing).toEqual([]);
  await page.getByRole('region', { name: '变更记录' }).scrollIntoViewIfNeeded();
  await shot(page, '07-case-history');

  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByRole('dialog', { name: '修改密码' })).toBeVisible();
  await shot(page, '08-change-password');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();

  await desk.restart();
  await page.reload();
  const overflowingAtSignIn: string[] = [];
  await shootBothSizes(page, 'sign-in', () => expect(page.getByRole('heading', { name: '登录' })).toBeVisible(), overflowingAtSignIn);
  expect(overflowingAtSignIn).toEqual([]);
  // The name is remembered on this computer: only the password is typed.
  await expect(page.getByLabel('姓名')).toHaveValue('王芳');
  await page.getByRole('textbox', { name: '密码', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  // Signed in: the page is drawn anew, with the menu.
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await choose(page.getByLabel('语言'), 'English');
  await page.getByRole('link', { name: 'Cases' }).click();
  await shot(page, '10-case-list-en');
});
