// When a fetch or the clipboard fails, the page tells the reader in their language, and trying
// again works once the network is back: a failed search index is not kept for the page's life.
import { expect, test } from '@playwright/test';
import { en } from '../../src/i18n/en.ts';
import { ru } from '../../src/i18n/ru.ts';

const LANGUAGES = [
  { prefix: '', t: en },
  { prefix: '/ru', t: ru },
] as const;

for (const { prefix, t } of LANGUAGES) {
  test(`${prefix || '/en'} table: a search index that fails to load is reported, and the next search loads it`, async ({ page }) => {
    await page.goto(`${prefix}/messengers/`);
    const status = page.locator('[data-result-count]');
    const rows = page.locator('tbody tr:not([hidden])');
    const total = await rows.count();
    await page.route('**/data/search-index.json', (route) => route.abort());
    await page.getByRole('searchbox').fill('telegram');
    await expect(status).toContainText(t['client.loadFailed']);
    // Not searched: every row the filters leave is still there.
    await expect(rows).toHaveCount(total);

    await page.unroute('**/data/search-index.json');
    await page.getByRole('searchbox').fill('telegra');
    await expect(status).not.toContainText(t['client.loadFailed']);
    await expect(rows.first()).toHaveAttribute('data-id', 'telegram');
    expect(await rows.count()).toBeLessThan(total);
  });

  test(`${prefix || '/en'} compare: data that fails to load is reported, and "try again" loads it`, async ({ page }) => {
    let failing = true;
    await page.route('**/data/compare-*.json', (route) => (failing ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
    await page.goto(`${prefix}/compare/?ids=telegram,whatsapp`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(t['client.loadFailed']);
    await expect(page.locator('.compare-table')).toHaveCount(0);

    failing = false;
    await alert.getByRole('button', { name: t['client.retry'] }).click();
    await expect(page.locator('.compare-table thead th')).toHaveCount(3);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}

test('copy: a clipboard that refuses is reported and the text selected; a second try copies', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The page's own writeText, refused while the test says so (as a browser without permission does).
  await page.addInitScript(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    Object.assign(window, { clipboardDown: true });
    navigator.clipboard.writeText = (text) =>
      (window as { clipboardDown?: boolean }).clipboardDown ? Promise.reject(new DOMException('refused', 'NotAllowedError')) : write(text);
  });
  await page.goto('/ru/messengers/telegram/');
  const cite = page.locator('details.cite').first();
  await cite.locator('summary').click();
  const gost = cite.locator('pre').first();
  const button = cite.locator('button.copy').first();
  await button.click();
  await expect(button).toHaveText(ru['cite.copyFailed']);
  expect(await page.evaluate(() => getSelection()?.toString())).toBe(await gost.innerText());

  await page.evaluate(() => Object.assign(window, { clipboardDown: false }));
  await button.click();
  await expect(button).toHaveText(ru['cite.copied']);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await gost.innerText());
});

test('chart downloads: code that fails to load is reported on the button, and the next click downloads', async ({ page }) => {
  await page.goto('/ru/timeline/');
  const host = page.locator('#users atlas-chart');
  await host.scrollIntoViewIfNeeded();
  await expect(host).toHaveAttribute('data-drawn', 'true');
  const button = host.locator('[data-action="png"]');
  await page.route('**/_astro/export.*.js', (route) => route.abort());
  await button.click();
  await expect(button).toHaveText(ru['client.loadFailed']);
  await page.unroute('**/_astro/export.*.js');
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  await expect(button).toHaveText(ru['chart.png']);
});

test('entry page: the code of a citation that fails to load is reported in the citation, and opening it again makes it', async ({ page }) => {
  await page.goto('/ru/messengers/telegram/');
  const cite = page.locator('#sources li').first().locator('details.cite');
  await page.route('**/_astro/cite-render.*.js', (route) => route.abort());
  await cite.locator('summary').click();
  await expect(cite.getByRole('status')).toHaveText(ru['client.loadFailed']);
  await expect(cite.locator('pre')).toHaveCount(0);
  await page.unroute('**/_astro/cite-render.*.js');
  await cite.locator('summary').click();
  await cite.locator('summary').click();
  await expect(cite.locator('pre')).toHaveCount(4);
  await expect(cite.getByRole('status')).toHaveCount(0);
});

test('timeline: a chart whose table fails to load says so, and its links to the full table and CSV stay', async ({ page }) => {
  await page.route('**/embed/timeline/users/', (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.goto('/timeline/');
  const host = page.locator('#users atlas-chart');
  await host.scrollIntoViewIfNeeded();
  await expect(host.locator('[data-chart-failed]')).toBeVisible();
  await expect(host.locator('[data-chart-table] a[href="/embed/timeline/users/"]')).toBeVisible();
  await expect(host.locator('[data-chart-table] a[href$=".csv"]')).toBeVisible();
});
