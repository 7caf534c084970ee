import { expect, setUpDesk, test } from './fixtures/test';
import { choose, expectDialogOpened } from './fixtures/antd';

test('a missing required field is marked beside the field and nothing is saved', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  await page.getByRole('link', { name: '登记投诉' }).click();

  await choose(page.getByLabel('来源渠道'), '来访');
  await page.getByLabel('联系电话').fill('13900001111');
  await page.getByLabel('投诉内容').fill('车库入口道闸坏了。');
  await choose(page.getByLabel('投诉类别'), '设备');
  await page.getByRole('button', { name: '保存' }).click();

  const name = page.getByLabel('投诉人');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('此项必填');
  await expect(name).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('有 1 项需要修改');
  // What was typed is all still there.
  await expect(page.getByLabel('投诉内容')).toHaveValue('车库入口道闸坏了。');
  await expect(page.getByLabel('联系电话')).toHaveValue('13900001111');
  await expect(page.getByLabel('联系电话')).not.toHaveAttribute('aria-invalid', 'true');

  // Enter in a single-line field never saves, even once the form is complete.
  await name.fill('赵女士');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await name.press('Enter');
  await expect(page.getByRole('heading', { name: /已登记/ })).toHaveCount(0);

  // Esc on a form with typing in it asks first.
  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: '放弃填写?' });
  await expectDialogOpened(dialog);
  await dialog.getByRole('button', { name: '放弃并离开' }).click();

  await expect(page.getByRole('heading', { name: '案件列表' })).toBeVisible();
  await expect(page.getByText('还没有登记任何投诉。')).toBeVisible();
  await expect(page.getByText('共 0 件')).toBeVisible();
});

test('a pasted text past its limit is kept whole and refused, a wrong phone says what to write, nothing is saved', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  await page.getByRole('link', { name: '登记投诉' }).click();

  await choose(page.getByLabel('来源渠道'), '来电');
  await page.getByLabel('投诉人').fill('钱先生');
  await page.getByLabel('联系电话').fill('12345678901234567890');
  await page.getByLabel('电子邮箱').fill('qian@');
  const content = page.getByLabel('投诉内容');
  const pasted = '漏'.repeat(21_000);
  await content.fill(pasted);
  await expect(content).toHaveValue(pasted);
  await expect(page.getByText('21000 / 20000 字，超出 1000 字，请删减')).toBeVisible();
  await choose(page.getByLabel('投诉类别'), '设备');
  await page.getByRole('button', { name: '保存' }).click();

  await expect(page.getByLabel('联系电话')).toHaveAccessibleDescription(/电话号码格式不对/);
  await expect(page.getByLabel('电子邮箱')).toHaveAccessibleDescription(/邮箱格式不对/);
  await expect(content).toHaveAccessibleDescription(/超出字数上限/);
  await expect(content).toHaveValue(pasted);
  await expect(page.getByRole('heading', { name: /已登记/ })).toHaveCount(0);

  await page.getByLabel('联系电话').fill('0755-8888 6666 转 123');
  await page.getByLabel('电子邮箱').fill('qian@example.com');
  await content.fill('车库入口道闸坏了。');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: /已登记/ })).toBeVisible();
});
