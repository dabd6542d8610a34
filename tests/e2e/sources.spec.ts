// /sources/ on a phone: the index lists publishers, a line each, under an A–Z index; each letter's
// page lists their sources. Filters work across scripts, and every list is whole without
// JavaScript. The table's search finds a messenger by its owners too.
import { expect, test } from '@playwright/test';
import { en } from '../../src/i18n/en.ts';
import { ru } from '../../src/i18n/ru.ts';
import { searchKey } from '../../src/lib/transliterate.ts';
import { layoutShift, recordLayoutShifts } from './support/site.ts';

test.use({ viewport: { width: 390, height: 844 } });

test('the index lists every publisher a line under an A–Z index, and its filter finds a publisher in either script', async ({ page }) => {
  await page.goto('/ru/sources/');
  const publishers = page.locator('li[data-item]');
  const total = await publishers.count();
  expect(total).toBeGreaterThan(100);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height / total, `${height} px for ${total} publishers: one line each`).toBeLessThan(40);
  // Every letter of the index leads to its section.
  for (const href of await page.locator('.az a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(href ?? '#none'), `${href}`).toHaveCount(1);
  }
  await page.getByRole('searchbox', { name: ru['sources.filterPublishers'] }).fill('ТАСС');
  const shown = page.locator('li[data-item]:visible');
  await expect.poll(() => shown.count()).toBeGreaterThan(0);
  const names = await shown.locator('a').allTextContents();
  expect(names.length).toBeLessThan(total);
  for (const name of names) expect(searchKey(name)).toContain(searchKey('ТАСС'));
  expect(names, 'the Latin spelling is found by the Cyrillic one').toContain('TASS');
  await expect(page).toHaveURL(/[?&]q=%D0%A2%D0%90%D0%A1%D0%A1/);
  await expect(page.locator('.az a[aria-disabled="true"]').first()).toBeAttached();
  // A publisher's link opens its letter's page at that publisher, unfolded.
  await shown.getByRole('link', { name: 'TASS', exact: true }).click();
  await expect(page).toHaveURL(/\/ru\/sources\/t\/#publisher-/);
  const target = page.locator('details.publisher:target');
  await expect(target).toHaveAttribute('open', '');
  await expect(target.locator(':scope > summary')).toBeInViewport();
  await expect(target.locator('li[data-item]').first()).toBeVisible();
});

test('a letter’s page is folded to publishers, and its filter finds publishers and titles in either script', async ({ page }) => {
  await page.goto('/ru/sources/t/');
  const total = await page.locator('li[data-item]').count();
  expect(total).toBeGreaterThan(50);
  const publishers = await page.locator('details.publisher').count();
  expect(await page.locator('details.publisher[open]').count(), 'every publisher starts folded').toBe(0);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height / publishers, `${height} px for ${publishers} publishers: one line each`).toBeLessThan(60);
  const search = page.getByRole('searchbox', { name: ru['sources.filter'] });
  await search.fill('ТАСС');
  const shown = page.locator('li[data-item]:visible');
  await expect.poll(() => shown.count()).toBeGreaterThan(0);
  const keys = await shown.evaluateAll((items) =>
    items.map((li) => `${li.closest('details')?.querySelector('summary span')?.textContent ?? ''} ${li.querySelector('a')?.textContent ?? ''}`),
  );
  expect(keys.length).toBeLessThan(total);
  for (const key of keys) expect(searchKey(key)).toContain(searchKey('ТАСС'));
  await expect(page).toHaveURL(/[?&]q=%D0%A2%D0%90%D0%A1%D0%A1/);
  // A title: a word of the first source's title, which its publisher's name does not contain.
  await search.fill('');
  const first = page.locator('li[data-item]').first();
  const publisher = searchKey((await page.locator('details.publisher summary span').first().textContent()) ?? '');
  const word = searchKey((await first.locator('a').first().textContent()) ?? '')
    .split(' ')
    .filter((candidate) => candidate.length > 4 && !publisher.includes(candidate))
    .sort((a, b) => b.length - a.length)[0];
  expect(word, 'a long word in the first title').toBeDefined();
  await search.fill(word!);
  await expect(first).toBeVisible();
  await expect.poll(() => shown.count()).toBeLessThan(total);
  // The view is in the URL: the other language opens with the same filter.
  await search.fill('ТАСС');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('searchbox', { name: en['sources.filter'] })).toHaveValue('ТАСС');
  await expect.poll(() => page.locator('li[data-item]:visible').count()).toBe(keys.length);
});

for (const path of ['/ru/sources/', '/ru/sources/t/']) {
  test(`${path}: the filter takes its place before the script shows it, so the list does not jump down`, async ({ page }) => {
    // Lighthouse measured a layout shift of 0.06 here when the filter appeared above the list.
    await recordLayoutShifts(page);
    await page.goto(path);
    await expect(page.getByRole('searchbox')).toBeVisible();
    await expect(page.locator('[data-count]')).toHaveText(/\d/);
    await page.waitForTimeout(300);
    expect(await layoutShift(page)).toBeLessThan(0.01);
  });
}

test('without JavaScript every publisher and, on its letter’s page, every source is in the page, and no filter pretends to work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sources/');
  await expect(page.getByRole('searchbox')).toBeHidden();
  const link = page.locator('li[data-item] a').first();
  const count = Number(/\d+/.exec((await page.locator('li[data-item] .count').first().textContent()) ?? '')?.[0]);
  await link.click();
  await expect(page.getByRole('searchbox')).toBeHidden();
  const publisher = page.locator('details.publisher:target');
  await publisher.locator(':scope > summary').click();
  await expect(publisher.locator('li[data-item]')).toHaveCount(count);
  await expect(publisher.locator('li[data-item]').first()).toBeVisible();
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
