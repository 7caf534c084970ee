/**
 * Screenshots of each screen at 1280x800. The filled intake form goes to
 * resources/screenshots/ (for the README and the installer); the rest to
 * test-results/screens/ for looking over after a change.
 */
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { completeSetup, expect, PASSWORD, test } from './fixtures/test';
import { buildCaseInput, rpc } from './fixtures/seed';

const ROOT = resolve(import.meta.dirname, '../..');
const shot = (page: Page, name: string) => page.screenshot({ path: join(ROOT, 'test-results', 'screens', `${name}.png`) });

test.use({ viewport: { width: 1280, height: 800 } });

test('screenshots of every screen', async ({ page, desk }) => {
  await page.goto(desk.url);
  await expect(page.getByRole('heading', { name: '首次使用设置' })).toBeVisible();
  await shot(page, '01-setup');
  await completeSetup(page, { org: '绿城物业 翠湖苑项目', desk: 'A', person: '王芳' });

  await page.getByRole('link', { name: '登记投诉' }).click();
  await page.getByLabel('来源渠道').selectOption({ label: '来电' });
  await page.getByLabel('受理时间').fill('2026-11-23T14:05');
  await page.getByLabel('投诉人').fill('李建国');
  await page.getByLabel('联系电话').fill('138 0013 8000');
  await page.getByLabel('栋房号').fill('3栋1202');
  await page.getByLabel('项目').fill('翠湖苑');
  await page.getByLabel('投诉内容').fill('卫生间天花板漏水\uff0c已经持续两天。楼上 4 栋 1302 住户不在家\uff0c联系不上。\n希望物业尽快联系楼上住户并安排维修。');
  await page.getByLabel('投诉类别').selectOption({ label: '物业管理' });
  await page.getByLabel('性质').selectOption({ label: '有效' });
  await page.getByLabel('投诉内容').blur();
  await page.screenshot({ path: join(ROOT, 'resources', 'screenshots', 'intake-form.png') });

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
      receivedAt: Date.UTC(2026, 10, 1 + (i % 28), 1 + (i % 10), i % 60),
    }));
  }
  await page.getByRole('link', { name: '案件列表' }).click();
  await expect(page.getByText('共 61 件')).toBeVisible();
  await shot(page, '05-case-list');

  await page.getByRole('row', { name: /李建国/ }).click();
  await expect(page.getByRole('heading', { name: /投诉 A-/ })).toBeVisible();
  await shot(page, '06-case-detail');
  await page.getByRole('region', { name: '变更记录' }).scrollIntoViewIfNeeded();
  await shot(page, '07-case-history');

  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByRole('dialog', { name: '修改密码' })).toBeVisible();
  await shot(page, '08-change-password');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();

  await desk.restart();
  await page.reload();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await shot(page, '09-sign-in');
  // The name is remembered on this computer: only the password is typed.
  await expect(page.getByLabel('姓名')).toHaveValue('王芳');
  await page.getByRole('textbox', { name: '密码', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByLabel('语言').selectOption('en');
  await page.getByRole('link', { name: 'Cases' }).click();
  await shot(page, '10-case-list-en');
});
