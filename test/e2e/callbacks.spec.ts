/**
 * Callbacks (issue 5), through the screens only: a case resolved on the
 * case page gets its callback in the queue, due on the right working day;
 * an unsatisfied customer sends it back to its department, the next
 * resolution brings a new round, a satisfied one closes it, and the case
 * keeps both rounds. Also: a major complaint's home visit, quotas, filters,
 * the reminder, and a callback refused because the case moved on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { addPerson, expect, openRegisteredCase, setUpDesk, signInAs, test as base } from './fixtures/test';
import { choose, typeDate, expectChosen, offeredOptions } from './fixtures/antd';

const test = base;
/** The host reads its clock in the desk's time zone, as the browser does (playwright.config.ts). */
test.use({ deskHost: { timeZone: 'Asia/Shanghai' } });

// ---- the official calendar, read independently of the app's own code ----

const ROOT = resolve(import.meta.dirname, '../..');
const official = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/chinese-days/dist/chinese-days.json'), 'utf8')) as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};
const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (utc: number) => {
  const d = new Date(utc);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** Calendar date (as shown, `2026/11/23 …`) -> the Nth working day after it, as the queue shows it: `2026/11/30 18:00`. */
function callbackDueText(resolvedText: string, workingDays: number): string {
  const match = /^(\d{4})\/(\d{2})\/(\d{2})/.exec(resolvedText);
  if (!match) throw new Error(`not a date: ${resolvedText}`);
  let day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  for (let counted = 0; counted < workingDays; ) {
    day += DAY;
    const key = isoOf(day);
    const weekend = [0, 6].includes(new Date(day).getUTCDay());
    const working = key in official.holidays ? false : key in official.workdays ? true : !weekend;
    if (working) counted++;
  }
  return `${isoOf(day).replaceAll('-', '/')} 18:00`;
}

// ---- steps, as a person at the desk takes them ----

/** An hour ago on the desk's clock (Asia/Shanghai, no daylight saving), as a `datetime-local` value. */
const anHourAgo = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 16);

async function registerCase(page: Page, complainant: string, nature: '有效' | '重大', receivedAt = anHourAgo()): Promise<string> {
  await page.getByRole('link', { name: '登记投诉' }).click();
  await choose(page.getByLabel('来源渠道'), '来电');
  await typeDate(page.getByLabel('受理时间'), receivedAt);
  await page.getByLabel('投诉人').fill(complainant);
  await page.getByLabel('联系电话').fill('138 0013 8000');
  await page.getByLabel('栋房号').fill('3栋1202');
  await page.getByLabel('投诉内容').fill('卫生间天花板漏水，楼上住户不在家。');
  await choose(page.getByLabel('投诉类别'), '物业管理');
  await choose(page.getByLabel('性质'), nature);
  await page.getByRole('button', { name: '保存' }).click();
  const saved = page.getByRole('heading', { name: /已登记，投诉编号 A-\d{6}-\d{4}/ });
  await expect(saved).toBeVisible();
  const number = /A-\d{6}-\d{4}/.exec((await saved.textContent()) ?? '')?.[0];
  if (!number) throw new Error('no complaint number');
  await openRegisteredCase(page);
  await expect(page.getByRole('heading', { name: `投诉 ${number}` })).toBeVisible();
  return number;
}

/** One move on the case page: its button, its dialog, its fields, its submit button. */
async function move(page: Page, action: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<unknown>): Promise<void> {
  await page.getByRole('group', { name: '当前可以进行的操作' }).getByRole('button', { name: action }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await fill(dialog);
  await dialog.getByRole('button', { name: action }).click();
  await expect(dialog).toBeHidden();
}

/** Registered with its nature, the case is judged already (the nature chosen is the judgment): straight to 派单. */
async function dispatchTo(page: Page, department: string): Promise<void> {
  await expect(page.getByRole('region', { name: '案件信息' })).toContainText('已判定');
  await move(page, '派单', (dialog) => choose(dialog.getByLabel('责任部门'), department));
}

async function resolveCase(page: Page, summary: string): Promise<void> {
  await move(page, '处理完毕', (dialog) => dialog.getByLabel('处理结果').fill(summary));
  await expect(page.getByRole('region', { name: '案件信息' })).toContainText('已解决');
}

const caseStatus = (page: Page) => page.getByRole('region', { name: '案件信息' });
const group = (page: Page, name: RegExp) => page.getByRole('region', { name });
const fact = (scope: ReturnType<Page['getByRole']>, label: string) =>
  scope.locator('.callback-facts__item').filter({ has: scope.page().getByText(label, { exact: true }) }).locator('dd');

test('resolve, call back unsatisfied, back to the department, resolve again, satisfied: closed with both rounds kept', async ({ page, desk }) => {
  await setUpDesk(page, desk, { person: '王芳' });
  const number = await registerCase(page, '李建国', '有效');
  await dispatchTo(page, '工程部');
  await resolveCase(page, '已更换楼上住户的防水层，天花板已修补。');
  // Nothing to call back yet on the case page, except the round just scheduled.
  const panel = page.getByRole('region', { name: '回访记录' });
  await expect(panel.getByRole('region', { name: '第 1 轮回访' })).toContainText('待回访');

  // The queue: upcoming, phone, the registering desk, due by the close of the 5th working day.
  await page.getByRole('link', { name: '回访', exact: true }).click();
  await expect(page.getByRole('heading', { name: '回访', level: 1 })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(number) });
  await expect(row).toContainText('李建国');
  await expect(row).toContainText('电话回访');
  await expect(row).toContainText('王芳');
  await expect(row).toContainText('第 1 轮');

  await row.getByRole('button', { name: `回访 ${number}` }).click();
  await expect(page.getByRole('heading', { name: `回访 ${number}` })).toBeVisible();
  const summary = page.getByRole('region', { name: '案件摘要' });
  await expect(summary).toContainText('卫生间天花板漏水');
  await expect(summary).toContainText('已更换楼上住户的防水层');
  const resolvedText = (await fact(summary, '解决时间').textContent()) ?? '';
  const due = callbackDueText(resolvedText, 5);
  const round1 = page.getByRole('region', { name: '第 1 轮回访' });
  await expect(fact(round1, '应回访时间')).toHaveText(due);
  await page.getByRole('button', { name: '返回回访列表' }).click();
  await expect(group(page, /即将到期（1）/).getByRole('row', { name: new RegExp(number) })).toContainText(due);
  await row.getByRole('button', { name: `回访 ${number}` }).click();

  // A try that did not reach the customer is kept.
  await round1.getByRole('button', { name: '无人接听' }).click();
  await expect(round1.getByRole('list', { name: '联系记录' })).toContainText('无人接听（王芳）');
  await expect(round1.getByRole('status')).toHaveText('已记录：无人接听。');

  // Nothing chosen: the errors sit beside the choices.
  await round1.getByRole('button', { name: '保存回访结果' }).click();
  await expect(round1.getByRole('alert')).toContainText('有 2 项需要填写或修改');
  await expect(round1.getByRole('group', { name: '客户满意度' })).toContainText('此项必填');

  await round1.getByRole('radio', { name: '不满意' }).check();
  await round1.getByRole('radio', { name: '没有解决' }).check();
  await round1.getByLabel('客户原话').fill('下雨天还是渗水，希望彻底修好。');
  await expect(round1.getByLabel('整改期限')).toBeVisible();
  await expect(round1).toContainText('保存后案件退回工程部整改，整改完成后再次回访。');
  await round1.getByRole('button', { name: '保存回访结果' }).click();
  await expect(page.getByRole('status').filter({ hasText: `已记录 ${number} 的回访，案件已退回整改。` })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(number) })).toHaveCount(0);

  // The case is back with its department, not resolved.
  await page.getByRole('link', { name: '案件列表' }).click();
  await page.getByRole('row', { name: new RegExp(number) }).click();
  await expect(caseStatus(page)).toContainText('已派单');
  await expect(page.getByRole('region', { name: '处理情况' })).toContainText('工程部');
  await expect(panel.getByRole('region', { name: '第 1 轮回访' })).toContainText('不满意');

  // Rectified and resolved again: a second round, recorded from the case page this time.
  await resolveCase(page, '重新做了防水，淋水试验无渗漏。');
  const round2 = panel.getByRole('region', { name: '第 2 轮回访' });
  await expect(round2).toContainText('待回访');
  await round2.getByRole('radio', { name: '满意', exact: true }).check();
  await round2.getByRole('radio', { name: '已解决' }).check();
  await round2.getByLabel('客户原话').fill('这次修好了，谢谢。');
  await expect(round2).toContainText('保存后案件将关闭。');
  await round2.getByRole('button', { name: '保存回访结果' }).click();
  await expect(caseStatus(page)).toContainText('已关闭');

  // Both rounds stay in the history.
  const first = panel.getByRole('region', { name: '第 1 轮回访' });
  const second = panel.getByRole('region', { name: '第 2 轮回访' });
  await expect(first).toContainText('不满意');
  await expect(first).toContainText('下雨天还是渗水，希望彻底修好。');
  await expect(first).toContainText('无人接听');
  await expect(second).toContainText('已回访');
  await expect(second).toContainText('满意');
  await expect(second).toContainText('这次修好了，谢谢。');
  await page.getByRole('link', { name: '回访', exact: true }).click();
  await expect(page.getByText('没有待回访的案件。')).toBeVisible();
});

test('a major complaint is called back by a home visit, by the manager; quotas, filters and the reminder', async ({ page, desk }) => {
  await setUpDesk(page, desk, { person: '王芳' });
  // Someone else registers it; the manager still gets the callback.
  await addPerson(page, desk, { name: '刘洋', role: 'representative' });
  await signInAs(page, '刘洋');
  const number = await registerCase(page, '陈女士', '重大');
  await dispatchTo(page, '客服中心');
  await resolveCase(page, '总经理带队上门道歉，赔偿损失。');

  await page.getByRole('link', { name: '回访', exact: true }).click();
  const quotas = page.getByRole('region', { name: '本月回访指标' });
  await expect(quotas.getByRole('row', { name: /王芳/ })).toContainText('客服中心经理');
  await expect(quotas.getByRole('row', { name: /王芳/ })).toContainText('还差 3 个');
  const row = page.getByRole('row', { name: new RegExp(number) });
  await expect(row).toContainText('上门回访');
  await expect(row).toContainText('王芳');

  await choose(page.getByLabel('回访方式'), '电话回访');
  await expect(page.getByText('没有待回访的案件。')).toBeVisible();
  await choose(page.getByLabel('回访方式'), '上门回访');
  await expect(row).toBeVisible();
  await choose(page.getByLabel('回访人'), '刘洋');
  await expect(page.getByText('没有待回访的案件。')).toBeVisible();
  await choose(page.getByLabel('回访人'), '王芳');
  await expect(row).toBeVisible();

  // Not due yet: no reminder. Agreed to call again at a time already past: overdue, and the reminder says so.
  await expect(page.locator('.callback-reminder')).toHaveCount(0);
  await row.getByRole('button', { name: `回访 ${number}` }).click();
  const round = page.getByRole('region', { name: '第 1 轮回访' });
  await typeDate(round.getByLabel('再联系时间'), '2026-01-05T09:30');
  await round.getByRole('button', { name: '记录：约定再联系' }).click();
  await expect(round.getByRole('list', { name: '联系记录' })).toContainText('约定再联系');
  await expect(fact(round, '应回访时间')).toHaveText('2026/01/05 09:30');
  await signInAs(page, '王芳');
  const reminder = page.getByRole('status').filter({ hasText: '回访提醒' });
  await expect(reminder).toHaveText(/回访提醒：今天到期 0 个，已逾期 1 个。/);

  await page.getByRole('link', { name: '回访', exact: true }).click();
  await expect(group(page, /已逾期（1）/).getByRole('row', { name: new RegExp(number) })).toBeVisible();
  await page.getByRole('button', { name: `回访 ${number}` }).click();
  // The method is fixed, and the form says why.
  const method = page.getByRole('combobox', { name: '回访方式' });
  await expectChosen(method, '上门回访');
  await expect(method).toHaveAccessibleDescription('重大投诉须上门回访（回访制度规定）。');
  expect(await offeredOptions(method)).toEqual(['上门回访']);
  await page.getByRole('radio', { name: '非常满意' }).check();
  await page.getByRole('radio', { name: '已解决' }).check();
  await page.getByRole('button', { name: '保存回访结果' }).click();
  await expect(page.getByRole('status').filter({ hasText: `已记录 ${number} 的回访，案件已关闭。` })).toBeVisible();
  await expect(reminder).toHaveCount(0);
  await expect(quotas.getByRole('row', { name: /王芳/ })).toContainText('还差 2 个');
  await expect(quotas.getByRole('row', { name: /王芳/ }).getByRole('cell').nth(2)).toHaveText('1');

  await page.getByLabel('显示已完成的回访').check();
  await expect(group(page, /已完成（1）/).getByRole('row', { name: new RegExp(number) })).toContainText('非常满意');
});

test('a callback for a case that is no longer resolved is refused with a clear message', async ({ page, context, desk }) => {
  await setUpDesk(page, desk, { person: '王芳' });
  const number = await registerCase(page, '周先生', '有效');
  await dispatchTo(page, '秩序部');
  await resolveCase(page, '已与装修户沟通，晚上八点后停工。');
  const caseUrl = page.url();

  await page.getByRole('link', { name: '回访', exact: true }).click();
  await page.getByRole('button', { name: `回访 ${number}` }).click();
  const round = page.getByRole('region', { name: '第 1 轮回访' });
  await round.getByRole('radio', { name: '满意', exact: true }).check();
  await round.getByRole('radio', { name: '已解决' }).check();

  // Meanwhile, at another window, the case is reopened.
  const other = await context.newPage();
  await other.goto(caseUrl);
  await move(other, '重新打开', (dialog) => dialog.getByLabel('重新打开的原因').fill('业主来电说晚上仍有噪音。'));
  await expect(other.getByRole('region', { name: '案件信息' })).toContainText('已派单');
  await other.close();

  await round.getByRole('button', { name: '保存回访结果' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `案件 ${number} 现在是“已派单”，还没有解决，不能记录回访。` })).toBeVisible();
  await page.getByRole('button', { name: '返回回访列表' }).click();
  await expect(page.getByRole('row', { name: new RegExp(number) })).toHaveCount(0);
});

test.describe('on a fixed day', () => {
  // Friday 26 September 2025, 15:00: Saturday off, Sunday 28th a make-up workday, 1–8 October National Day and Mid-Autumn.
  test.use({ deskHost: { timeZone: 'Asia/Shanghai', now: '2025-09-26T15:00' } });

  test('a case resolved on the Friday before National Day is called back by the 5th working day: 10 October', async ({ page, desk }) => {
    await page.clock.install({ time: new Date('2025-09-26T15:00:00+08:00') });
    await setUpDesk(page, desk, { person: '王芳' });
    const number = await registerCase(page, '孙女士', '有效', '2025-09-26T09:30');
    await dispatchTo(page, '环境部');
    await resolveCase(page, '已清理绿化带垃圾，并安排每日巡查。');

    await page.getByRole('link', { name: '回访', exact: true }).click();
    const row = group(page, /即将到期（1）/).getByRole('row', { name: new RegExp(number) });
    // The calendar read independently agrees: Sun 28 Sep, Mon 29, Tue 30, (1–8 Oct off), Thu 9, Fri 10.
    expect(callbackDueText('2025/09/26 15:00', 5)).toBe('2025/10/10 18:00');
    await expect(row).toContainText('2025/10/10 18:00');
  });
});
