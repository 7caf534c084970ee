import type { Page } from '@playwright/test';
import { expect, setUpDesk, test } from './fixtures/test';
import { buildCaseInput, rpc } from './fixtures/seed';
import { choose, expectChosen, typeDate } from './fixtures/antd';

test.use({ viewport: { width: 1366, height: 768 } });

/** Rows wholly inside the list's scroll box and the window: what a person sees without scrolling. */
async function rowsInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scroll = document.querySelector('.table-scroll');
    if (!scroll) return 0;
    const box = scroll.getBoundingClientRect();
    return [...scroll.querySelectorAll('tr.case-row')].filter((row) => {
      const edge = row.getBoundingClientRect();
      return edge.top >= box.top && edge.bottom <= Math.min(box.bottom, window.innerHeight) + 0.5;
    }).length;
  });
}

/** Whether anything on the page is wider than its box: the page, the main area or the list. */
async function scrollsSideways(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ['html', 'main', '.table-scroll']
      .map((selector) => [selector, document.querySelector(selector)] as const)
      .filter(([, element]) => element !== null && element.scrollWidth > element.clientWidth)
      .map(([selector]) => selector),
  );
}

test('the list at 1366×768: 20 rows and more, nothing sideways, filters kept across a reload and back, names in pinyin order, a reversed range refused', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  await rpc(page.request, desk, 'settings.saveSite', { name: '翠湖苑', sort: 1, active: true });
  await rpc(page.request, desk, 'settings.saveSite', { name: '金桂园', sort: 2, active: true });
  for (let i = 0; i < 26; i++) {
    await rpc(page.request, desk, 'cases.register', buildCaseInput({ complainantName: `住户${i}`, site: '翠湖苑', receivedAt: Date.UTC(2026, 10, 2, 2, i) }));
  }
  for (const [i, name] of ['丁先生', '陈女士', '安先生', '白女士'].entries()) {
    await rpc(page.request, desk, 'cases.register', buildCaseInput({ complainantName: name, site: '金桂园', receivedAt: Date.UTC(2026, 10, 20, 2, i) }));
  }

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '案件列表' }).click();
  const status = page.getByRole('navigation', { name: '翻页' }).getByRole('status');
  await expect(status).toHaveText('共 30 件');
  expect(await rowsInView(page)).toBeGreaterThanOrEqual(20);
  expect(await scrollsSideways(page)).toEqual([]);

  // 项目 is chosen from the sites in Settings; names sort by pinyin.
  await choose(page.getByLabel('项目', { exact: true }), '金桂园');
  await expect(status).toHaveText('共 4 件');
  await page.getByRole('columnheader', { name: '投诉人' }).getByRole('button').click();
  const table = page.getByRole('table', { name: '投诉案件' });
  const names = table.getByRole('row').filter({ hasText: /先生|女士/ });
  await expect(names).toHaveText([/安先生/, /白女士/, /陈女士/, /丁先生/]);

  // The address holds the filters and the order: a reload shows the same list.
  await expect(page).toHaveURL(/site=/);
  await page.reload();
  await expect(status).toHaveText('共 4 件');
  await expectChosen(page.getByLabel('项目', { exact: true }), '金桂园');
  await expect(names).toHaveText([/安先生/, /白女士/, /陈女士/, /丁先生/]);

  // Opening a case and going back keeps them too.
  await names.first().click();
  await expect(page.getByRole('heading', { name: /^投诉 / })).toBeVisible();
  await page.goBack();
  await expect(status).toHaveText('共 4 件');
  await expect(names.first()).toContainText('安先生');

  // A reversed date range is refused beside the dates, and the list stays as it was.
  await page.getByRole('button', { name: '更多筛选' }).click();
  await typeDate(page.getByLabel('受理日期至'), '2026-11-30');
  await expect(status).toHaveText('共 4 件');
  await typeDate(page.getByLabel('受理日期从'), '2026-12-01');
  await expect(page.getByRole('alert')).toHaveText('结束日期不能早于开始日期。');
  await expect(page.getByLabel('受理日期至')).toHaveAttribute('aria-invalid', 'true');
  await expect(status).toHaveText('共 4 件');
  await typeDate(page.getByLabel('受理日期从'), '2026-11-20');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(status).toHaveText('共 4 件');
  await typeDate(page.getByLabel('受理日期从'), '2026-11-21');
  await expect(status).toHaveText('共 0 件');
});

test('columns chosen in 列设置 are kept for the person, and the number and status stay', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  await rpc(page.request, desk, 'cases.register', buildCaseInput());
  await page.goto(`${desk.url}#/cases`);
  const table = page.getByRole('table', { name: '投诉案件' });
  await expect(table.getByRole('columnheader', { name: '联系电话' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: '来源渠道' })).toHaveCount(0);

  await page.getByRole('button', { name: '列设置' }).click();
  const settings = page.getByRole('group', { name: '显示的列' });
  await settings.getByRole('checkbox', { name: '联系电话' }).uncheck();
  await settings.getByRole('checkbox', { name: '来源渠道' }).check();
  await expect(settings.getByRole('checkbox', { name: '投诉编号' })).toBeDisabled();
  await expect(table.getByRole('columnheader', { name: '联系电话' })).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: '来源渠道' })).toBeVisible();

  await page.reload();
  await expect(table.getByRole('columnheader', { name: '来源渠道' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: '联系电话' })).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: '投诉编号' })).toBeVisible();
});
