/**
 * Time limits that are watched and escalations that arrive (issue 19, seeds 001, 002 and 004): a lobby's
 * 15-minute response rule on the elapsed clock, a referral the general manager decides, a major
 * complaint reaching the manager the settings name, a verification that sends a case back, and a
 * special team with its measures.
 */
import type { Page } from '@playwright/test';
import { addPerson, completeSetup, expect, openSettings, PASSWORD, setUpDesk, signInAs, test } from './fixtures/test';
import { buildCaseInput, rpc } from './fixtures/seed';
import { choose, chooseMany, typeDate, expectDialogOpened } from './fixtures/antd';

const queues = (page: Page) => page.getByRole('list', { name: '工作队列' });

test.describe('a lobby open on Sunday', () => {
  // Sunday 22 November 2026, 10:00 in Beijing: an office would answer on Monday; the lobby's rule counts every minute.
  test.use({ deskHost: { timeZone: 'Asia/Shanghai', now: '2026-11-22T10:00' } });

  test('a complaint with a 15-minute response rule on the elapsed clock shows as response-overdue 20 minutes later', async ({ page, desk }) => {
    await page.clock.install({ time: new Date('2026-11-22T10:00:00+08:00') });
    await page.goto(desk.url);
    // Through the first-run screen, which leaves 王芳's name for the sign-in after the restart below.
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
    // The time limits card says the same, per kind.
    const clocks = page.getByRole('region', { name: '时限提醒' });
    await expect(clocks.getByRole('link', { name: '响应（已超时）1 件' })).toBeVisible();
    await expect(clocks.getByRole('link', { name: '接单（已超时）0 件' })).toBeVisible();
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
  await setUpDesk(page, desk, { person: '王芳' });
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

/** Opens a move's dialog from the case page's 办理 buttons. */
async function openAction(page: Page, name: string) {
  await page.getByRole('group', { name: '当前可以进行的操作' }).getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name });
  await expectDialogOpened(dialog);
  return dialog;
}

test('verification sends a case back: the assistant finds the result wanting, the department resolves it again, and the verified result goes to its callback', async ({
  page,
  desk,
}) => {
  await setUpDesk(page, desk, { person: '王芳' });
  await addPerson(page, desk, { name: '周助理', role: 'assistant' });

  // 工作时间与参数: this office verifies every result before the callback (seed 001's 跟踪验证).
  await openSettings(page, '工作时间与参数');
  await page.getByRole('checkbox', { name: /处理完毕后先跟踪验证/ }).check();
  await page.getByRole('button', { name: '保存参数' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存。' })).toBeVisible();

  const kase = (await rpc(page.request, desk, 'cases.register', buildCaseInput({ nature: 'valid', complainantName: '郑女士', content: '楼上卫生间渗水到我家天花板。' }))) as {
    id: string;
    number: string;
  };
  const move = (transition: Record<string, unknown>) => rpc(page.request, desk, 'cases.transition', { caseId: kase.id, requestId: crypto.randomUUID(), transition } as never);
  await move({ action: 'dispatch', departmentId: 'dept-engineering', assigneeId: null, note: '' });
  await move({ action: 'accept', note: '' });
  await move({ action: 'resolve', summary: '已更换楼上卫生间地漏密封圈。' });

  await signInAs(page, '周助理');
  await page.getByRole('link', { name: '工作台' }).click();
  await expect(queues(page).getByRole('link', { name: '待验证：1 件' })).toBeVisible();
  await queues(page).getByRole('link', { name: '待验证：1 件' }).click();
  await page.getByRole('row', { name: new RegExp(kase.number) }).click();
  const status = page.getByRole('group', { name: '案件概况' });
  await expect(status).toContainText('待跟踪验证');
  // Nothing to call back yet: the callback waits for the verification.
  await expect(page.getByRole('region', { name: '回访记录' })).toContainText('案件解决后会自动安排回访。');

  let dialog = await openAction(page, '跟踪验证');
  await choose(dialog.getByLabel('验证结果'), '验证未通过');
  await dialog.getByRole('button', { name: '跟踪验证' }).click();
  // A failed verification says what is wrong, for the department.
  await expect(dialog.getByLabel(/验证意见/)).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel(/验证意见/).fill('天花板仍有水渍，墙角返潮，需重新做防水。');
  await dialog.getByRole('button', { name: '跟踪验证' }).click();
  await expect(dialog).toBeHidden();
  await expect(status).toContainText('处理中');
  await expect(status).toContainText('验证未通过，已退回');
  await expect(page.getByRole('list', { name: '处理经过，按时间先后' })).toContainText('验证未通过，退回责任部门');
  await expect(page.getByRole('region', { name: '处理情况' })).toContainText('天花板仍有水渍');

  // The department resolves it again; this time the result holds, and the callback is scheduled.
  dialog = await openAction(page, '处理完毕');
  await dialog.getByLabel('处理结果').fill('楼上卫生间重新做防水，闭水试验 48 小时合格。');
  await dialog.getByRole('button', { name: '处理完毕' }).click();
  await expect(dialog).toBeHidden();
  await expect(status).toContainText('待跟踪验证');
  dialog = await openAction(page, '跟踪验证');
  await choose(dialog.getByLabel('验证结果'), '验证通过');
  await dialog.getByRole('button', { name: '跟踪验证' }).click();
  await expect(dialog).toBeHidden();
  await expect(status).not.toContainText('待跟踪验证');
  await expect(page.getByRole('region', { name: '回访记录' })).toContainText('第 1 轮回访');
  await page.getByRole('link', { name: '工作台' }).click();
  await expect(queues(page).getByRole('link', { name: '待验证：0 件' })).toBeVisible();
});

test('a special team: a leader, people and departments, and measures each with its person and deadline, done one by one', async ({ page, desk }) => {
  await setUpDesk(page, desk, { person: '王芳' });
  await addPerson(page, desk, { name: '孙总', role: 'general_manager' });
  await addPerson(page, desk, { name: '钱工', role: 'representative', departmentId: 'dept-engineering' });
  const kase = (await rpc(page.request, desk, 'cases.register', buildCaseInput({ nature: 'major', complainantName: '钱先生', content: '地下车库进水，五辆车被泡。' }))) as {
    id: string;
  };
  await page.goto(`${desk.url}#/cases/${kase.id}`);

  const dialog = await openAction(page, '成立专项小组');
  await choose(dialog.getByLabel('责任部门'), '工程部');
  await choose(dialog.getByLabel('组长'), '孙总（总经理）');
  await chooseMany(dialog.getByLabel('小组成员（人员）'), ['钱工（投诉代表）', '王芳（经理）']);
  await chooseMany(dialog.getByLabel('参加部门'), ['工程部', '秩序部']);
  await typeDate(dialog.getByLabel('完成时限'), '2030-01-20T17:00');
  await dialog.getByLabel('处理措施').fill('查明进水原因，疏通排水沟；统计受损车辆，与保险公司对接。');
  await dialog.getByRole('button', { name: '成立专项小组' }).click();
  await expect(dialog).toBeHidden();

  const team = page.getByRole('region', { name: '专项小组' });
  await expect(team).toContainText('组长：孙总');
  for (const member of ['钱工', '王芳', '工程部', '秩序部']) await expect(team).toContainText(member);

  // Two measures, each with the person who answers for it and a deadline.
  for (const [text, owner, due] of [
    ['疏通车库排水沟，加装挡水板', '钱工（投诉代表）', '2030-01-10T17:00'],
    ['逐户上门登记受损车辆', '王芳（经理）', '2030-01-05T17:00'],
  ] as const) {
    await team.getByRole('button', { name: '添加措施' }).click();
    const add = page.getByRole('dialog', { name: '添加措施' });
    await add.getByLabel('措施').fill(text);
    await choose(add.getByLabel('责任人'), owner);
    await typeDate(add.getByLabel('完成时限'), due);
    await add.getByRole('button', { name: '保存' }).click();
    await expect(add).toBeHidden();
  }
  const measures = team.getByRole('table', { name: '措施、责任人、时限和状态' });
  // In the order they fall due.
  await expect(measures.getByRole('row')).toHaveCount(3);
  await expect(measures.getByRole('row').nth(1)).toContainText('逐户上门登记受损车辆');
  await expect(measures.getByRole('row').nth(1)).toContainText('进行中');

  await measures.getByRole('row', { name: /逐户上门登记/ }).getByRole('button', { name: '完成' }).click();
  const done = page.getByRole('dialog', { name: /措施完成/ });
  await done.getByLabel('完成情况').fill('已登记 5 户，照片存档。');
  await done.getByRole('button', { name: '保存' }).click();
  await expect(done).toBeHidden();
  await expect(measures.getByRole('row', { name: /逐户上门登记/ })).toContainText('已完成');
  await expect(measures.getByRole('row', { name: /逐户上门登记/ })).toContainText('已登记 5 户');
  await expect(measures.getByRole('row', { name: /疏通车库排水沟/ })).toContainText('进行中');
});
