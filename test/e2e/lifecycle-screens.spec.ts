/**
 * Screenshots of the lifecycle screens at 1280x800, into
 * test-results/screens/lifecycle-*.png, for looking over after a change:
 * the case page in several states, its forms, the home page, the groups
 * page and intake with the customer's history.
 */
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { deflateSync, crc32 } from 'node:zlib';
import type { Page } from '@playwright/test';
import type { ChannelInput } from '../../shared/contract';
import { expect, setUpDesk, test } from './fixtures/test';
import { buildCaseInput, rpc } from './fixtures/seed';
import { choose } from './fixtures/antd';

const ROOT = resolve(import.meta.dirname, '../..');
const shot = (page: Page, name: string) => page.screenshot({ path: join(ROOT, 'test-results', 'screens', `lifecycle-${name}.png`) });

type Transition = ChannelInput<'cases.transition'>['transition'];

function photo(width = 240, height = 160): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * (width * 3 + 1) + 1 + x * 3;
      const wet = (x - width / 2) ** 2 + (y - height / 2) ** 2 < (height / 3) ** 2;
      rows.set(wet ? [90, 110, 130] : [200 - y / 4, 196 - y / 4, 188 - y / 4], at);
    }
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

test.use({ viewport: { width: 1280, height: 800 } });

test('screenshots of the lifecycle screens', async ({ page, desk }) => {
  await setUpDesk(page, desk, { org: '绿城物业 翠湖苑项目', desk: 'A', person: '王芳' });
  const request = page.request;
  await rpc(request, desk, 'users.add', { name: '赵总', role: 'general_manager' });
  await rpc(request, desk, 'users.add', { name: '张工', role: 'representative', departmentId: 'dept-engineering' });
  await rpc(request, desk, 'settings.saveValues', { escalateOverdue: false });
  const move = (id: string, transition: Transition) => rpc(request, desk, 'cases.transition', { caseId: id, requestId: randomUUID(), transition });
  const register = async (overrides: Partial<ChannelInput<'cases.register'>>) =>
    (await rpc(request, desk, 'cases.register', buildCaseInput({ nature: 'unjudged', receivedAt: Date.now() - 3_600_000, ...overrides }))) as {
      id: string;
      number: string;
    };

  const fresh = await register({ complainantName: '李建国', phone: '138 0013 8000', buildingRoom: '3栋1202', content: '地下车库渗水，三辆车被泡，要求赔偿。' });
  await page.goto(`${desk.url}#/cases/${fresh.id}`);
  await expect(page.getByRole('heading', { name: `投诉 ${fresh.number}` })).toBeVisible();
  await shot(page, '01-registered');

  await page.getByRole('group', { name: '当前可以进行的操作' }).getByRole('button', { name: '判定性质' }).click();
  const judge = page.getByRole('dialog', { name: '判定性质' });
  await choose(judge.getByLabel('性质'), '无效');
  await judge.getByRole('button', { name: '判定性质' }).click();
  await expect(judge.getByLabel('给客户的解释')).toHaveAttribute('aria-invalid', 'true');
  await shot(page, '02-judge-invalid-error');
  await judge.getByRole('button', { name: '取消' }).click();

  await move(fresh.id, { action: 'judge', nature: 'major', communicativeType: 'help_seeking', note: '多户车辆受损，金额较大。' });
  await move(fresh.id, { action: 'escalate', reason: '涉及赔偿，需总经理决定。' });
  await move(fresh.id, { action: 'plan', departmentId: 'dept-engineering', person: '张工', dueAt: Date.now() + 3 * 86_400_000, measures: '排查渗水点，修补防水层。' });
  await page.reload();
  await page.getByRole('group', { name: '当前可以进行的操作' }).getByRole('button', { name: '派单' }).click();
  const dispatch = page.getByRole('dialog', { name: '派单' });
  await choose(dispatch.getByLabel('责任部门'), '工程部');
  await shot(page, '03-dispatch-form');
  await choose(dispatch.getByLabel('处理人'), '张工（投诉代表）');
  await dispatch.getByRole('button', { name: '派单' }).click();
  await expect(dispatch).toBeHidden();
  await move(fresh.id, { action: 'accept', note: '' });
  const followup = (await rpc(request, desk, 'followups.add', { caseId: fresh.id, kind: 'contact', text: '已电话联系李先生，约定明天上午到现场查看。' })) as { id: string };
  await rpc(request, desk, 'attachments.add', {
    caseId: fresh.id,
    followupId: followup.id,
    fileName: '车库渗水.png',
    mime: 'image/png',
    dataBase64: photo().toString('base64'),
  });
  await rpc(request, desk, 'followups.add', { caseId: fresh.id, kind: 'remedy', text: '免费为三辆车做清洗保养。', remedyKind: 'free_service', amount: 1500 });
  await rpc(request, desk, 'followups.add', {
    caseId: fresh.id,
    kind: 'contact',
    text: '已电话联系李先生，约定后天上午到现场查看（客户明天不在家）。',
    amendsId: followup.id,
  });
  await page.reload();
  await expect(page.getByRole('img', { name: '车库渗水.png 的缩略图' })).toBeVisible();
  await shot(page, '04-in-progress');
  await page.getByRole('region', { name: '处理经过' }).scrollIntoViewIfNeeded();
  await shot(page, '05-timeline');

  const late = await register({ complainantName: '刘先生', buildingRoom: '2栋502', content: '电梯经常停在三楼，门关不上。', category: 'equipment' });
  await move(late.id, { action: 'judge', nature: 'valid' });
  await move(late.id, { action: 'dispatch', departmentId: 'dept-engineering', dueAt: Date.now() - 2 * 3_600_000 });
  await page.goto(`${desk.url}#/cases/${late.id}`);
  await expect(page.getByRole('group', { name: '案件概况' })).toContainText('已超时');
  await shot(page, '06-overdue');
  await move(late.id, { action: 'pause', reason: '等待电梯厂家派人。' });
  await page.reload();
  await expect(page.getByRole('group', { name: '案件概况' })).toContainText('已暂停');
  await shot(page, '07-paused');

  await move(fresh.id, { action: 'resolve', summary: '渗水点已修补，三辆车已免费清洗保养。' });
  await move(fresh.id, { action: 'close', callbackException: { reason: 'refused', note: '业主表示满意，不愿再接电话。' } });
  await move(fresh.id, {
    action: 'summarise',
    cause: '地库防水层老化，雨季前未检查。',
    lesson: '雨季前须全面检查地库防水。',
    improvement: '每年四月检查防水层。',
    accountabilityLevel: 'department_process',
    accountabilityPerson: '工程部',
    accountabilityMeasure: 'criticism',
  });
  await page.goto(`${desk.url}#/cases/${fresh.id}`);
  await expect(page.getByRole('group', { name: '案件概况' })).toContainText('已关闭');
  await shot(page, '08-closed');
  await page.getByRole('region', { name: '处理情况' }).scrollIntoViewIfNeeded();
  await shot(page, '08b-closed-summary');
  await page.getByRole('list', { name: '处理经过，按时间先后' }).locator(':scope > li').last().scrollIntoViewIfNeeded();
  await shot(page, '08c-closed-timeline-end');

  await page.getByRole('link', { name: '工作台' }).click();
  await expect(page.getByRole('list', { name: '工作队列' })).toBeVisible();
  await expect(page.getByRole('link', { name: '已超时：0 件' })).toBeVisible();
  await shot(page, '09-home');

  await rpc(request, desk, 'groups.create', { title: '东门道闸噪音', caseIds: [late.id, fresh.id] });
  await page.getByRole('link', { name: '群诉' }).click();
  await expect(page.getByRole('region', { name: '东门道闸噪音' })).toBeVisible();
  await shot(page, '10-groups');

  await page.getByRole('link', { name: '登记投诉' }).click();
  await page.getByLabel('联系电话').fill('13800138000');
  await page.getByLabel('栋房号').fill('3栋1202');
  await choose(page.getByLabel('投诉类别'), '物业管理');
  await expect(page.getByRole('complementary', { name: '客户历史' })).toContainText('可能是重复投诉');
  await shot(page, '11-intake-history');

  await choose(page.getByLabel('语言'), 'English');
  await page.goto(`${desk.url}#/cases/${fresh.id}`);
  await expect(page.getByRole('heading', { name: `Complaint ${fresh.number}` })).toBeVisible();
  await shot(page, '12-closed-en');
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await shot(page, '13-list-en');
});
