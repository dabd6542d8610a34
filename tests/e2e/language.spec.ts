import { expect, test } from '@playwright/test';
import { ENTRY_IDS } from './support/site.ts';

test('the language switcher keeps you on the same page, both ways', async ({ page }) => {
  const id = ENTRY_IDS[0]!;
  await page.goto(`/messengers/${id}/`);
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(new RegExp(`/ru/messengers/${id}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('link', { name: 'Все мессенджеры' })).toBeVisible();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/messengers/${id}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('Russian pages show Russian dates and numbers', async ({ page }) => {
  await page.goto('/ru/messengers/');
  const launched = await page.locator('tbody time').first().innerText();
  expect(launched).toMatch(/^(?:\d{1,2} )?(?:[а-я]+ )?\d{4}\u00a0г\.$/);
});
