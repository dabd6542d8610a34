// One figure or one event can be cited: each row of an entry's figures and events has a stable
// anchor, and "cite" on it gives GOST, APA and BibTeX for the atlas at that row, and the source's
// citation (without JavaScript, a link to it in the list of sources).
import { expect, test } from '@playwright/test';
import { siteAddress } from '../../src/site.config.ts';

const { site: SITE } = siteAddress(process.env['ATLAS_SITE_URL']);
const address = (path: string) => (SITE ? new URL(path.slice(1), SITE).href : path);

for (const { prefix, cite, gostAccessed } of [
  { prefix: '', cite: 'cite', gostAccessed: '(дата обращения:' },
  { prefix: '/ru', cite: 'сослаться', gostAccessed: '(дата обращения:' },
]) {
  test(`${prefix || '/en'}: every figure and event row has a unique, stable anchor and its own citation`, async ({ page }) => {
    const path = `${prefix}/messengers/telegram/`;
    await page.goto(path);
    const rows = page.locator('#users-chart tbody tr, #events-chart tbody tr');
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.id));
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size, 'anchors are unique').toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(?:users-\d{4}(?:-\d{2}){0,2}-[a-z-]+-(?:world|[a-z]{2})|event-\d{4}(?:-\d{2}){0,2}-[a-z-]+)(?:-\d+)?$/);
    await expect(rows.locator('details.row-cite')).toHaveCount(ids.length);

    // Drawing the chart hides the table rows outside the metric it shows first, so wait for it and
    // cite a row it keeps: a row chosen before the drawing may vanish under the click.
    const chart = page.locator('#users-chart atlas-chart');
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-drawn', 'true');
    const figure = page.locator('#users-chart tbody tr:visible').first();
    const id = await figure.getAttribute('id');
    const sourceUrl = await figure.locator('td[data-url]').getAttribute('data-url');
    await figure.locator('details.row-cite summary', { hasText: cite }).click();
    // The row's own citation in three styles, then the source's in four, copied in from its entry
    // in the list of sources when "cite" opens.
    const blocks = figure.locator('details.row-cite pre');
    await expect(blocks).toHaveCount(7);
    await expect(blocks.nth(0)).toContainText(`URL: ${address(`${path}#${id}`)} ${gostAccessed}`);
    await expect(blocks.nth(1)).toContainText(address(`${path}#${id}`));
    await expect(blocks.nth(2)).toContainText(`url = {${address(`${path}#${id}`)}}`);
    await expect(blocks.nth(3)).toContainText(`URL: ${sourceUrl} ${gostAccessed}`);
    await expect(blocks.nth(4)).toContainText(sourceUrl ?? 'a source URL');
    await expect(blocks.nth(5)).toContainText(`url = {${sourceUrl}}`);
    await expect(blocks.nth(6)).toContainText(sourceUrl ?? 'a source URL');
    await expect(figure.locator('details.row-cite button.copy').first()).toBeVisible();
  });
}

// Citations of single rows and sources are made by a script when opened (CiteTemplate), so a page
// without scripts does not offer them: no control that cannot work. The rows keep their anchors
// and source links, and the page its own complete citation.
test('without JavaScript no row or source offers a citation it cannot make; the page cites itself', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/messengers/telegram/');
  const rows = page.locator('#users-chart tbody tr, #events-chart tbody tr');
  expect(await rows.count()).toBeGreaterThan(20);
  await expect(rows.locator('details.row-cite')).toHaveCount(await rows.count());
  for (const control of await page.locator('details.row-cite, #sources details.cite').all()) await expect(control).toBeHidden();
  await expect(page.locator('#users-chart thead th', { hasText: /^cite$/i })).toBeHidden();
  await expect(rows.first().locator('a.ref')).toBeVisible();
  expect(await rows.first().getAttribute('id')).toMatch(/^(?:users|event)-/);
  const cite = page.locator('details.cite').first();
  await cite.locator('summary').click();
  await expect(cite.locator('pre')).toHaveCount(4);
  await expect(cite.locator('pre').first()).toContainText(`URL: ${address('/messengers/telegram/')} (дата обращения:`);
  await context.close();
});

test('a cited anchor opens the page at its row, marked', async ({ page }) => {
  await page.goto('/ru/messengers/telegram/');
  const id = await page.locator('#events-chart tbody tr').last().getAttribute('id');
  await page.goto(`/ru/messengers/telegram/#${id}`);
  const row = page.locator(`[id="${id}"]`);
  await expect(row).toBeInViewport();
  expect(await row.evaluate((tr) => tr.matches(':target'))).toBe(true);
});

test('the sources index links a figure to its own row', async ({ page }) => {
  await page.goto('/sources/t/'); // the letter with the most sources
  const link = page.locator('.facts-cited a[href*="#users-"]').first();
  const href = await link.getAttribute('href');
  await page.goto(href ?? '');
  await expect(page.locator(`[id="${new URL(href ?? '', 'http://x').hash.slice(1)}"]`)).toHaveCount(1);
});
