// Year pages (#19, DESIGN §2 /years/): readable without JavaScript, speaking as of their year, linked
// from the overview, the timeline and the entries, and within their budget (DESIGN §6).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LOCALES, YEAR_PAGE } from './support/site.ts';

const DIST = join(import.meta.dirname, '../../dist');
const KB = 1024;

/** Every `<time datetime>` in main, and the text of main outside its navs. */
async function shownDates(page: Page) {
  const main = page.locator('main');
  const datetimes = await main.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  const text = await main.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const nav of copy.querySelectorAll('nav')) nav.remove();
    return copy.textContent ?? '';
  });
  return { datetimes, years: [...text.matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g)].map((match) => Number(match[1])) };
}

/** The addresses of the links a locator finds. */
const hrefs = (links: Locator) => links.evaluateAll((items) => items.map((item) => item.getAttribute('href') ?? ''));

/** Opens a row's address on an entry page and returns the one row the page is opened at. */
async function targetRow(page: Page, href: string) {
  await page.goto(href);
  const target = page.locator('tbody tr:target');
  await expect(target).toHaveCount(1);
  return target;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { code, prefix } of LOCALES) {
    test(`${code}: the ${YEAR_PAGE} page is a complete table as of 31 December and shows nothing dated later`, async ({ page }) => {
      await page.goto(`${prefix}/years/${YEAR_PAGE}/`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(String(YEAR_PAGE));
      const table = page.getByRole('table');
      await expect(table.locator('thead th')).toHaveCount(6);
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(10);
      // Telegram launched in 2013, so it is not there yet; ICQ is, with figures named by metric and scope.
      await expect(table.getByRole('link', { name: 'Telegram', exact: true })).toHaveCount(0);
      const icq = table.locator('tr', { has: page.getByRole('link', { name: 'ICQ', exact: true }) });
      await expect(icq.locator('data').first()).toBeVisible();
      await expect(icq.locator('li').first()).toContainText(code === 'en' ? 'worldwide' : 'по всему миру');

      const { datetimes, years } = await shownDates(page);
      expect(datetimes.length).toBeGreaterThan(20);
      for (const datetime of datetimes) expect(datetime <= `${YEAR_PAGE}-12-31`, datetime).toBe(true);
      expect(years.filter((year) => year > YEAR_PAGE)).toEqual([]);
      expect(years).toContain(YEAR_PAGE);

      const nav = page.getByRole('navigation', { name: code === 'en' ? 'Other years' : 'Другие годы' });
      await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', `${prefix}/years/${YEAR_PAGE - 1}/`);
      await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', `${prefix}/years/${YEAR_PAGE + 1}/`);
      await expect(page.getByRole('heading', { level: 2, name: code === 'en' ? 'The largest then, like for like' : 'Крупнейшие на то время — только сопоставимое' })).toBeVisible();
    });

    test(`${code}: a fresh figure links its source; a stale one links its row on the entry page, which opens at that row`, async ({ page }) => {
      await page.goto(`${prefix}/years/${YEAR_PAGE}/`);
      const figures = page.locator('.year-table td li:not(.muted)');
      const stale = figures.filter({ has: page.locator('.badge') });
      const fresh = figures.filter({ hasNot: page.locator('.badge') });
      expect(await stale.count()).toBeGreaterThan(0);
      expect(await fresh.count()).toBeGreaterThan(0);
      for (const href of await hrefs(fresh.locator('a'))) expect(href).toMatch(/^https?:\/\//);
      const rows = await hrefs(stale.locator('a'));
      for (const href of rows) expect(href).toMatch(new RegExp(`^${prefix}/messengers/[a-z0-9-]+/#users-`));
      await expect((await targetRow(page, rows[0]!)).locator('td').nth(6)).not.toBeEmpty();
    });

    test(`${code}: a ranked figure links its row on the entry page, which opens at that row; the overview links the source itself`, async ({ page }) => {
      await page.goto(`${prefix}/years/${YEAR_PAGE}/`);
      const rows = await hrefs(page.locator('.ranking ol > li .muted a'));
      expect(rows.length).toBeGreaterThan(0);
      for (const href of rows) expect(href).toMatch(new RegExp(`^${prefix}/messengers/[a-z0-9-]+/#users-`));
      expect(await page.locator('.ranking a[href^="http"]').count()).toBe(0);
      await expect((await targetRow(page, rows[0]!)).locator('td').nth(6)).not.toBeEmpty();
      await page.goto(`${prefix}/`);
      const sources = await hrefs(page.locator('.ranking ol > li .muted a'));
      expect(sources.length).toBeGreaterThan(0);
      for (const href of sources) expect(href).toMatch(/^https?:\/\//);
    });

    test(`${code}: an event links its row on the entry page, which opens at that row and cites the source`, async ({ page }) => {
      await page.goto(`${prefix}/years/${YEAR_PAGE}/`);
      const links = await hrefs(page.locator('.events-list li > a'));
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) expect(href).toMatch(new RegExp(`^${prefix}/messengers/[a-z0-9-]+/#event-`));
      expect(await page.locator('.events-list a[href^="http"]').count()).toBe(0);
      await expect((await targetRow(page, links[0]!)).locator('a.ref')).toHaveCount(1);
    });

    test(`${code}: the year index, the overview, the timeline and an entry link the year pages`, async ({ page }) => {
      await page.goto(`${prefix}/years/`);
      await expect(page.locator(`main a[href="${prefix}/years/${YEAR_PAGE}/"]`)).toHaveCount(1);
      for (const path of ['/', '/timeline/']) {
        await page.goto(`${prefix}${path}`);
        await expect(page.locator(`main nav a[href="${prefix}/years/${YEAR_PAGE}/"]`), path).toHaveCount(1);
      }
      await page.goto(`${prefix}/messengers/telegram/`);
      const years = page.locator('main nav[aria-labelledby="entry-years"] a');
      expect(await years.allInnerTexts()).toContain('2013');
      await expect(years.first()).toHaveAttribute('href', `${prefix}/years/2013/`);
    });
  }
});

test('with JavaScript: a year page loads no script and shows the same table', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(`/years/${YEAR_PAGE}/`);
  await expect(page.getByRole('table').locator('tbody tr').first()).toBeVisible();
  expect(scripts).toEqual([]);
});

test('a year page links the timeline with its year marked on every chart', async ({ page }) => {
  await page.goto(`/years/${YEAR_PAGE}/`);
  await page.getByRole('link', { name: 'This date marked on the timeline charts' }).click();
  await expect(page).toHaveURL(new RegExp(`/timeline/\\?at=${YEAR_PAGE}$`));
  for (const id of ['lifespans', 'users', 'events']) {
    const figure = page.locator(`figure#${id}`);
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('atlas-chart')).toHaveAttribute('data-drawn', 'true');
    await expect(figure.locator('canvas'), id).toHaveAttribute('data-marked', `${YEAR_PAGE}-12-31`);
  }
  await page.goto('/timeline/?at=2012-02-30');
  await page.locator('figure#lifespans').scrollIntoViewIfNeeded();
  await expect(page.locator('figure#lifespans atlas-chart')).toHaveAttribute('data-drawn', 'true');
  await expect(page.locator('figure#lifespans canvas')).not.toHaveAttribute('data-marked', /./);
});

test('every year page, in both languages: HTML ≤ 25 KB gzip and no script (DESIGN §6)', () => {
  const years = readdirSync(join(DIST, 'years')).filter((name) => /^\d{4}$/.test(name));
  expect(years.length).toBeGreaterThan(30);
  for (const prefix of ['', 'ru/']) {
    for (const year of years) {
      const html = readFileSync(join(DIST, prefix, 'years', year, 'index.html'));
      expect(gzipSync(html, { level: 9 }).length, `${prefix}years/${year}`).toBeLessThanOrEqual(25 * KB);
      expect(html.toString('utf8'), `${prefix}years/${year}`).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
    }
  }
});
