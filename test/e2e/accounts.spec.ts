/**
 * Who is at the desk, against the real core: signing in (a wrong password
 * says so, five lock the account), the screen locking itself when left and
 * on Ctrl+L, signing out; a receptionist kept out of what is a manager's,
 * in the UI and at the contract; and the access log showing a manager
 * opening a case and exporting.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { addPerson, completeSetup, expect, PASSWORD, signInAs, test } from './fixtures/test';
import { buildCaseInput, rpc } from './fixtures/seed';
import { startDeskHost, type DeskHost } from './fixtures/desk-host';
import { choose, expectChosen } from './fixtures/antd';

async function signIn(page: Page, name: string, password: string): Promise<void> {
  await page.getByLabel('姓名').fill(name);
  await page.getByRole('textbox', { name: '密码', exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

/** Calls the contract from the page's own browser session, as a crafted request from that desk would. */
async function callAsPage(page: Page, desk: DeskHost, channel: string, input: unknown): Promise<{ ok: boolean; error?: { code: string } }> {
  const response = await page.request.post(`${desk.url}rpc/${channel}`, { data: input });
  return (await response.json()) as { ok: boolean; error?: { code: string } };
}

test('a wrong password says so, five lock the account, the screen locks when left and on Ctrl+L, signing out', async ({ page, desk }) => {
  await page.clock.install();
  await page.goto(desk.url);
  await completeSetup(page, { person: '王芳' });
  await addPerson(page, desk, { name: '小张', role: 'receptionist' });

  await page.getByRole('button', { name: '退出', exact: true }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
  const refusal = page.getByRole('alert');
  await signIn(page, '小张', 'not-the-one');
  await expect(refusal).toHaveText('姓名或密码不对。');
  await expect(page.getByRole('textbox', { name: '密码', exact: true })).toHaveValue('');
  for (const left of [3, 2, 1]) {
    await signIn(page, '小张', `wrong-${left}`);
    await expect(refusal).toHaveText(`姓名或密码不对，再错 ${left} 次账户将被锁定。`);
  }
  await signIn(page, '小张', 'wrong-again');
  await expect(refusal).toContainText('密码连续输错 5 次，账户已锁定');
  // Locked means locked, even for the right password.
  await signIn(page, '小张', PASSWORD);
  await expect(refusal).toContainText('账户已锁定');
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();

  await signIn(page, '王芳', PASSWORD);
  await expect(page.getByRole('group', { name: '已登录：王芳' })).toBeVisible();
  // Left alone for the set ten minutes, the screen locks; the name stays for signing back in.
  await page.clock.fastForward('10:01');
  await expect(page.getByRole('heading', { name: '屏幕已锁定' })).toBeVisible();
  await expect(page.getByLabel('姓名')).toHaveValue('王芳');
  expect((await callAsPage(page, desk, 'cases.list', {})).error?.code).toBe('NOT_SIGNED_IN');
  await page.getByRole('textbox', { name: '密码', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('group', { name: '已登录：王芳' })).toBeVisible();
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: '屏幕已锁定' })).toBeVisible();
});

test('a receptionist cannot open Settings, waive a callback, judge a referred case or change a role; a manager can', async ({ page, desk }) => {
  await page.goto(desk.url);
  await completeSetup(page, { person: '王芳' });
  const clerk = await addPerson(page, desk, { name: '李前台', role: 'receptionist' });
  const referred = (await rpc(page.request, desk, 'cases.register', buildCaseInput({ nature: 'unjudged', complainantName: '赵先生' }))) as { id: string };
  await rpc(page.request, desk, 'cases.transition', { caseId: referred.id, requestId: randomUUID(), transition: { action: 'refer_to_manager', note: '不确定是否属于物业责任' } });
  const resolved = (await rpc(page.request, desk, 'cases.register', buildCaseInput({ complainantName: '钱女士' }))) as { id: string };
  for (const transition of [
    { action: 'dispatch', departmentId: 'dept-engineering' },
    { action: 'resolve', summary: '已修好' },
  ] as const) {
    await rpc(page.request, desk, 'cases.transition', { caseId: resolved.id, requestId: randomUUID(), transition });
  }

  await signInAs(page, '李前台');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '登记投诉' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '设置' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: '访问记录' })).toHaveCount(0);
  await page.goto(`${desk.url}#/settings`);
  await expect(page.getByRole('alert')).toHaveText('您的角色不能打开这一页。如需使用，请找客服中心经理。');

  await page.goto(`${desk.url}#/cases/${referred.id}`);
  const actions = page.getByRole('region', { name: '办理' });
  await expect(actions).toContainText('本案已提交经理判定，只有客服中心经理或总经理可以判定。');
  await expect(actions.getByRole('button', { name: '判定性质' })).toBeDisabled();
  await page.goto(`${desk.url}#/cases/${resolved.id}`);
  await expect(page.getByRole('region', { name: '办理' }).getByRole('button', { name: '免回访关闭' })).toHaveCount(0);

  // Nor by calling the contract from this browser.
  const refused = async (channel: string, input: unknown) => expect((await callAsPage(page, desk, channel, input)).error?.code).toBe('NOT_PERMITTED');
  await refused('settings.saveValues', { dueSoonHours: 2 });
  await refused('settings.updateStaff', { id: clerk.id, role: 'manager' });
  await refused('cases.transition', { caseId: referred.id, requestId: randomUUID(), transition: { action: 'judge', nature: 'valid' } });
  await refused('cases.transition', {
    caseId: resolved.id,
    requestId: randomUUID(),
    transition: { action: 'close', callbackException: { reason: 'refused', note: '客户拒绝' } },
  });

  await signInAs(page, '王芳');
  await page.goto(`${desk.url}#/cases/${referred.id}`);
  await page.getByRole('region', { name: '办理' }).getByRole('button', { name: '判定性质' }).click();
  const judge = page.getByRole('dialog', { name: '判定性质' });
  await choose(judge.getByLabel('性质'), '有效');
  await judge.getByRole('button', { name: '判定性质' }).click();
  await expect(judge).toBeHidden();
  await expect(page.getByRole('group', { name: '案件概况' })).toContainText('已判定');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
  await page.getByRole('tab', { name: '部门与人员' }).click();
  const row = page.getByRole('table', { name: '人员列表' }).getByRole('row', { name: /李前台/ });
  await choose(row.getByRole('combobox', { name: '角色' }), '投诉代表');
  await row.getByRole('button', { name: '保存 李前台' }).click();
  await expect(row.getByRole('button', { name: '保存 李前台' })).toBeDisabled();
  await expectChosen(row.getByRole('combobox', { name: '角色' }), '投诉代表');
});

test('the access log shows a manager opening a case and exporting', async ({ page, desk }) => {
  await page.goto(desk.url);
  await completeSetup(page, { person: '王芳' });
  const kase = (await rpc(page.request, desk, 'cases.register', buildCaseInput({ complainantName: '孙女士', receivedAt: Date.now() - 60_000 }))) as {
    id: string;
    number: string;
  };
  await page.goto(`${desk.url}#/cases/${kase.id}`);
  await expect(page.getByRole('heading', { name: `投诉 ${kase.number}` })).toBeVisible();
  await expect(page.getByRole('region', { name: '查阅记录' })).toContainText('王芳 · 查看案件');

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '案件列表' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  await download;

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '访问记录' }).click();
  const log = page.getByRole('table', { name: '访问记录' });
  await expect(log.getByRole('row', { name: new RegExp(`王芳.*查看案件.*${kase.number}`) })).toBeVisible();
  await expect(log.getByRole('row', { name: /王芳.*导出.*csv/ })).toBeVisible();
  await expect(log.getByRole('row', { name: /王芳.*登录/ }).first()).toBeVisible();
  await choose(page.getByLabel('操作'), '导出');
  await expect(log.getByRole('row')).toHaveCount(2);
  await page.getByRole('searchbox', { name: '投诉编号', exact: true }).fill(kase.number);
  await choose(page.getByLabel('操作'), '全部');
  await expect(log.getByRole('row', { name: /查看案件/ })).toHaveCount(1);
});

test('a manager writes an invitation; a new desk joins with it and its passphrase, and its people sign in with their own passwords', async ({ page, desk, browser }) => {
  await page.goto(desk.url);
  await completeSetup(page, { person: '王芳' });
  const usb = await mkdtemp(join(tmpdir(), 'complaint-desk-usb-'));
  // 同步 → 机构密钥 → 写邀请文件: a passphrase too short is refused beside the field.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '同步' }).click();
  await page.getByRole('tab', { name: '机构密钥' }).click();
  const keys = page.getByRole('tabpanel');
  await expect(keys).toContainText('本服务台持有机构密钥');
  const invite = keys.getByRole('form', { name: '写邀请文件' });
  await invite.getByLabel('文件夹', { exact: true }).fill(usb);
  await invite.getByLabel('口令').fill('短口令');
  await invite.getByRole('button', { name: '写邀请文件' }).click();
  await expect(invite.getByLabel('口令')).toHaveAccessibleDescription(/口令至少 8 个字符/);
  await invite.getByLabel('口令').fill('翠湖苑邀请2026');
  await invite.getByRole('button', { name: '写邀请文件' }).click();
  const written = invite.getByRole('region', { name: '邀请文件已写好' });
  await expect(written).toContainText('.cdinvite');
  const invitationPath = ((await written.locator('.sync-path').textContent()) ?? '').trim();
  const deskB = await startDeskHost();
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    const other = await context.newPage();
    await other.goto(deskB.url);
    await other.getByRole('button', { name: '本服务台加入已有单位（已有其他服务台在使用）' }).click();
    await other.getByRole('textbox', { name: '服务台代码' }).fill('B');
    await other.getByLabel('邀请文件').fill(join(usb, 'missing.cdinvite'));
    await other.getByLabel('口令').fill('翠湖苑邀请2026');
    await other.getByRole('button', { name: '加入', exact: true }).click();
    await expect(other.getByLabel('邀请文件')).toHaveAccessibleDescription(/找不到这个文件/);
    await other.getByLabel('邀请文件').fill(invitationPath);
    await other.getByLabel('口令').fill('翠湖苑邀请');
    await other.getByRole('button', { name: '加入', exact: true }).click();
    await expect(other.getByRole('alert')).toContainText('口令不正确');
    await other.getByLabel('口令').fill('翠湖苑邀请2026');
    await other.getByRole('button', { name: '加入', exact: true }).click();
    // No first person to invent: the organisation's people sign in as they do at the first desk.
    await expect(other.getByRole('heading', { name: '登录' })).toBeVisible();
    await expect(other.getByRole('banner')).toContainText('服务台 B');
    await signIn(other, '王芳', PASSWORD);
    await expect(other.getByRole('group', { name: '已登录：王芳' })).toBeVisible();
  } finally {
    await context.close();
    await deskB.stop();
    await rm(usb, { recursive: true, force: true });
  }
});
