/** The home page: what needs the person at the desk now, five queues with counts that open the filtered list. */
import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import type { ChannelInput } from '../../shared/contract';
import type { DeskHost } from './fixtures/desk-host';
import { expect, setUpDesk, test } from './fixtures/test';
import { buildCaseInput, rpc } from './fixtures/seed';
import { choose } from './fixtures/antd';

type Transition = ChannelInput<'cases.transition'>['transition'];

async function caseIn(request: APIRequestContext, desk: DeskHost, name: string, ...moves: Transition[]): Promise<{ id: string; number: string }> {
  const kase = (await rpc(request, desk, 'cases.register', buildCaseInput({ complainantName: name, nature: 'unjudged' }))) as {
    id: string;
    number: string;
  };
  for (const transition of moves) await rpc(request, desk, 'cases.transition', { caseId: kase.id, requestId: randomUUID(), transition });
  return kase;
}

/**
 * A zone where it is early afternoon as the suite starts: the case due in ten minutes is due today there at any hour
 * the suite runs (on UTC it was tomorrow's from 23:50). The queues count in the host's zone; the browser only shows.
 */
function zoneAtMidday(): string {
  const hoursEast = ((13 - new Date().getUTCHours() + 36) % 24) - 12;
  // Etc/GMT zones are named the POSIX way round: Etc/GMT-10 is ten hours east of Greenwich.
  return hoursEast === 0 ? 'Etc/GMT' : `Etc/GMT${hoursEast > 0 ? '-' : '+'}${Math.abs(hoursEast)}`;
}

test.use({ deskHost: { timeZone: zoneAtMidday() } });

test('the home page counts each work queue and opens the list filtered by it', async ({ page, desk }) => {
  await setUpDesk(page, desk, { person: '王芳' });
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
  await expect(page.getByText('王芳，这些是现在需要处理的事项。')).toBeVisible();

  // 王芳 (the manager) works in 客服中心; overdue cases stay where they are for this test.
  const users = (await rpc(page.request, desk, 'users.list', {})) as { id: string; name: string }[];
  const me = users.find((u) => u.name === '王芳')!;
  await rpc(page.request, desk, 'settings.updateStaff', { id: me.id, departmentId: 'dept-customer-service' });
  await rpc(page.request, desk, 'settings.saveValues', { escalateOverdue: false });
  const now = Date.now();
  await caseIn(page.request, desk, '待判定的陈女士');
  const late = await caseIn(
    page.request,
    desk,
    '超时的刘先生',
    { action: 'judge', nature: 'valid' },
    { action: 'dispatch', departmentId: 'dept-engineering', dueAt: now - 3_600_000 },
  );
  await caseIn(
    page.request,
    desk,
    '今天到期的孙女士',
    { action: 'judge', nature: 'valid' },
    { action: 'dispatch', departmentId: 'dept-customer-service', dueAt: now + 10 * 60_000 },
  );
  await caseIn(page.request, desk, '重大投诉的周先生', { action: 'judge', nature: 'major' });

  // The window comes back into focus: the counts are read again.
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  const queues = page.getByRole('list', { name: '工作队列' });
  await expect(queues.getByRole('link', { name: '待判定：1 件' })).toBeVisible();
  await expect(queues.getByRole('link', { name: '已超时：1 件' })).toBeVisible();
  await expect(queues.getByRole('link', { name: '今天到期：1 件' })).toBeVisible();
  await expect(queues.getByRole('link', { name: '本部门待办：1 件' })).toBeVisible();
  await expect(queues.getByRole('link', { name: '升级给我：1 件' })).toBeVisible();

  await queues.getByRole('link', { name: '已超时：1 件' }).click();
  await expect(page.getByRole('heading', { name: '案件列表' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '工作队列：已超时' })).toBeVisible();
  await expect(page.getByText('共 1 件')).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(late.number) });
  await expect(row).toContainText('超时的刘先生');
  await expect(row).toContainText('已超时');

  await page.getByRole('link', { name: '清除工作队列筛选' }).click();
  await expect(page.getByText('共 4 件')).toBeVisible();
  await page.getByRole('button', { name: '更多筛选' }).click();
  await choose(page.getByLabel('责任部门'), '客服中心');
  await expect(page.getByText('共 1 件')).toBeVisible();
  await expect(page.getByRole('row', { name: /今天到期的孙女士/ })).toContainText('即将到期');
  await page.getByRole('button', { name: '清除筛选' }).click();

  await page.getByRole('link', { name: '工作台' }).click();
  await queues.getByRole('link', { name: '升级给我：1 件' }).click();
  await expect(page.getByRole('row', { name: /重大投诉的周先生/ })).toBeVisible();
  await expect(page.getByText('共 1 件')).toBeVisible();

  // A new complaint registered at another desk shows once this window has the focus again.
  await page.goto(`${desk.url}#/`);
  await expect(queues.getByRole('link', { name: '待判定：1 件' })).toBeVisible();
  await caseIn(page.request, desk, '新来的吴女士');
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(queues.getByRole('link', { name: '待判定：2 件' })).toBeVisible();
  await expect(page.getByRole('list', { name: '最近登记的投诉' })).toContainText('新来的吴女士');
});
