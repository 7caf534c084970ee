/** At intake: the customer's and the unit's earlier cases as soon as they are typed, a likely duplicate, and the repeat flag. */
import { expect, openRegisteredCase, setUpDesk, test } from './fixtures/test';
import { buildCaseInput, rpc } from './fixtures/seed';
import { choose } from './fixtures/antd';

test('typing a phone or a room shows earlier cases, warns of a likely duplicate, and the new case is flagged as a repeat', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  const day = 86_400_000;
  const earlier = (await rpc(
    page.request,
    desk,
    'cases.register',
    buildCaseInput({
      complainantName: '李建国',
      phone: '13800138000',
      buildingRoom: '3栋1202',
      category: 'property_management',
      content: '楼上漏水到我家卫生间。',
      receivedAt: Date.now() - 5 * day,
    }),
  )) as { id: string; number: string };
  const neighbour = (await rpc(
    page.request,
    desk,
    'cases.register',
    buildCaseInput({ complainantName: '王阿姨', phone: '13900000000', buildingRoom: '3栋1202', category: 'equipment', content: '门禁坏了。' }),
  )) as { number: string };

  await page.getByRole('link', { name: '登记投诉' }).click();
  const history = page.getByRole('complementary', { name: '客户历史' });
  await expect(history).toContainText('输入联系电话或栋房号后');

  await page.getByLabel('联系电话').fill('138 0013 8000');
  const byPhone = history.getByRole('region', { name: '该电话以前的投诉（1）' });
  await expect(byPhone).toContainText(earlier.number);
  await expect(byPhone).toContainText('楼上漏水到我家卫生间');

  await page.getByLabel('栋房号').fill('3栋1202');
  const byUnit = history.getByRole('region', { name: '该房号以前的投诉（2）' });
  await expect(byUnit).toContainText(earlier.number);
  await expect(byUnit).toContainText(neighbour.number);
  await expect(history).not.toContainText('可能是重复投诉');

  // Same unit, same category, within the window: a likely duplicate.
  await choose(page.getByLabel('投诉类别'), '物业管理');
  await expect(history.getByRole('status')).toContainText('可能是重复投诉');
  await expect(history.getByRole('status')).toContainText(`3栋1202 在 30 天内已有同类投诉 ${earlier.number}`);

  await choose(page.getByLabel('来源渠道'), '来电');
  await page.getByLabel('投诉人').fill('李建国');
  await page.getByLabel('投诉内容').fill('卫生间又漏水了，上次说修好了。');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: /已登记/ })).toBeVisible();
  await expect(page.getByRole('note')).toHaveText(`已标记为重复投诉，前一次投诉为 ${earlier.number}。`);
  await openRegisteredCase(page);

  const repeat = page.getByRole('group', { name: '案件概况' }).getByRole('link', { name: `重复投诉，前一次：${earlier.number}` });
  await expect(repeat).toBeVisible();
  await repeat.click();
  await expect(page.getByRole('heading', { name: `投诉 ${earlier.number}` })).toBeVisible();

  // The list flags it too.
  await page.getByRole('link', { name: '案件列表' }).click();
  await expect(page.getByRole('row', { name: /卫生间又漏水了/ })).toContainText('重复');
});

test('a walk-in with the same phone and category is a repeat without a room, and the case page shows the customer’s history', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  const earlier = (await rpc(
    page.request,
    desk,
    'cases.register',
    buildCaseInput({ complainantName: '周先生', phone: '13600136000', buildingRoom: '', category: 'equipment', content: '大堂电梯异响。', receivedAt: Date.now() - 86_400_000 }),
  )) as { id: string; number: string };

  await page.getByRole('link', { name: '登记投诉' }).click();
  await expect(page.getByRole('heading', { name: '登记投诉' })).toBeVisible();
  const history = page.getByRole('complementary', { name: '客户历史' });
  await choose(page.getByLabel('来源渠道'), '12345热线');
  await page.getByLabel('投诉人').fill('周先生');
  await page.getByLabel('联系电话').fill('136-0013-6000');
  await choose(page.getByLabel('投诉类别'), '设备');
  await expect(history.getByRole('status')).toContainText(`同一电话 在 30 天内已有同类投诉 ${earlier.number}`);
  await page.getByLabel('投诉内容').fill('电梯还是响，市民热线转来。');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('note')).toHaveText(`已标记为重复投诉，前一次投诉为 ${earlier.number}。`);
  await openRegisteredCase(page);

  const customer = page.getByRole('region', { name: '客户历史' });
  await expect(customer.getByRole('region', { name: '该电话的其他投诉（1）' })).toContainText(earlier.number);
  await customer.getByRole('link', { name: earlier.number }).click();
  await expect(page.getByRole('heading', { name: `投诉 ${earlier.number}` })).toBeVisible();
  // From the earlier case, the later one is the customer's history.
  await expect(page.getByRole('region', { name: '客户历史' }).getByRole('region', { name: '该电话的其他投诉（1）' })).toBeVisible();
});

test('a complaint settled at the desk is registered, judged and resolved in one form (当场解决)', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  await page.getByRole('link', { name: '登记投诉' }).click();
  await expect(page.getByRole('heading', { name: '登记投诉' })).toBeVisible();
  await choose(page.getByLabel('来源渠道'), '来访');
  await page.getByLabel('投诉人').fill('吴女士');
  await page.getByLabel('联系电话').fill('13512345678');
  await page.getByLabel('投诉内容').fill('门禁卡失效，进不了单元门。');
  await choose(page.getByLabel('投诉类别'), '设备');

  // Ticked but left empty: the result is asked for, and nothing is saved.
  await page.getByLabel(/^当场解决/).check();
  await page.getByRole('button', { name: '保存' }).click();
  const result = page.getByLabel('当场处理结果');
  await expect(result).toBeFocused();
  await expect(page.getByRole('heading', { name: /已登记/ })).toHaveCount(0);

  await result.fill('当场重新写卡，业主试过可以开门，表示满意。');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: /已登记/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '已当场解决' })).toHaveText('已当场解决：已解决。');
  await openRegisteredCase(page, { stillOpen: false });

  const entries = page.getByRole('list', { name: '处理经过，按时间先后' }).locator(':scope > li');
  await expect(entries.filter({ hasText: '当场解决' })).toContainText('已登记 → 已解决');
  await expect(entries.filter({ hasText: '当场解决' })).toContainText('当场重新写卡');
  // Its callback is now due like any resolved case's.
  await expect(page.getByRole('region', { name: '回访记录' }).getByRole('region', { name: '第 1 轮回访' })).toContainText('待回访');
});

test('a nature chosen at registration is the judgment: 无效 asks what the customer was told and closes; 交经理判定 waits for the manager', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  const register = async (name: string, nature: string) => {
    await page.getByRole('link', { name: '登记投诉' }).click();
    await expect(page.getByRole('heading', { name: '登记投诉' })).toBeVisible();
    await choose(page.getByLabel('来源渠道'), '来电');
    await page.getByLabel('投诉人').fill(name);
    await page.getByLabel('投诉内容').fill('小区外马路上的路灯不亮。');
    await choose(page.getByLabel('投诉类别'), '设备');
    await choose(page.getByLabel('性质'), nature);
  };

  await register('孙女士', '无效');
  // Invalid without the explanation: asked for beside the field, nothing saved.
  await page.getByRole('button', { name: '保存' }).click();
  const explanation = page.getByLabel('给客户的解释');
  await expect(explanation).toBeFocused();
  await expect(explanation).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('heading', { name: /已登记/ })).toHaveCount(0);
  await explanation.fill('属市政路灯，已告知投诉人拨打 12345 报修。');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '性质已判定' })).toHaveText('性质已判定为“无效”，案件状态：已关闭。');
  await openRegisteredCase(page, { stillOpen: false });
  const entries = page.getByRole('list', { name: '处理经过，按时间先后' }).locator(':scope > li');
  await expect(entries.filter({ hasText: '判定' })).toContainText('已登记 → 已关闭');
  await expect(entries.filter({ hasText: '判定' })).toContainText('属市政路灯');
  await expect(page.getByRole('region', { name: '案件信息' })).toContainText('已关闭');

  await register('周先生', '交经理判定');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '交经理判定' })).toHaveText('已交经理判定，案件状态：待经理判定。');
  await openRegisteredCase(page);
  await expect(page.getByRole('region', { name: '案件信息' })).toContainText('待经理判定');
  await expect(page.getByRole('region', { name: '案件信息' })).toContainText('未判断');
  // The manager (who set the desk up) judges it on the case page.
  await expect(page.getByRole('group', { name: '当前可以进行的操作' }).getByRole('button', { name: '判定性质' })).toBeEnabled();
});
