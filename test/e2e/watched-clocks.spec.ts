/**
 * Time limits that are watched and escalations that arrive (issue 19, seeds 002 and 004): a lobby's
 * 15-minute response rule on the elapsed clock, a referral the general manager decides, and a major
 * complaint reaching the manager the settings name.
 */
import type { Page } from '@playwright/test';
import { addPerson, completeSetup, expect, openSettings, PASSWORD, signInAs, test } from './fixtures/test';
import { buildCaseInput, rpc } from './fixtures/seed';
import { choose } from './fixtures/antd';

const queues = (page: Page) => page.getByRole('list', { name: '工作队列' });

test.describe('a lobby open on Sunday', () => {
  // Sunday 22 November 2026, 10:00 in Beijing: an office would answer on Monday; the lobby's rule counts every minute.
  test.use({ deskHost: { timeZone: 'Asia/Shanghai', now: '2026-11-22T10:00' } });

  test('a complaint with a 15-minute response rule on the elapsed clock shows as response-overdue 20 minutes later', async ({ page, desk }) => {
    await page.clock.install({ time: new Date('2026-11-22T10:00:00+08:00') });
    await page.goto(desk.url);
    await completeSetup(page, { person: '王芳' });
    await rpc(page.request, desk, 'settings.saveSite', { name: '大堂', sort: 0, active: true });

    // The rule, as the manager sets it: 有效 · 服务态度, elapsed time, someone with the customer within 15 minutes.
    await openSettings(page, '时限规则');
    await choose(page.getByLabel('性质'), '有效');
    await choose(page.getByRole('combobox', { name: '类别', exact: true }), '服务态度');
    await choose(page.getByLabel('计时方式'), '自然时间（昼夜不停）');
    await page.getByLabel('响应时限数值').fill('15');
    await choose(page.getByLabel('响应时限单位'), '分钟');
    await page.getByLabel('接单时限数值').fill('30');
    await choose(page.getByLabel('接单时限单位'), '分钟');
    await page.getByRole('button', { name: '添加规则' }).click();
    await expect(page.getByRole('table', { name: '时限规则列表' }).getByRole('row', { name: /有效.*服务态度.*自然时间.*15 分钟.*30 分钟/ })).toBeVisible();

    await page.getByRole('link', { name: '登记投诉' }).click();
    await expect(page.getByRole('heading', { name: '登记投诉' })).toBeVisible();
    await choose(page.getByLabel('来源渠道'), '来访');
    await page.getByLabel('投诉人').fill('吴女士');
    await page.getByLabel('项目').fill('大堂');
    await page.getByLabel('投诉内容').fill('大堂保安态度生硬，不让快递员进门。');
    await choose(page.getByLabel('投诉类别'), '服务态度');
    await choose(page.getByLabel('性质'), '有效');
    await page.getByRole('button', { name: '保存' }).click();
    const saved = page.getByRole('heading', { name: /已登记，投诉编号 A-\d{6}-\d{4}/ });
    await expect(saved).toBeVisible();
    const number = /A-\d{6}-\d{4}/.exec((await saved.textContent()) ?? '')?.[0] ?? '';

    await page.getByRole('link', { name: '工作台' }).click();
    await expect(queues(page).getByRole('link', { name: '响应超时：0 件' })).toBeVisible();

    // Twenty minutes later, nobody has been to the customer: the desk (restarted at 10:20) says so.
    await desk.restart(undefined, '2026-11-22T10:20');
    await page.clock.setSystemTime(new Date('2026-11-22T10:20:00+08:00'));
    await page.reload();
    await page.getByRole('textbox', { name: '密码', exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(queues(page).getByRole('link', { name: '响应超时：1 件' })).toBeVisible();
    await queues(page).getByRole('link', { name: '响应超时：1 件' }).click();
    await expect(page.getByRole('heading', { name: '案件列表' })).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(number) });
    await expect(row).toContainText('响应超时');
    await row.click();
    const handling = page.getByRole('region', { name: '处理情况' });
    await expect(handling).toContainText('响应时限状态');
    await expect(handling).toContainText('已超时');
  });
});

test('a referral waits in the general manager’s queue and the decision shows on the case; a major complaint reaches the manager named in settings', async ({
  page,
  desk,
}) => {
  await page.goto(desk.url);
  await completeSetup(page, { person: '王芳' });
  await addPerson(page, desk, { name: '赵经理', role: 'manager' });
  await addPerson(page, desk, { name: '孙总', role: 'general_manager' });

  // 工作时间与参数: level 1 of the chain is the manager role; the settings name 赵经理 for it.
  await openSettings(page, '工作时间与参数');
  await choose(page.getByLabel('1 级由谁负责'), '赵经理');
  await page.getByRole('button', { name: '保存参数' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存。' })).toBeVisible();

  const kase = (await rpc(page.request, desk, 'cases.register', buildCaseInput({ nature: 'major', complainantName: '钱先生', content: '地下车库进水，五辆车被泡。' }))) as {
    id: string;
    number: string;
  };
  await page.goto(`${desk.url}#/cases/${kase.id}`);
  const handling = page.getByRole('region', { name: '处理情况' });
  await expect(handling).toContainText('升级至');
  await expect(handling).toContainText('赵经理');

  // 上报公司, then the general manager sees it waiting and decides.
  const actions = page.getByRole('group', { name: '当前可以进行的操作' });
  await actions.getByRole('button', { name: '上报公司' }).click();
  const refer = page.getByRole('dialog', { name: '上报公司' });
  await refer.getByRole('textbox').first().fill('涉及多户赔偿，金额超出项目权限。');
  await refer.getByRole('button', { name: '上报公司' }).click();
  await expect(refer).toBeHidden();
  await expect(actions.getByRole('button', { name: '公司决定' })).toBeVisible();

  await signInAs(page, '孙总');
  await page.getByRole('link', { name: '工作台' }).click();
  await expect(queues(page).getByRole('link', { name: '待公司决定：1 件' })).toBeVisible();
  await queues(page).getByRole('link', { name: '待公司决定：1 件' }).click();
  await page.getByRole('row', { name: new RegExp(kase.number) }).click();
  await page.getByRole('group', { name: '当前可以进行的操作' }).getByRole('button', { name: '公司决定' }).click();
  const decide = page.getByRole('dialog', { name: '公司决定' });
  await decide.getByRole('button', { name: '公司决定' }).click();
  await expect(decide.getByLabel('公司决定')).toHaveAttribute('aria-invalid', 'true');
  await decide.getByLabel('公司决定').fill('同意按实际损失赔偿，由工程部三日内修复。');
  await decide.getByLabel(/处理指示/).fill('每日向公司报告进度。');
  await decide.getByRole('button', { name: '公司决定' }).click();
  await expect(decide).toBeHidden();
  const decided = page.getByRole('region', { name: '处理情况' });
  await expect(decided).toContainText('同意按实际损失赔偿');
  await expect(decided).toContainText('每日向公司报告进度');
  await expect(decided).toContainText('孙总');
  await page.getByRole('link', { name: '工作台' }).click();
  await expect(queues(page).getByRole('link', { name: '待公司决定：0 件' })).toBeVisible();
});
