import { expect, setUpDesk, test } from './fixtures/test';
import { buildCaseInput, rpc } from './fixtures/seed';

test('the search box finds one- and two-character Chinese words and phone fragments', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  const cases = [
    buildCaseInput({ complainantName: '陈女士', phone: '13800138000', content: '厨房水管漏水,楼下天花板渗水。' }),
    buildCaseInput({ complainantName: '刘先生', phone: '021-5555 1234', content: '电梯经常停在三楼,门关不上。', category: 'equipment' }),
    buildCaseInput({ complainantName: '孙女士', phone: '13912345678', content: '绿化带的垃圾一周没人清理。', category: 'environment_hygiene' }),
  ];
  for (const input of cases) await rpc(page.request, desk, 'cases.register', input);
  await page.goto(`${desk.url}#/cases`);
  await expect(page.getByText('共 3 件')).toBeVisible();

  const search = page.getByRole('searchbox', { name: '搜索' });
  const table = page.getByRole('table', { name: '投诉案件' });
  const rows = table.getByRole('row', { name: /女士|先生/ });

  await search.fill('漏水');
  await expect(page.getByText('共 1 件')).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('陈女士');

  await search.fill('梯');
  await expect(page.getByText('共 1 件')).toBeVisible();
  await expect(rows.first()).toContainText('刘先生');

  await search.fill('5555');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('刘先生');

  await search.fill('0013');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('陈女士');

  await search.fill('没有这个词');
  await expect(page.getByText('没有符合条件的案件。')).toBeVisible();
  await expect(page.getByText('共 0 件')).toBeVisible();

  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(search).toHaveValue('');
  await expect(rows).toHaveCount(3);
});

test('the list sorts by a header, pages by 50, and opens a case from the keyboard', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  for (let i = 0; i < 61; i++) {
    await rpc(page.request, desk, 'cases.register', buildCaseInput({
      complainantName: `住户${String(i).padStart(2, '0')}`,
      receivedAt: new Date(2026, 10, 1, 8, i).getTime(),
    }));
  }
  await page.goto(`${desk.url}#/cases`);
  await expect(page.getByText('共 61 件')).toBeVisible();
  await expect(page.getByText('第 1 / 2 页')).toBeVisible();
  const received = page.getByRole('columnheader', { name: '受理时间' });
  await expect(received).toHaveAttribute('aria-sort', 'descending');
  const table = page.getByRole('table', { name: '投诉案件' });
  await expect(table.getByRole('row').nth(1)).toContainText('住户60');

  await page.getByRole('button', { name: '下一页' }).click();
  await expect(page.getByText('第 2 / 2 页')).toBeVisible();
  await expect(table.getByRole('row', { name: /住户/ })).toHaveCount(11);
  await expect(page.getByRole('button', { name: '下一页' })).toBeDisabled();

  const name = page.getByRole('columnheader', { name: '投诉人' });
  await name.getByRole('button').click();
  await expect(name).toHaveAttribute('aria-sort', 'ascending');
  await expect(received).toHaveAttribute('aria-sort', 'none');
  // A new sort starts again at the first page, in the new order (the rows come a moment after the page number).
  await expect(page.getByText('第 1 / 2 页')).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toContainText('住户00');
  await expect(table.getByRole('row').nth(2)).toContainText('住户01');
  const first = table.getByRole('row', { name: /住户00/ });
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(table.getByRole('row', { name: /住户01/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /投诉 A-/ })).toBeVisible();
  await expect(page.getByRole('region', { name: '案件信息' })).toContainText('住户01');
});
