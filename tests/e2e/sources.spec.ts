// /sources/ on a phone: one line per publisher under an A–Z index, a filter by publisher or title
// that works across scripts, and the whole list still there without JavaScript. The table's search
// finds a messenger by its owners too.
import { expect, test } from '@playwright/test';
import { en } from '../../src/i18n/en.ts';
import { ru } from '../../src/i18n/ru.ts';
import { searchKey } from '../../src/lib/transliterate.ts';
import { layoutShift, recordLayoutShifts } from './support/site.ts';

test.use({ viewport: { width: 390, height: 844 } });

test('the list is folded to publishers under an A–Z index, and a filter finds publishers and titles in either script', async ({ page }) => {
  await page.goto('/ru/sources/');
  const total = await page.locator('li[data-source]').count();
  expect(total).toBeGreaterThan(100);
  // Folded: about one line per publisher (the unfolded list was 77,000 px at a third of today's sources).
  const publishers = await page.locator('details.publisher').count();
  expect(await page.locator('details.publisher[open]').count(), 'every publisher starts folded').toBe(0);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height / publishers, `${height} px for ${publishers} publishers: one line each`).toBeLessThan(40);
  // Every letter of the index leads to its section.
  for (const href of await page.locator('.az a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(href ?? '#none'), `${href}`).toHaveCount(1);
  }
  await page.getByRole('searchbox', { name: ru['sources.filter'] }).fill('ТАСС');
  const shown = page.locator('li[data-source]:visible');
  await expect.poll(() => shown.count()).toBeGreaterThan(0);
  const keys = await shown.evaluateAll((items) =>
    items.map((li) => `${li.closest('details')?.querySelector('summary span')?.textContent ?? ''} ${li.querySelector('a')?.textContent ?? ''}`),
  );
  expect(keys.length).toBeLessThan(total);
  for (const key of keys) expect(searchKey(key)).toContain(searchKey('ТАСС'));
  await expect(page).toHaveURL(/[?&]q=%D0%A2%D0%90%D0%A1%D0%A1/);
  await expect(page.locator('.az a[aria-disabled="true"]').first()).toBeAttached();
  // The view is in the URL: the other language opens with the same filter.
  await page.getByRole('link', { name: 'English' }).click();
  // The page lists every source (about 1 MB of HTML): on a busy machine it can take longer than the
  // default 5 s to load and run its filter, which is not what this test is about.
  await expect(page.getByRole('searchbox', { name: en['sources.filter'] })).toHaveValue('ТАСС', { timeout: 15_000 });
  await expect.poll(() => page.locator('li[data-source]:visible').count()).toBe(keys.length);
});

test('the filter takes its place before the script shows it, so the list does not jump down', async ({ page }) => {
  // Lighthouse measured a layout shift of 0.06 here when the filter appeared above the list.
  await recordLayoutShifts(page);
  await page.goto('/ru/sources/');
  await expect(page.getByRole('searchbox', { name: ru['sources.filter'] })).toBeVisible();
  await expect(page.locator('[data-count]')).toHaveText(/\d/);
  await page.waitForTimeout(300);
  expect(await layoutShift(page)).toBeLessThan(0.01);
});

test('without JavaScript every source is in the page, and no filter pretends to work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sources/');
  await expect(page.getByRole('searchbox')).toBeHidden();
  expect(await page.locator('li[data-source]').count()).toBeGreaterThan(100);
  await page.locator('details.publisher summary').first().click();
  await expect(page.locator('details.publisher').first().locator('li[data-source]').first()).toBeVisible();
  await context.close();
});

test('the table search finds a messenger by its owners, typed in Cyrillic', async ({ page }) => {
  await page.goto('/ru/messengers/');
  const search = page.getByRole('searchbox', { name: ru['table.search'] });
  await search.fill('Коум'); // Jan Koum, a founder of WhatsApp Inc.
  await expect(page.locator('tbody tr[data-id="whatsapp"]')).toBeVisible();
  await search.fill('Тенсент'); // Tencent
  await expect(page.locator('tbody tr[data-id="wechat"]')).toBeVisible();
  await expect(page.locator('tbody tr[data-id="qq"]')).toBeVisible();
});
