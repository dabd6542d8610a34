// The language link keeps the view: the same query and #fragment on the other language's page.
import { expect, test } from '@playwright/test';

test('a comparison keeps its messengers in the other language', async ({ page }) => {
  await page.goto('/ru/compare/?ids=whatsapp,telegram,max');
  await expect(page.locator('.compare-table th[scope="col"] a')).toHaveCount(3);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/compare\/\?ids=whatsapp,telegram,max$/);
  expect(new URL(page.url()).pathname).toBe('/compare/');
  await expect(page.locator('.compare-table th[scope="col"] a')).toHaveText(['WhatsApp', 'Telegram', 'Max']);
});

test('the table keeps a view made after the page loaded (filters written to the URL as you go)', async ({ page }) => {
  await page.goto('/messengers/');
  await page.locator('summary', { hasText: 'Filters' }).click();
  await page
    .getByRole('group', { name: 'Status in Russia' })
    .getByRole('checkbox', { name: /^Blocked/ })
    .check();
  await expect(page).toHaveURL(/[?&]ru=blocked/);
  const view = new URL(page.url()).search;
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/ru/messengers/' && url.search === view);
  await page.locator('summary', { hasText: 'Фильтры' }).click();
  await expect(page.getByRole('group', { name: 'Статус в России' }).getByRole('checkbox', { name: /^Заблокирован/ })).toBeChecked();
});

test('an entry keeps the row it was opened at', async ({ page }) => {
  await page.goto('/messengers/telegram/');
  const id = await page.locator('#events-chart tbody tr').first().getAttribute('id');
  await page.goto(`/messengers/telegram/#${id}`);
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(new RegExp(`/ru/messengers/telegram/#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});
