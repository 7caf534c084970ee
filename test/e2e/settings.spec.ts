/**
 * Organisation settings (issue 3): sites, departments with their staff,
 * categories, the fixed channels, deadline rules, working hours and other
 * values, and the working calendar. Everything is driven through the
 * settings screen and read back after a reload, so it is in the database.
 */
import type { Page } from '@playwright/test';
import { expect, openSettings, setUpDesk, test } from './fixtures/test';
import { choose, typeDate, expectChosen, offeredOptions } from './fixtures/antd';

/** The names in a list's rows, top to bottom. */
const namesIn = (page: Page, table: string) =>
  page
    .getByRole('table', { name: table })
    .getByRole('textbox', { name: '名称' })
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

const rowOf = (page: Page, table: string, name: string | RegExp) => page.getByRole('table', { name: table }).getByRole('row', { name });

test('sites, departments and staff, categories and channels are kept in the database', async ({ page, desk }) => {
  await setUpDesk(page, desk, { person: '王芳' });

  // 项目: add two, then retire one and put the other first.
  await openSettings(page, '项目');
  await expect(page.getByText('还没有项目。')).toBeVisible();
  await page.getByRole('button', { name: '添加项目' }).click();
  await expect(page.getByLabel('新项目名称')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('此项必填')).toBeVisible();
  await page.getByLabel('新项目名称').fill('翠湖苑');
  await page.getByRole('button', { name: '添加项目' }).click();
  await expect.poll(() => namesIn(page, '项目列表')).toEqual(['翠湖苑']);
  await page.getByLabel('新项目名称').fill('碧水湾');
  await page.keyboard.press('Enter');
  const sites = page.getByRole('table', { name: '项目列表' });
  await expect.poll(() => namesIn(page, '项目列表')).toEqual(['翠湖苑', '碧水湾']);
  await sites.getByRole('row', { name: /碧水湾/ }).getByRole('checkbox', { name: '启用' }).uncheck();
  await sites.getByRole('button', { name: '保存 碧水湾' }).click();
  await expect(sites.getByRole('button', { name: '保存 碧水湾' })).toBeDisabled();
  await sites.getByRole('button', { name: '上移 碧水湾' }).click();
  await expect.poll(() => namesIn(page, '项目列表')).toEqual(['碧水湾', '翠湖苑']);

  // 部门与人员: a new department with a head; a new person with a role and department.
  await page.getByRole('tab', { name: '部门与人员' }).click();
  const departments = page.getByRole('table', { name: '部门列表' });
  await expect.poll(() => namesIn(page, '部门列表')).toEqual(['客服中心', '工程部', '秩序部', '环境部']);
  await page.getByLabel('新部门名称').fill('绿化部');
  await page.getByRole('button', { name: '添加部门' }).click();
  await expect.poll(() => namesIn(page, '部门列表')).toEqual(['客服中心', '工程部', '秩序部', '环境部', '绿化部']);

  const staff = page.getByRole('table', { name: '人员列表' });
  await expectChosen(staff.getByRole('row', { name: /王芳/ }).getByRole('combobox', { name: '角色' }), '客服中心经理');
  await expect(staff.getByRole('row', { name: /王芳/ })).toContainText('本人');
  // Nobody changes their own role.
  await expect(staff.getByRole('row', { name: /王芳/ }).getByRole('combobox', { name: '角色' })).toBeDisabled();
  const staffSection = page.getByRole('region', { name: '人员' });
  await staffSection.getByLabel('新人员姓名').fill('刘洋');
  await choose(staffSection.getByLabel('角色', { exact: true }).last(), '总经理');
  await choose(staffSection.getByLabel('所属部门', { exact: true }).last(), '工程部');
  await staffSection.getByRole('button', { name: '添加人员' }).click();
  // The one-time code to hand over, shown once.
  const code = page.getByRole('dialog', { name: '已添加 刘洋' });
  await expect(code.getByLabel('一次性验证码')).toHaveText(/^[A-Z0-9]{8}$/);
  await code.getByRole('button', { name: '已交给本人' }).click();
  const liu = staff.getByRole('row', { name: /刘洋/ });
  await expect(liu).toContainText('待用验证码登录');
  await expectChosen(liu.getByRole('combobox', { name: '角色' }), '总经理');
  await expectChosen(liu.getByRole('combobox', { name: '所属部门' }), '工程部');
  // A duplicate name is refused in words.
  await staffSection.getByLabel('新人员姓名').fill('刘洋');
  await staffSection.getByRole('button', { name: '添加人员' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '已有同名人员。' })).toBeVisible();

  await choose(liu.getByRole('combobox', { name: '角色' }), '客服助理');
  await liu.getByRole('button', { name: '保存 刘洋' }).click();
  await expect(liu.getByRole('button', { name: '保存 刘洋' })).toBeDisabled();
  const green = departments.getByRole('row', { name: /绿化部/ });
  await choose(green.getByRole('combobox', { name: '负责人' }), '刘洋');
  await green.getByRole('button', { name: '保存 绿化部' }).click();
  await expect(green.getByRole('button', { name: '保存 绿化部' })).toBeDisabled();

  // 类别与渠道: built-in ones by their translation, a custom one by its name; channels read-only.
  await page.getByRole('tab', { name: '类别与渠道' }).click();
  const categories = page.getByRole('table', { name: '投诉类别列表' });
  // Held by its place in the list: its name is about to change. New categories go to the end.
  const names = categories.getByRole('textbox', { name: '名称' });
  await expect(names.first()).toBeVisible();
  const equipmentAt = await names.evaluateAll((inputs) => inputs.findIndex((input) => (input as HTMLInputElement).value === '设备'));
  expect(equipmentAt).toBeGreaterThanOrEqual(0);
  const equipment = categories.getByRole('row').filter({ has: page.getByRole('textbox', { name: '名称' }) }).nth(equipmentAt);
  await expect(equipment).toContainText('内置');
  await page.getByLabel('新类别名称').fill('停车管理');
  await page.getByRole('button', { name: '添加类别' }).click();
  const parking = categories.getByRole('row', { name: /停车管理/ });
  await expect(parking).toContainText('自定义');
  // A built-in category shows its own name in the box (not as placeholder text).
  const product = categories.getByRole('row', { name: /产品质量/ });
  await expect(product.getByRole('textbox', { name: '名称' })).toHaveValue('产品质量');
  await product.getByRole('checkbox', { name: '启用' }).uncheck();
  await product.getByRole('button', { name: '保存 产品质量' }).click();
  await expect(product.getByRole('button', { name: '保存 产品质量' })).toBeDisabled();
  // A built-in category may carry the office's own name.
  await equipment.getByRole('textbox', { name: '名称' }).fill('设施设备');
  await equipment.getByRole('textbox', { name: '名称' }).press('Enter');
  await expect(equipment.getByRole('button', { name: '保存 设施设备' })).toBeDisabled();
  const channels = page.getByRole('table', { name: '来源渠道列表' });
  // The header and the eight channels, the government hotline (12345) among them.
  await expect(channels.getByRole('row')).toHaveCount(9);
  await expect(channels).toContainText('12345热线');
  await expect(channels).toContainText('来电');
  await expect(channels).toContainText('现场');
  await expect(channels.getByRole('textbox')).toHaveCount(0);

  // All of it came from the database.
  await page.reload();
  await openSettings(page, '项目');
  await expect.poll(() => namesIn(page, '项目列表')).toEqual(['碧水湾', '翠湖苑']);
  await expect(rowOf(page, '项目列表', /碧水湾/).getByRole('checkbox', { name: '启用' })).not.toBeChecked();
  await page.getByRole('tab', { name: '部门与人员' }).click();
  await expectChosen(rowOf(page, '部门列表', /绿化部/).getByRole('combobox', { name: '负责人' }), /.+/);
  await expectChosen(rowOf(page, '人员列表', /刘洋/).getByRole('combobox', { name: '角色' }), '客服助理');
  await page.getByRole('tab', { name: '类别与渠道' }).click();
  await expect(rowOf(page, '投诉类别列表', /停车管理/)).toBeVisible();

  // The intake form offers the office's list: the new one and the renamed one, not the retired one.
  await page.getByRole('link', { name: '登记投诉' }).click();
  // The form is its own chunk: the settings page is still on screen until it has loaded.
  await expect(page.getByRole('heading', { name: '登记投诉' })).toBeVisible();
  const category = page.getByLabel('投诉类别');
  const offered = await offeredOptions(category);
  expect(offered).toContain('停车管理');
  expect(offered).toContain('设施设备');
  expect(offered).not.toContain('产品质量');
});

test('deadline rules: add, change, refuse a second rule for the same nature and category, delete', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  await openSettings(page, '时限规则');
  const rules = page.getByRole('table', { name: '时限规则列表' });
  await expect(rules.getByRole('row')).toHaveCount(4);
  await expect(rules.getByRole('row', { name: /重大.*全部类别.*30 分钟.*1 个工作日/ })).toBeVisible();
  await expect(rules.getByRole('row', { name: /有效.*设备.*1 小时.*2 个工作日/ })).toBeVisible();

  // Nothing chosen, and an amount that is not a whole number: errors beside the fields.
  await page.getByLabel('响应时限数值').fill('0');
  await page.getByRole('button', { name: '添加规则' }).click();
  await expect(page.getByLabel('性质')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('请输入 1 到 100000 之间的整数，或留空')).toBeVisible();

  await choose(page.getByLabel('性质'), '有效');
  await choose(page.getByRole('combobox', { name: '类别', exact: true }), '环境卫生');
  await page.getByLabel('响应时限数值').fill('45');
  await choose(page.getByLabel('响应时限单位'), '分钟');
  await page.getByLabel('处理时限数值').fill('5');
  await choose(page.getByLabel('处理时限单位'), '个工作日');
  await page.getByRole('button', { name: '添加规则' }).click();
  await expect(rules.getByRole('row', { name: /有效.*环境卫生.*45 分钟.*5 个工作日/ })).toBeVisible();

  // A second rule for 有效 · 环境卫生 would never apply: refused beside the category.
  await choose(page.getByLabel('性质'), '有效');
  await choose(page.getByRole('combobox', { name: '类别', exact: true }), '环境卫生');
  await page.getByRole('button', { name: '添加规则' }).click();
  await expect(page.getByText('已有相同性质和类别的规则，请修改那一条。')).toBeVisible();

  await page.getByRole('button', { name: '修改规则：有效 · 环境卫生' }).click();
  await expect(page.getByRole('heading', { name: '修改规则' })).toBeVisible();
  await page.getByLabel('响应时限数值').fill('');
  await page.getByLabel('处理时限数值').fill('8');
  await choose(page.getByLabel('处理时限单位'), '小时');
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(rules.getByRole('row', { name: /有效.*环境卫生.*不限.*8 小时/ })).toBeVisible();

  await page.getByRole('button', { name: '删除规则：有效 · 设备' }).click();
  const dialog = page.getByRole('dialog', { name: '删除这条时限规则?' });
  await expect(dialog).toContainText('有效 · 设备');
  await dialog.getByRole('button', { name: '删除' }).click();
  await expect(rules.getByRole('row', { name: /设备/ })).toHaveCount(0);

  await page.reload();
  await openSettings(page, '时限规则');
  await expect(rules.getByRole('row')).toHaveCount(4);
  await expect(rules.getByRole('row', { name: /有效.*环境卫生.*不限.*8 小时/ })).toBeVisible();
});

test('working hours and values: errors beside the fields, then saved', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  await openSettings(page, '工作时间与参数');
  await expect(page.getByLabel('上班时间')).toHaveValue('09:00');
  await expect(page.getByLabel('下班时间')).toHaveValue('18:00');
  await expect(page.getByLabel('回访期限（工作日）')).toHaveValue('5');
  await expect(page.getByLabel('联系不上的次数')).toHaveValue('3');
  await expect(page.getByLabel('客服中心经理每月回访指标')).toHaveValue('3');
  await expect(page.getByLabel('总经理每月回访指标')).toHaveValue('1');
  await expectChosen(page.getByLabel('第 1 级'), '客服中心经理');
  await expectChosen(page.getByLabel('第 2 级'), '总经理');

  const satisfied = page.getByRole('group', { name: '满意率计入的满意度' });
  await expect(satisfied.getByRole('checkbox', { name: '非常满意' })).toBeChecked();
  await expect(satisfied.getByRole('checkbox', { name: '满意', exact: true })).toBeChecked();
  await expect(satisfied.getByRole('checkbox', { name: '基本满意' })).not.toBeChecked();

  await satisfied.getByRole('checkbox', { name: '非常满意' }).uncheck();
  await satisfied.getByRole('checkbox', { name: '满意', exact: true }).uncheck();
  await typeDate(page.getByLabel('下班时间'), '08:00');
  await page.getByLabel('回访期限（工作日）').fill('61');
  await page.getByLabel('重复投诉判定天数').fill('');
  await page.getByRole('button', { name: '保存参数' }).click();
  await expect(page.getByRole('alert')).toContainText('有 4 项需要修改');
  await expect(satisfied).toHaveAccessibleDescription(/此项必填/);
  await expect(page.getByLabel('下班时间')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('下班时间须晚于上班时间')).toBeVisible();
  await expect(page.getByLabel('回访期限（工作日）')).toHaveAccessibleDescription(/请输入说明中范围内的整数.*可填 1–60/);
  await expect(page.getByLabel('重复投诉判定天数')).toHaveAccessibleDescription(/此项必填/);

  await typeDate(page.getByLabel('下班时间'), '17:30');
  await page.getByLabel('回访期限（工作日）').fill('3');
  await page.getByLabel('重复投诉判定天数').fill('15');
  await page.getByLabel('客服助理每月回访指标').fill('2');
  await choose(page.getByLabel('第 2 级'), '不升级');
  await page.getByLabel('超时案件自动升级给部门负责人或经理').uncheck();
  await satisfied.getByRole('checkbox', { name: '基本满意' }).check();
  await satisfied.getByRole('checkbox', { name: '非常满意' }).check();
  await page.getByRole('button', { name: '保存参数' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存。' })).toBeVisible();

  await page.reload();
  await openSettings(page, '工作时间与参数');
  await expect(page.getByLabel('下班时间')).toHaveValue('17:30');
  await expect(page.getByLabel('回访期限（工作日）')).toHaveValue('3');
  await expect(page.getByLabel('重复投诉判定天数')).toHaveValue('15');
  await expect(page.getByLabel('客服助理每月回访指标')).toHaveValue('2');
  await expectChosen(page.getByLabel('第 2 级'), '不升级');
  await expect(page.getByLabel('超时案件自动升级给部门负责人或经理')).not.toBeChecked();
  await expect(satisfied.getByRole('checkbox', { name: '非常满意' })).toBeChecked();
  await expect(satisfied.getByRole('checkbox', { name: '满意', exact: true })).not.toBeChecked();
  await expect(satisfied.getByRole('checkbox', { name: '基本满意' })).toBeChecked();
});

test('working calendar: the official schedule, a day added for a year not yet published, a day removed', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  await openSettings(page, '工作日历');
  await choose(page.getByRole('combobox', { name: '年份' }), '2026');
  const year2026 = page.getByRole('table', { name: '2026 年的放假和调休日' });
  await expect(year2026.getByRole('row', { name: /2026-10-01.*放假.*国庆节.*国家规定/ })).toBeVisible();
  await expect(year2026.getByRole('row', { name: /2026-09-20.*调休上班.*国庆节/ })).toBeVisible();

  // Next year's schedule is not shipped: the screen says so, and the day goes in by hand.
  await page.getByRole('button', { name: /下一年/ }).click();
  await expect(page.getByText('程序中没有 2027 年的国家放假安排。')).toBeVisible();
  await page.getByRole('button', { name: '保存这一天' }).click();
  await expect(page.getByLabel('日期')).toHaveAttribute('aria-invalid', 'true');
  await typeDate(page.getByLabel('日期'), '2027-01-01');
  await choose(page.getByLabel('类型'), '放假');
  await page.getByLabel('名称（例如：国庆节）').fill('元旦');
  await page.getByRole('button', { name: '保存这一天' }).click();
  const year2027 = page.getByRole('table', { name: '2027 年的放假和调休日' });
  await expect(year2027.getByRole('row', { name: /2027-01-01.*放假.*元旦.*本单位修改/ })).toBeVisible();

  // An official day removed is an ordinary day again.
  await choose(page.getByRole('combobox', { name: '年份' }), '2026');
  await page.getByRole('button', { name: '删除 2026-09-20' }).click();
  await page.getByRole('dialog', { name: '删除 2026-09-20?' }).getByRole('button', { name: '删除' }).click();
  await expect(year2026.getByRole('row', { name: /2026-09-20/ })).toHaveCount(0);

  await page.reload();
  await openSettings(page, '工作日历');
  await choose(page.getByRole('combobox', { name: '年份' }), '2027');
  await expect(page.getByRole('table', { name: '2027 年的放假和调休日' }).getByRole('row', { name: /2027-01-01.*元旦/ })).toBeVisible();
  await choose(page.getByRole('combobox', { name: '年份' }), '2026');
  await expect(page.getByRole('table', { name: '2026 年的放假和调休日' }).getByRole('row', { name: /2026-10-01/ })).toBeVisible();
  await expect(page.getByRole('table', { name: '2026 年的放假和调休日' }).getByRole('row', { name: /2026-09-20/ })).toHaveCount(0);
});

test('the settings screen speaks English and the tabs work from the keyboard', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  await choose(page.getByLabel('语言'), 'English');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: 'Sites' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Departments & staff' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Departments & staff' })).toHaveAttribute('aria-selected', 'true');
  await expectChosen(page.getByRole('table', { name: 'Staff' }).getByRole('combobox', { name: 'Role' }), 'Service-centre manager');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Permissions' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Role permissions' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { name: 'Working calendar' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { name: 'Working hours & values' })).toBeVisible();
  await expect(page.getByLabel('Callback within (working days)')).toHaveValue('5');
});
