/**
 * Scanning back a printed form: a barcode scanner types the complaint
 * number into the top bar's box and presses Enter, which opens the case.
 */
import { expect, setUpDesk, test } from './fixtures/test';
import { buildCaseInput, rpc } from './fixtures/seed';

test('a scanned (typed) number opens its case; an unknown one says so; other text searches the list', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  const wanted = (await rpc(page.request, desk, 'cases.register', buildCaseInput({ complainantName: '周先生', content: '地下车库灯不亮。' }))) as {
    id: string;
    number: string;
  };
  await rpc(page.request, desk, 'cases.register', buildCaseInput({ complainantName: '吴女士', content: '快递柜占用消防通道。' }));

  // Ctrl+K from anywhere puts the cursor in the box, as a scanner needs.
  await page.getByRole('link', { name: '案件列表' }).click();
  await page.keyboard.press('Control+k');
  const box = page.getByRole('searchbox', { name: '扫码或输入投诉编号' });
  await expect(box).toBeFocused();
  // A scanner types fast and ends with Enter.
  await page.keyboard.type(wanted.number, { delay: 5 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `投诉 ${wanted.number}` })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/cases/${wanted.id}$`));
  await expect(box).toHaveValue('');

  // Lower case and full-width digits, as some scanners and IMEs send them, still find it.
  await page.getByRole('link', { name: '工作台' }).click();
  await page.keyboard.press('F3');
  await expect(box).toBeFocused();
  await box.fill(wanted.number.toLowerCase().replace('-', '－'));
  await box.press('Enter');
  await expect(page.getByRole('heading', { name: `投诉 ${wanted.number}` })).toBeVisible();

  await box.fill('A-209912-9999');
  await box.press('Enter');
  await expect(page.getByText('没有找到投诉编号 A-209912-9999')).toBeVisible();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('heading', { name: `投诉 ${wanted.number}` })).toBeVisible();
  await box.fill('A-2099');
  await expect(page.getByText('没有找到投诉编号')).toBeHidden();

  await box.fill('快递柜');
  await box.press('Enter');
  await expect(page.getByRole('searchbox', { name: '搜索' })).toHaveValue('快递柜');
  const table = page.getByRole('table', { name: '投诉案件' });
  await expect(table.getByRole('row', { name: /女士|先生/ })).toHaveCount(1);
  await expect(table).toContainText('吴女士');
});
