/**
 * The case lifecycle through the case page, against the real core: a major
 * complaint from registration to a closed case with its summary, and an
 * invalid one closed with the explanation given to the customer.
 */
import { randomUUID } from 'node:crypto';
import { deflateSync, crc32 } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { addPerson, expect, setUpDesk, signInAs, test } from './fixtures/test';
import { buildCaseInput, rpc } from './fixtures/seed';
import { choose, typeDate, expectChosen, expectDialogOpened, pickFiles } from './fixtures/antd';

/** A small real PNG (a blue-to-orange gradient), so the thumbnail is a picture a person could recognise. */
function gradientPng(width = 160, height = 100): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * (width * 3 + 1) + 1 + x * 3;
      rows[at] = Math.round(40 + (200 * x) / width);
      rows[at + 1] = Math.round(110 + (60 * y) / height);
      rows[at + 2] = Math.round(220 - (180 * x) / width);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function openAction(page: Page, name: string): Promise<Locator> {
  await page.getByRole('group', { name: '当前可以进行的操作' }).getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name });
  await expectDialogOpened(dialog);
  return dialog;
}

async function submit(dialog: Locator, name: string): Promise<void> {
  await dialog.getByRole('button', { name, exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** The titles of the timeline's entries, oldest first. */
async function timelineTitles(page: Page): Promise<string[]> {
  const entries = page.getByRole('list', { name: '处理经过，按时间先后' }).locator(':scope > li');
  return entries.evaluateAll((items) => items.map((item) => item.querySelector('.lc-entry__title strong')?.textContent ?? ''));
}

test('a major complaint: judged, escalated, planned, dispatched, followed up with evidence, resolved, closed and summarised', async ({ page, desk }) => {
  await setUpDesk(page, desk, { person: '王芳' });
  // The organisation as the settings screen would leave it: a general manager, and an engineer in 工程部.
  await rpc(page.request, desk, 'users.add', { name: '赵总', role: 'general_manager' });
  await rpc(page.request, desk, 'users.add', { name: '张工', role: 'representative', departmentId: 'dept-engineering' });
  const kase = (await rpc(
    page.request,
    desk,
    'cases.register',
    buildCaseInput({ nature: 'unjudged', complainantName: '李建国', buildingRoom: '3栋1202', content: '地下车库渗水，三辆车被泡，要求赔偿。' }),
  )) as { id: string; number: string };

  await page.goto(`${desk.url}#/cases/${kase.id}`);
  await expect(page.getByRole('heading', { name: `投诉 ${kase.number}` })).toBeVisible();
  const glance = page.getByRole('group', { name: '案件概况' });
  const actions = page.getByRole('group', { name: '当前可以进行的操作' });
  await expect(glance).toContainText('已登记');
  await expect(actions.getByRole('button')).toHaveText(['判定性质', '提交经理判定', '当场解决', '升级', '成立专项小组', '上报公司']);

  // Judge: nothing chosen is refused beside the field, in Chinese.
  let dialog = await openAction(page, '判定性质');
  await dialog.getByRole('button', { name: '判定性质' }).click();
  await expect(dialog.getByLabel('性质')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('性质')).toHaveAccessibleDescription('此项必填');
  await choose(dialog.getByLabel('性质'), '重大');
  await choose(dialog.getByLabel('沟通性投诉类型'), '求助型');
  await dialog.getByLabel('说明').fill('多户车辆受损，金额较大，按重大投诉处理。');
  // A double click sends it once.
  await dialog.getByRole('button', { name: '判定性质' }).dblclick();
  await expect(dialog).toBeHidden();
  await expect(glance).toContainText('已判定');
  await expect(glance).toContainText('重大');
  await expect(glance).toContainText('求助');
  // A major complaint goes to the manager at once.
  await expect(glance).toContainText('已升级至 王芳（第 1 级）');

  // Escalate on to the general manager: the next in the chain when nobody is chosen.
  dialog = await openAction(page, '升级');
  await expect(dialog.getByLabel('升级至')).toHaveAccessibleDescription('留空则按升级顺序交给总经理（赵总）。');
  await dialog.getByLabel('升级原因').fill('涉及赔偿，需总经理决定。');
  await submit(dialog, '升级');
  await expect(glance).toContainText('已升级至 赵总（第 2 级）');

  // The special team (专项小组): department, leader, time, the plan.
  dialog = await openAction(page, '成立专项小组');
  await choose(dialog.getByLabel('责任部门'), '工程部');
  await choose(dialog.getByLabel('组长'), '张工（投诉代表）');
  await typeDate(dialog.getByLabel('完成时限'), '2030-01-20T17:00');
  await dialog.getByLabel('处理措施').fill('排查渗水点，修补防水层；统计受损车辆，与保险公司对接。');
  await submit(dialog, '成立专项小组');
  const handling = page.getByRole('region', { name: '处理情况' });
  await expect(handling).toContainText('排查渗水点');

  // Dispatch to 工程部 and 张工, with a deadline.
  dialog = await openAction(page, '派单');
  await expect(dialog.getByLabel('处理时限')).toHaveAccessibleDescription(/留空则按时限规则：从现在起 1 个工作日/);
  await choose(dialog.getByLabel('责任部门'), '工程部');
  await choose(dialog.getByLabel('处理人'), '张工（投诉代表）');
  await typeDate(dialog.getByLabel('处理时限'), '2030-01-15T17:00');
  await dialog.getByLabel('说明').fill('今天下午到现场。');
  await submit(dialog, '派单');
  await expect(glance).toContainText('已派单');
  await expect(glance).toContainText('时限 2030/01/15 17:00');
  await expect(actions.getByRole('button', { name: '改派' })).toBeVisible();

  // Pause while waiting on the customer, then carry on; both are recorded.
  dialog = await openAction(page, '暂停计时');
  await dialog.getByLabel('暂停原因').fill('等待业主提供车辆受损照片。');
  await submit(dialog, '暂停计时');
  await expect(glance).toContainText('已暂停');
  await expect(actions.getByRole('button', { name: '暂停计时' })).toHaveCount(0);
  dialog = await openAction(page, '恢复计时');
  await submit(dialog, '恢复计时');
  await expect(glance).not.toContainText('已暂停');

  dialog = await openAction(page, '接单处理');
  await submit(dialog, '接单处理');
  await expect(glance).toContainText('处理中');

  // Follow-ups: contact with a photo, a remedy with its amount, the result the customer confirmed.
  const timeline = page.getByRole('region', { name: '处理经过' });
  await timeline.getByRole('button', { name: '添加跟进记录' }).click();
  dialog = page.getByRole('dialog', { name: '添加跟进记录' });
  await choose(dialog.getByLabel('类型'), '联系客户');
  await dialog.getByLabel('内容').fill('已电话联系李先生，约定明天上午到现场查看。');
  await pickFiles(dialog.getByLabel('附件（可多选）'), { name: '车库渗水.png', mimeType: 'image/png', buffer: gradientPng() });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(timeline.getByRole('img', { name: '车库渗水.png 的缩略图' })).toBeVisible();

  await timeline.getByRole('button', { name: '添加跟进记录' }).click();
  dialog = page.getByRole('dialog', { name: '添加跟进记录' });
  await choose(dialog.getByLabel('类型'), '补救 / 补偿');
  await dialog.getByLabel('内容').fill('免费为三辆车做清洗保养。');
  await choose(dialog.getByLabel('补救方式'), '免费服务');
  await dialog.getByLabel('金额（元）').fill('1500');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(timeline).toContainText('¥1500.00');

  await timeline.getByRole('button', { name: '添加跟进记录' }).click();
  dialog = page.getByRole('dialog', { name: '添加跟进记录' });
  await choose(dialog.getByLabel('类型'), '结果反馈');
  await dialog.getByLabel('内容').fill('防水层已修补，告知李先生结果。');
  await choose(dialog.getByLabel('客户是否确认'), '客户已确认');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  // A correction is a new entry; the old one stays, marked as corrected.
  const contact = timeline.locator('li.lc-entry', { hasText: '约定明天上午' });
  await contact.getByRole('button', { name: /^更正 .* 的这条记录$/ }).click();
  dialog = page.getByRole('dialog', { name: '更正跟进记录' });
  await expect(dialog.getByLabel('内容')).toHaveValue('已电话联系李先生，约定明天上午到现场查看。');
  await dialog.getByLabel('内容').fill('已电话联系李先生，约定后天上午到现场查看（客户明天不在家）。');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(contact).toContainText('已被更正');
  await expect(timeline.locator('li.lc-entry', { hasText: '后天上午' })).toContainText(/更正了 .* 的记录/);

  // Resolve, with the request sent twice on the way (a flaky network): it applies once.
  await page.route('**/rpc/cases.transition', async (route) => {
    await route.fetch();
    await route.fulfill({ response: await route.fetch() });
  });
  dialog = await openAction(page, '处理完毕');
  await dialog.getByLabel('处理结果').fill('渗水点已修补，三辆车已免费清洗保养，业主认可。');
  await submit(dialog, '处理完毕');
  await page.unroute('**/rpc/cases.transition');
  await expect(glance).toContainText('已解决');

  // The callback (回访), on the case page's callbacks panel: a major complaint is visited at home; satisfied closes it.
  const callbacks = page.getByRole('region', { name: '回访记录' });
  const outcome = callbacks.getByRole('form', { name: '回访结果' });
  await expectChosen(outcome.getByLabel('回访方式'), '上门回访');
  await outcome.getByRole('radio', { name: '满意', exact: true }).check();
  await outcome.getByRole('radio', { name: '已解决' }).check();
  await outcome.getByLabel('客户原话').fill('修得很好，谢谢物业。');
  await outcome.getByRole('button', { name: '保存回访结果' }).click();
  await expect(glance).toContainText('已关闭');

  // The closing summary, with accountability.
  dialog = await openAction(page, '结案总结');
  await dialog.getByLabel('投诉原因').fill('地库防水层老化，雨季前未检查。');
  await dialog.getByLabel('经验教训').fill('雨季前须全面检查地库防水。');
  await dialog.getByLabel('改进措施').fill('每年四月检查防水层，列入工程部计划。');
  await choose(dialog.getByLabel('责任追究层级'), '部门或流程');
  await dialog.getByLabel('责任人').fill('工程部');
  await choose(dialog.getByLabel('追究措施'), '批评教育');
  await submit(dialog, '结案总结');
  for (const text of ['地库防水层老化', '雨季前须全面检查地库防水', '每年四月检查防水层', '部门或流程', '批评教育']) {
    await expect(handling).toContainText(text);
  }

  // The timeline tells every step, in order, each once.
  expect(await timelineTitles(page)).toEqual([
    '登记',
    '判定',
    '重大投诉自动升级',
    '升级',
    '成立专项小组',
    '派单',
    '暂停计时',
    '恢复计时',
    '接单处理',
    '联系客户',
    '补救 / 补偿',
    '结果反馈',
    '联系客户',
    '处理完毕',
    '回访',
    '结案总结',
  ]);
  const entry = (title: string) => timeline.locator('li.lc-entry', { has: page.locator('strong', { hasText: new RegExp(`^${title}$`) }) });
  await expect(entry('判定')).toContainText('已登记 → 已判定');
  await expect(entry('判定')).toContainText('多户车辆受损');
  await expect(entry('派单')).toContainText('工程部');
  await expect(entry('派单')).toContainText('张工');
  await expect(entry('派单')).toContainText('2030/01/15 17:00');
  await expect(entry('暂停计时')).toContainText('等待业主提供车辆受损照片');
  await expect(entry('升级')).toContainText('需总经理决定');
  await expect(entry('回访')).toContainText('已解决 → 已关闭');
  await expect(entry('回访')).toContainText('满意');
  await expect(entry('回访')).toContainText('修得很好');
  for (const step of ['判定', '派单', '处理完毕', '回访']) await expect(entry(step)).toContainText('王芳');
  // The change history has the fields each step set.
  const history = page.getByRole('region', { name: '变更记录' });
  await expect(history.getByRole('row', { name: /责任部门/ }).first()).toContainText('工程部');
  await expect(page.getByRole('group', { name: '当前可以进行的操作' }).getByRole('button')).toHaveText(['结案总结', '重新打开']);
});

test('a customer who refuses the callback: only a manager closes the case without it, then writes the summary', async ({ page, desk }) => {
  await setUpDesk(page, desk, { person: '王芳' });
  const kase = (await rpc(page.request, desk, 'cases.register', buildCaseInput({ complainantName: '周先生', content: '快递柜占用消防通道。' }))) as {
    id: string;
  };
  for (const transition of [
    { action: 'dispatch', departmentId: 'dept-security' },
    { action: 'resolve', summary: '快递柜已移到架空层。' },
  ] as const) {
    await rpc(page.request, desk, 'cases.transition', { caseId: kase.id, requestId: randomUUID(), transition });
  }
  await page.goto(`${desk.url}#/cases/${kase.id}`);
  const glance = page.getByRole('group', { name: '案件概况' });
  await expect(glance).toContainText('已解决');

  // Someone else comes to the desk: a complaint representative may not close without the callback.
  await addPerson(page, desk, { name: '小李', role: 'representative' });
  await signInAs(page, '小李');
  await page.goto(`${desk.url}#/cases/${kase.id}`);
  let dialog = await openAction(page, '免回访关闭');
  await expect(dialog.getByRole('alert')).toHaveText('只有经理或总经理可以免回访关闭案件。');
  await expect(dialog.getByRole('button', { name: '免回访关闭' })).toBeDisabled();
  await dialog.getByRole('button', { name: '取消' }).click();

  await signInAs(page, '王芳');
  await page.goto(`${desk.url}#/cases/${kase.id}`);
  dialog = await openAction(page, '免回访关闭');
  await dialog.getByRole('button', { name: '免回访关闭' }).click();
  await expect(dialog.getByLabel('免回访原因')).toHaveAccessibleDescription(/^此项必填/);
  await expect(dialog.getByLabel('情况说明')).toHaveAccessibleDescription('此项必填');
  await choose(dialog.getByLabel('免回访原因'), '客户拒绝回访');
  await dialog.getByLabel('情况说明').fill('周先生说已经解决了，不需要回访。');
  await submit(dialog, '免回访关闭');
  await expect(glance).toContainText('已关闭');
  await expect(page.getByRole('region', { name: '回访记录' })).toContainText('免回访');

  dialog = await openAction(page, '结案总结');
  await dialog.getByLabel('投诉原因').fill('快递柜选址没有征求消防意见。');
  await choose(dialog.getByLabel('责任追究层级'), '管理层');
  await submit(dialog, '结案总结');
  const handling = page.getByRole('region', { name: '处理情况' });
  await expect(handling).toContainText('快递柜选址没有征求消防意见');
  await expect(handling).toContainText('客户拒绝回访');
  const closed = page.getByRole('list', { name: '处理经过，按时间先后' }).locator(':scope > li', { hasText: '已解决 → 已关闭' });
  await expect(closed).toContainText('免回访原因');
  await expect(closed).toContainText('周先生说已经解决了');
});

test('an invalid complaint closes with the explanation given to the customer', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  const kase = (await rpc(
    page.request,
    desk,
    'cases.register',
    buildCaseInput({ nature: 'unjudged', complainantName: '孙女士', content: '小区外马路上的路灯不亮。' }),
  )) as { id: string };
  await page.goto(`${desk.url}#/cases/${kase.id}`);

  const dialog = await openAction(page, '判定性质');
  await choose(dialog.getByLabel('性质'), '无效');
  await choose(dialog.getByLabel('沟通性投诉类型'), '咨询型');
  await dialog.getByRole('button', { name: '判定性质' }).click();
  const explanation = dialog.getByLabel('给客户的解释');
  await expect(explanation).toHaveAttribute('aria-invalid', 'true');
  await expect(explanation).toHaveAccessibleDescription(/^此项必填/);
  await expect(dialog).toBeVisible();
  await explanation.fill('小区外市政道路的路灯由市政管理处负责，已告知客户市政热线 12319。');
  await submit(dialog, '判定性质');

  const glance = page.getByRole('group', { name: '案件概况' });
  await expect(glance).toContainText('已关闭');
  await expect(glance).toContainText('无效');
  await expect(page.getByRole('region', { name: '处理情况' })).toContainText('市政热线 12319');
  const judged = page.getByRole('list', { name: '处理经过，按时间先后' }).locator(':scope > li', { hasText: '已登记 → 已关闭' });
  await expect(judged).toContainText('给客户的解释');
  await expect(judged).toContainText('市政热线 12319');
  await expect(page.getByRole('group', { name: '当前可以进行的操作' }).getByRole('button')).toHaveText(['结案总结', '重新打开']);
});
