import { completeSetup, expect, test } from './fixtures/test';

test('switching to English shows English labels and is remembered', async ({ page, desk }) => {
  await page.goto(desk.url);
  await completeSetup(page);
  // The start page is the home page; the list is one click away.
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
  await page.getByRole('link', { name: '案件列表' }).click();
  await expect(page.getByRole('heading', { name: '案件列表' })).toBeVisible();

  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Complaint number' })).toBeVisible();
  await expect(page).toHaveTitle('Complaint Desk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('link', { name: 'Register complaint' }).click();
  await expect(page.getByLabel('Complainant')).toBeVisible();
  await expect(page.getByLabel('Channel')).toContainText('Phone call');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Complainant')).toHaveAccessibleDescription('Required');

  await page.reload();
  await expect(page.getByLabel('Language')).toHaveValue('en');
  await expect(page.getByLabel('Complainant')).toBeVisible();
});
