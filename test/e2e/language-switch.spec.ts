import { expect, setUpDesk, test } from './fixtures/test';
import { choose, expectChosen, expectOffered } from './fixtures/antd';

test('switching to English shows English labels and is remembered', async ({ page, desk }) => {
  await setUpDesk(page, desk);
  // The start page is the home page; the list is one click away.
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
  await page.getByRole('link', { name: '案件列表' }).click();
  await expect(page.getByRole('heading', { name: '案件列表' })).toBeVisible();

  await choose(page.getByLabel('语言'), 'English');
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Complaint number' })).toBeVisible();
  await expect(page).toHaveTitle('Complaint Desk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('link', { name: 'Register complaint' }).click();
  await expect(page.getByLabel('Complainant')).toBeVisible();
  await expectOffered(page.getByLabel('Channel'), 'Phone call');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Complainant')).toHaveAccessibleDescription('Required');

  await page.reload();
  await expectChosen(page.getByLabel('Language'), 'English');
  await expect(page.getByLabel('Complainant')).toBeVisible();
});
