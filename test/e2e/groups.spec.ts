/** Group complaints: link several cases about one issue, and record the meeting or notice that answered them. */
import { expect, setUpDesk, test } from './fixtures/test';
import { buildCaseInput, rpc } from './fixtures/seed';
import { choose, expectChosen } from './fixtures/antd';

test('a group complaint is made from cases picked by number, changed, answered by a meeting, and shown on each case', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  const register = async (name: string, room: string) =>
    (await rpc(page.request, desk, 'cases.register', buildCaseInput({ complainantName: name, buildingRoom: room, content: '小区东门道闸夜间噪音扰民。' }))) as {
      id: string;
      number: string;
    };
  const a = await register('陈女士', '1栋101');
  const b = await register('刘先生', '2栋202');
  const c = await register('孙女士', '3栋303');

  await page.getByRole('link', { name: '群诉' }).click();
  await expect(page.getByRole('heading', { name: '群诉', level: 1 })).toBeVisible();
  await expect(page.getByText('还没有群诉。')).toBeVisible();
  const create = page.getByRole('form', { name: '新建群诉' });

  // Nothing filled in: each problem beside its field.
  await create.getByRole('button', { name: '创建群诉' }).click();
  await expect(create.getByLabel('群诉标题')).toHaveAccessibleDescription('此项必填');
  await expect(create.getByRole('alert')).toHaveText(/请至少添加一件投诉/);

  await create.getByLabel('群诉标题').fill('东门道闸噪音');
  const number = create.getByLabel('按投诉编号添加');
  // A number typed but not added is looked up as 创建群诉 is clicked: an unknown one stops it, said beside the number.
  await number.fill('A-000000-9999');
  await create.getByRole('button', { name: '创建群诉' }).click();
  await expect(number).toHaveAccessibleDescription(/找不到投诉编号 A-000000-9999/);
  await expect(number).toBeFocused();
  await expect(page.getByText('还没有群诉。')).toBeVisible();
  await number.fill(a.number);
  await number.press('Enter');
  await expect(create.getByRole('table', { name: '已选投诉（1）' })).toBeVisible();
  // Case and spaces do not matter, as when a scanner types it.
  await number.fill(` ${b.number.toLowerCase()} `);
  await create.getByRole('button', { name: '添加', exact: true }).click();
  await expect(create.getByRole('table', { name: '已选投诉（2）' })).toBeVisible();
  await number.fill(a.number);
  await number.press('Enter');
  await expect(number).toHaveAccessibleDescription(new RegExp(`${a.number} 已经在列表里了`));
  const picked = create.getByRole('table', { name: '已选投诉（2）' });
  await expect(picked.getByRole('row')).toHaveCount(3);
  // Already told why that number was not added: 创建群诉 goes ahead with the two.
  await create.getByRole('button', { name: '创建群诉' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('已创建群诉“东门道闸噪音”。');

  const group = page.getByRole('region', { name: '东门道闸噪音' });
  const members = group.getByRole('table', { name: '东门道闸噪音 关联的投诉' });
  await expect(members.getByRole('row')).toHaveCount(3);
  await expect(group).toContainText('2 件投诉');

  // Link a third complaint, take one out.
  await group.getByLabel('加入投诉（编号）').fill(c.number);
  await group.getByRole('button', { name: '加入' }).click();
  await expect(members.getByRole('row')).toHaveCount(4);
  await group.getByRole('button', { name: `把 ${b.number} 移出本群诉` }).click();
  await expect(members.getByRole('row')).toHaveCount(3);
  await expect(members).not.toContainText(b.number);

  // One meeting answers them all.
  await expect(group).toContainText('尚未答复');
  await group.getByRole('button', { name: '记录答复' }).click();
  await expect(group.getByLabel('答复方式')).toHaveAccessibleDescription('此项必填');
  await choose(group.getByLabel('答复方式'), '座谈会');
  await group.getByLabel('答复内容').fill('11月25日晚7点在会所召开业主座谈会，决定更换静音道闸，12月5日前完成。');
  await group.getByRole('button', { name: '记录答复' }).click();
  await expect(group).toContainText('座谈会');
  await expect(group).toContainText('更换静音道闸');
  await expect(group.getByRole('button', { name: '重新记录答复' })).toBeVisible();

  // Each linked case shows its group, which links back here.
  await members.getByRole('link', { name: a.number }).click();
  await expect(page.getByRole('heading', { name: `投诉 ${a.number}` })).toBeVisible();
  const flag = page.getByRole('group', { name: '案件概况' }).getByRole('link', { name: '群诉：东门道闸噪音' });
  await flag.click();
  await expect(page.getByRole('heading', { name: '东门道闸噪音' })).toBeFocused();
  // The one taken out is not in a group.
  await page.goto(`${desk.url}#/cases/${b.id}`);
  await expect(page.getByRole('heading', { name: `投诉 ${b.number}` })).toBeVisible();
  await expect(page.getByRole('group', { name: '案件概况' })).not.toContainText('群诉');
});

test('a number scanned into the box and not added joins the group when 创建群诉 is clicked', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  const kase = (await rpc(page.request, desk, 'cases.register', buildCaseInput({ buildingRoom: '7栋701', content: '电梯按钮失灵。' }))) as {
    number: string;
  };
  await page.getByRole('link', { name: '群诉' }).click();
  const create = page.getByRole('form', { name: '新建群诉' });
  await create.getByLabel('群诉标题').fill('7栋电梯按钮');
  await create.getByLabel('按投诉编号添加').fill(kase.number);
  await create.getByRole('button', { name: '创建群诉' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('已创建群诉“7栋电梯按钮”。');
  const members = page.getByRole('region', { name: '7栋电梯按钮' }).getByRole('table', { name: '7栋电梯按钮 关联的投诉' });
  await expect(members.getByRole('row')).toHaveCount(2);
  await expect(members).toContainText(kase.number);
  await expect(create.getByLabel('按投诉编号添加')).toHaveValue('');
});

test('a group of four, found by search, judged, dispatched, answered, resolved and called back together', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  const rooms = ['5栋101', '5栋202', '6栋301', '6栋402'];
  const cases = [];
  for (const room of rooms) {
    cases.push(
      (await rpc(page.request, desk, 'cases.register', buildCaseInput({ buildingRoom: room, nature: 'unjudged', content: '地下车库下雨就积水。' }))) as {
        id: string;
        number: string;
      },
    );
  }
  await page.getByRole('link', { name: '群诉' }).click();
  const create = page.getByRole('form', { name: '新建群诉' });
  await create.getByLabel('群诉标题').fill('地下车库积水');
  await create.getByLabel('按投诉编号添加').fill(cases[0]!.number);
  // 创建群诉 clicked while the number is still being looked up: the form waits for the case rather than refusing.
  // The lookup is held (then passed on to the real desk) until the click has landed.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/rpc/cases.findByNumber', async (route) => {
    await held;
    await route.continue();
  });
  const lookingUp = page.waitForRequest('**/rpc/cases.findByNumber');
  await create.getByLabel('按投诉编号添加').press('Enter');
  await lookingUp;
  await create.getByRole('button', { name: '创建群诉' }).click();
  release();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('已创建群诉“地下车库积水”。');
  await expect(create.getByRole('alert')).toBeHidden();
  await page.unroute('**/rpc/cases.findByNumber');
  const group = page.getByRole('region', { name: '地下车库积水' });
  const members = group.getByRole('table', { name: '地下车库积水 关联的投诉' });

  // The other three found by what they say, not by number.
  await group.getByLabel('按内容、房号或电话查找投诉').fill('车库下雨');
  await group.getByRole('button', { name: '查找' }).click();
  for (const kase of cases.slice(1)) {
    await group.getByRole('button', { name: `把 ${kase.number} 加入本群诉` }).click();
  }
  await expect(members.getByRole('row')).toHaveCount(5);

  const outcome = group.getByRole('status');
  await group.getByRole('button', { name: '整组判定为有效投诉' }).click();
  await expect(outcome).toHaveText('已对 4 件操作，跳过 0 件。');
  await choose(group.getByLabel('派给'), '工程部');
  await group.getByRole('button', { name: '整组派单' }).click();
  await expect(members).not.toContainText('已登记');

  await group.getByRole('button', { name: '记录答复' }).click();
  await choose(group.getByLabel('答复方式'), '座谈会');
  await group.getByLabel('答复内容').fill('12月8日召开业主座谈会，决定加装排水泵。');
  await group.getByRole('button', { name: '记录答复' }).click();
  await expect(group.getByLabel('处理结果（默认用统一答复）')).toHaveValue('12月8日召开业主座谈会，决定加装排水泵。');
  await group.getByRole('button', { name: '整组处理完毕' }).click();
  await expect(members.getByText('已解决')).toHaveCount(4);
  await expectChosen(group.getByLabel('回访方式'), '电话回访');
  await choose(group.getByLabel('回访满意度'), '满意');
  await group.getByRole('button', { name: '整组记录回访' }).click();
  await expect(members.getByText('已关闭')).toHaveCount(4);

  // Each member keeps its own record, the group's answer among it.
  await members.getByRole('link', { name: cases[3]!.number }).click();
  const timeline = page.getByRole('list', { name: '处理经过，按时间先后' });
  await expect(timeline).toContainText('群诉统一答复（座谈会）：12月8日召开业主座谈会');
  await expect(timeline).toContainText('已解决 → 已关闭');
});
