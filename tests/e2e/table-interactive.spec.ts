import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { ENTRY_IDS, layoutShift, recordLayoutShifts, watchErrors } from './support/site.ts';

const visibleIds = (page: Page) => page.locator('tbody tr:not([hidden])').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));
const search = async (page: Page, text: string) => {
  await page.getByRole('searchbox').fill(text);
  await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === (q.trim() ? q.trim().slice(0, 100) : null), text);
};

test.beforeEach(async ({ page, javaScriptEnabled }) => {
  await page.goto('/messengers/');
  // Without JavaScript the search takes no room (table.spec.ts checks that it is hidden).
  if (javaScriptEnabled) await expect(page.getByRole('searchbox')).toBeVisible();
});

test('the controls take their place before the script shows them, so the table does not jump down', async ({ page }) => {
  // A CI run of Lighthouse once measured a layout shift of 0.187 on this page (locally 0.007–0.011).
  await recordLayoutShifts(page);
  await page.goto('/messengers/');
  await expect(page.getByRole('searchbox')).toBeVisible();
  await expect(page.locator('.table-controls')).not.toHaveAttribute('data-needs-script');
  await page.waitForTimeout(300);
  expect(await layoutShift(page)).toBeLessThan(0.02);
});

test('search finds Latin and Cyrillic spellings and forgives typos', async ({ page }) => {
  for (const [query, id] of [
    ['телеграм', 'telegram'],
    ['vatsap', 'whatsapp'],
    ['ватсап', 'whatsapp'],
    ['Аська', 'icq'],
    ['telegarm', 'telegram'],
    ['Tencent', 'wechat'],
  ] as const) {
    expect(ENTRY_IDS, `${id} is in the atlas`).toContain(id);
    await search(page, query);
    expect(await visibleIds(page), query).toContain(id);
  }
  await expect(page.getByRole('status')).toContainText(/\d+ of \d+ messengers shown/);
});

test('"/" focuses the search box', async ({ page }) => {
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
});

test('filters narrow the table and each value shows how many rows it would leave', async ({ page }) => {
  await page.locator('summary', { hasText: 'Filters' }).click();
  const discontinued = page.getByRole('checkbox', { name: /^Discontinued/ });
  const count = Number((await discontinued.locator('xpath=..').innerText()).match(/\((\d+)\)/)![1]);
  await discontinued.check();
  await expect.poll(async () => (await visibleIds(page)).length).toBe(count);
  expect(page.url()).toContain('status=discontinued');
  const launchedFrom = page.getByRole('spinbutton', { name: 'from' });
  await launchedFrom.fill('2010');
  await expect.poll(() => page.url()).toContain('from=2010');
  for (const id of await visibleIds(page)) {
    const year = await page.locator(`tr[data-id="${id}"]`).getAttribute('data-year');
    expect(Number(year)).toBeGreaterThanOrEqual(2010);
  }
});

test('"blocked or restricted in" a country keeps exactly the messengers limited there now, in the URL and at an earlier date', async ({ page }) => {
  await page.locator('summary', { hasText: 'Filters' }).click();
  await page.getByRole('combobox', { name: 'Blocked or restricted in' }).selectOption('CN');
  await expect.poll(() => page.url()).toContain('country=CN');
  const expected = await page
    .locator('tbody tr')
    .evaluateAll((rows) => rows.filter((row) => (row.getAttribute('data-limited') ?? '').split(',').includes('CN')).map((row) => row.getAttribute('data-id')));
  expect(expected, 'the data has messengers blocked in China').toEqual(expect.arrayContaining(['whatsapp', 'telegram']));
  await expect.poll(() => visibleIds(page)).toEqual(expected);
  // In 2008 no messenger in the atlas was yet blocked in China: the same filter leaves nothing.
  await page.goto('/messengers/?country=CN&at=2008');
  await page.locator('summary', { hasText: 'Filters' }).click();
  await expect(page.getByRole('combobox', { name: 'Blocked or restricted in' })).toHaveValue('CN');
  // (A view that matches nothing on arrival once left every server-drawn row in place.)
  await expect.poll(() => visibleIds(page)).toEqual([]);
  await expect(page.locator('[data-result-count]')).toHaveText(/^0 of \d+ messengers shown/);
});

test('sorting sets aria-sort and keeps unknown values last both ways', async ({ page }) => {
  const header = page.locator('th[data-sort="users"]');
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  // The users column sorts by its one (metric, scope) pair: monthly active users worldwide by default.
  const values = async () => page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => /(?:^|;)mau:world=(\d+)/.exec(row.getAttribute('data-figures') ?? '')?.[1] ?? null));
  const ascending = await values();
  const known = ascending.filter((v) => v !== null).map(Number);
  expect(known).toEqual([...known].sort((a, b) => a - b));
  expect(ascending.slice(known.length).every((v) => v === null)).toBe(true);
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const descending = await values();
  const knownDesc = descending.filter((v) => v !== null).map(Number);
  expect(knownDesc).toEqual([...knownDesc].sort((a, b) => b - a));
  expect(descending.slice(knownDesc.length).every((v) => v === null)).toBe(true);
});

test('the users column shows one chosen metric and scope: sort, URL and CSV follow it, and nothing else stands in', async ({ page, browser }) => {
  await page.getByLabel('Users column shows').selectOption('monthly-reach:RU');
  await expect.poll(() => page.url()).toContain('figure=monthly-reach%3ARU');
  await expect(page.locator('thead th[data-col="users"]')).toContainText('Russia');
  const shown = page.locator('tbody td[data-col="users"] [data-pair]:not([hidden])');
  expect(await shown.count()).toBeGreaterThanOrEqual(3);
  expect(new Set(await shown.evaluateAll((spans) => spans.map((s) => s.getAttribute('data-pair'))))).toEqual(new Set(['monthly-reach:RU']));
  const header = page.locator('th[data-sort="users"]');
  await header.getByRole('button').click();
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const ranked = await page.locator('tbody tr').evaluateAll((rows) =>
    rows
      .map((row) => /(?:^|;)monthly-reach:RU=(\d+)/.exec(row.getAttribute('data-figures') ?? '')?.[1])
      .filter(Boolean)
      .map(Number),
  );
  expect(ranked.length).toBeGreaterThanOrEqual(3);
  expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV of this view' }).click();
  const { readFileSync } = await import('node:fs');
  const [head, ...rows] = parseCsv(readFileSync(await (await download).path(), 'utf8'), { bom: true }) as string[][];
  const [metric, scope, value] = ['metric', 'scope', 'users'].map((name) => head!.indexOf(name));
  expect(new Set(rows.map((row) => `${row[metric!]}:${row[scope!]}`))).toEqual(new Set(['monthly-reach:RU']));
  expect(rows.filter((row) => row[value!] !== '').length).toBe(ranked.length);
  const other = await browser.newPage();
  await other.goto(page.url());
  await expect(other.getByLabel('Users column shows')).toHaveValue('monthly-reach:RU');
  await other.close();
});

test('a column of survey shares names the poll behind each cell, since it can hold several', async ({ page }) => {
  await page.getByLabel('Users column shows').selectOption('survey-share:RU');
  const shown = page.locator('tbody td[data-col="users"] [data-pair="survey-share:RU"]:not([hidden])');
  expect(await shown.count()).toBeGreaterThanOrEqual(3);
  const texts = await shown.allInnerTexts();
  for (const text of texts) expect(text).toMatch(/\d{4} · [^·]+ · source/);
  expect(new Set(texts.map((text) => /\d{4} · ([^·]+) ·/.exec(text)?.[1]?.trim())).size, 'the Russian column mixes polls, and says so').toBeGreaterThan(1);
});

test('columns can be hidden', async ({ page }) => {
  await page.locator('summary', { hasText: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Phone number' }).uncheck();
  await expect(page.locator('th[data-col="phone"]')).toBeHidden();
  await expect(page.locator('td[data-col="phone"]').first()).toBeHidden();
  expect(page.url()).toContain('cols=');
});

test('the view lives in the URL: opening a copied URL reproduces it exactly', async ({ page, browser }) => {
  await search(page, 'messenger');
  await page.locator('summary', { hasText: 'Filters' }).click();
  await page.getByRole('checkbox', { name: /^Active/ }).check();
  await page.locator('th[data-sort="launched"]').getByRole('button').click();
  const boxes = page.locator('tbody tr:not([hidden]) input[data-select]');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  const url = page.url();
  const ids = await visibleIds(page);
  const compare = await page.locator('[data-compare]').getAttribute('href');
  const other = await browser.newPage();
  await other.goto(url);
  await expect(other.getByRole('searchbox')).toHaveValue('messenger');
  await expect.poll(() => visibleIds(other)).toEqual(ids);
  await expect(other.locator('th[data-sort="launched"]')).toHaveAttribute('aria-sort', 'ascending');
  await expect(other.locator('[data-compare]')).toHaveAttribute('href', compare!);
  expect(compare).toMatch(/\/compare\/\?ids=[a-z0-9-]+,[a-z0-9-]+$/);
  await other.close();
});

test('"Download CSV of this view" gives the visible rows, with metric, date and source URL', async ({ page }) => {
  await search(page, 'google');
  const ids = await visibleIds(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV of this view' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parseCsv(text, { bom: true });
  expect(header).toContain('users_source_url');
  expect(rows.map((row) => row[0])).toEqual(ids);
});

const HOSTILE = [
  'x'.repeat(10_000),
  '.*+?^${}()|[]\\/',
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  '💬🔒 emoji',
  'مرحبا تيليجرام ‏עברית',
  "'; DROP TABLE messengers; --",
];

test('hostile input in the search box: no error, nothing runs, the table stays consistent', async ({ page }) => {
  const errors = watchErrors(page);
  page.on('dialog', (dialog) => errors.push(`dialog: ${dialog.message()}`));
  for (const text of HOSTILE) {
    await search(page, text);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const shown = (await visibleIds(page)).length;
    await expect(page.getByRole('status')).toHaveText(`${shown} of ${ENTRY_IDS.length} messengers shown`);
    // Rows that do not match leave the DOM; none is left behind hidden, none is lost.
    expect(await page.locator('tbody tr').count()).toBe(shown);
  }
  await search(page, '');
  // Past the first page of rows, "show all" brings the rest: none was lost on the way.
  const more = page.locator('[data-action="all"]');
  if (await more.isVisible()) await more.click();
  expect((await visibleIds(page)).sort()).toEqual(ENTRY_IDS);
  expect(errors).toEqual([]);
});

test('hostile URL parameters are ignored, never written into the page', async ({ page }) => {
  const errors = watchErrors(page);
  const evil = encodeURIComponent('"><img src=x onerror="window.__pwned=1">');
  await page.goto(`/messengers/?q=${evil}&category=${evil},consumer&sort=${evil}&sel=${evil}&cols=${evil}&from=${evil}&zzz=${evil}`);
  await expect(page.getByRole('searchbox')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  // The URL is rewritten once the view is applied (after the search index loads).
  await expect.poll(() => [...new URL(page.url()).searchParams.keys()].sort()).toEqual(['category', 'cols', 'q']);
  expect(new URL(page.url()).searchParams.get('category')).toBe('consumer');
  expect(errors).toEqual([]);
});

test('compare: selected rows open side by side, every figure with a source, and bad ids are dropped', async ({ page }) => {
  const boxes = page.locator('tbody input[data-select]');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.locator('[data-compare]').click();
  await expect(page).toHaveURL(/\/compare\/\?ids=/);
  const table = page.locator('.compare-table');
  await expect(table.locator('thead th')).toHaveCount(3);
  // The table is drawn in the browser, so the link check cannot see its reference links.
  const refs = await table.locator('a.ref').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(refs.length, 'the compared figures cite their sources').toBeGreaterThan(0);
  for (const href of new Set(refs)) await expect(page.locator(href)).toHaveCount(1);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const evil = encodeURIComponent('<img src=x onerror=window.__pwned=1>');
  await page.goto(`/compare/?ids=${ENTRY_IDS[0]},${evil},${ENTRY_IDS[1]},${ENTRY_IDS[0]}`);
  await expect(page.locator('.compare-table thead th')).toHaveCount(3);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});

test.describe('compare without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('explains itself and links every entry', async ({ page }) => {
    await page.goto('/ru/compare/?ids=telegram,whatsapp');
    await expect(page.getByText('нужен JavaScript')).toBeVisible();
    await expect(page.locator('ul.all a')).toHaveCount(ENTRY_IDS.length);
  });
});

test('long results draw a first page of rows; "show all" reveals the rest, and the CSV always has every match', async ({ page }) => {
  // A page of 100 rows; shrink it to 10 so the test does not depend on the dataset's size.
  await page.route('**/messengers/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('data-page-rows="100"', 'data-page-rows="10"') });
  });
  await page.goto('/messengers/');
  await expect(page.locator('tbody tr:not([hidden])')).toHaveCount(10);
  const more = page.locator('[data-action="all"]');
  await expect(more).toHaveText(`Show all ${ENTRY_IDS.length} matching rows (the first 10 are shown)`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="csv"]').click()]);
  const [, ...rows] = parseCsv(readFileSync((await download.path())!, 'utf8'), { bom: true });
  expect(rows).toHaveLength(ENTRY_IDS.length);
  await more.click();
  await expect(page.locator('tbody tr:not([hidden])')).toHaveCount(ENTRY_IDS.length);
  await expect(more).toBeHidden();
  // A new search starts from the first page again.
  await search(page, 'a');
  expect((await visibleIds(page)).length).toBeLessThanOrEqual(10);
});
