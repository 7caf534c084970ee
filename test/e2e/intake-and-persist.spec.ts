import { completeSetup, expect, PASSWORD, test } from './fixtures/test';
import { choose, typeDate } from './fixtures/antd';

test('first-run setup, register a complaint, find it, open it, and it survives a restart', async ({ page, desk }) => {
  await page.goto(desk.url);
  await expect(page.getByRole('heading', { name: '首次使用设置' })).toBeVisible();
  await completeSetup(page, { org: '绿城物业 翠湖苑项目', desk: 'A', person: '王芳' });
  await expect(page.getByRole('banner')).toContainText('绿城物业 翠湖苑项目');
  await expect(page.getByRole('banner')).toContainText('服务台 A');
  await expect(page.getByRole('group', { name: '已登录：王芳' })).toBeVisible();

  await page.getByRole('link', { name: '登记投诉' }).click();
  await expect(page.getByRole('heading', { name: '登记投诉' })).toBeVisible();
  await choose(page.getByLabel('来源渠道'), '来电');
  await typeDate(page.getByLabel('受理时间'), '2026-11-23T14:05');
  await page.getByLabel('投诉人').fill('李建国');
  await page.getByLabel('联系电话').fill('138 0013 8000');
  await page.getByLabel('栋房号').fill('3栋1202');
  await page.getByLabel('项目').fill('翠湖苑');
  await page.getByLabel('投诉内容').fill('卫生间天花板漏水,已经持续两天,楼上住户不在家。');
  await choose(page.getByLabel('投诉类别'), '物业管理');
  await choose(page.getByLabel('性质'), '有效');
  await page.keyboard.press('Control+S');
  // A receipt time more than a week back is saved once the person confirms it (Settings sets how far).
  await expect(page.locator('#intake-receivedAt')).toHaveAccessibleDescription(/受理时间早于设置的确认天数/);
  await page.getByLabel('受理时间无误').check();
  await page.keyboard.press('Control+S');

  const saved = page.getByRole('heading', { name: /已登记\uff0c投诉编号 A-\d{6}-\d{4}/ });
  await expect(saved).toBeVisible();
  const number = /A-\d{6}-\d{4}/.exec((await saved.textContent()) ?? '')?.[0];
  expect(number).toBeTruthy();

  await page.getByRole('link', { name: '案件列表' }).click();
  const row = page.getByRole('row', { name: new RegExp(number!) });
  await expect(row).toContainText('李建国');
  await expect(row).toContainText('2026/11/23 14:05');
  await expect(page.getByText('共 1 件')).toBeVisible();
  await row.click();

  await expect(page.getByRole('heading', { name: `投诉 ${number}` })).toBeVisible();
  const fields = page.getByRole('region', { name: '案件信息' });
  for (const text of ['李建国', '138 0013 8000', '3栋1202', '翠湖苑', '物业管理', '有效', '来电', '已判定', '2026/11/23 14:05', '王芳']) {
    await expect(fields).toContainText(text);
  }
  await expect(fields).toContainText('卫生间天花板漏水');
  const history = page.getByRole('region', { name: '变更记录' });
  await expect(history.getByRole('row', { name: /投诉人.*李建国/ })).toContainText('王芳');
  await expect(history.getByRole('row', { name: /来源渠道/ })).toContainText('来电');
  await expect(history.getByRole('row', { name: /性质/ })).toContainText('有效');

  await desk.restart();
  await page.reload();
  // The host forgot who was signed in; the data it did not forget.
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await page.getByRole('textbox', { name: '密码', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('heading', { name: `投诉 ${number}` })).toBeVisible();
  await expect(page.getByRole('region', { name: '案件信息' })).toContainText('李建国');
  await page.getByRole('link', { name: '案件列表' }).click();
  await expect(page.getByRole('row', { name: new RegExp(number!) })).toContainText('李建国');
});
