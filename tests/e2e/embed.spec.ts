// Embeds: every chart offers an <iframe> snippet for a chart-only page under /embed/…, in both
// languages; that page draws the chart with its caption, its full table (readable without
// JavaScript), where its figures come from and a link back, under a CSP that opens nothing more.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { en } from '../../src/i18n/en.ts';
import { ru } from '../../src/i18n/ru.ts';
import { embedPageTypes, LOCALES, watchErrors } from './support/site.ts';

const CHARTS = [
  { page: '/timeline/', figure: 'users', embed: '/embed/timeline/users/', home: '/timeline/#users' },
  { page: '/timeline/', figure: 'lifespans', embed: '/embed/timeline/lifespans/', home: '/timeline/#lifespans' },
  { page: '/timeline/', figure: 'events', embed: '/embed/timeline/events/', home: '/timeline/#events' },
  { page: '/messengers/telegram/', figure: 'users-chart', embed: '/embed/messengers/telegram/users/', home: '/messengers/telegram/#users-chart' },
  { page: '/messengers/telegram/', figure: 'events-chart', embed: '/embed/messengers/telegram/events/', home: '/messengers/telegram/#events-chart' },
];

async function drawn(page: Page, selector = 'atlas-chart') {
  const host = page.locator(selector).first();
  await host.scrollIntoViewIfNeeded();
  await expect(host).toHaveAttribute('data-drawn', 'true');
  return host;
}

for (const { prefix, t } of [
  { prefix: '', t: en },
  { prefix: '/ru', t: ru },
]) {
  for (const chart of CHARTS) {
    test(`${prefix}${chart.page}#${chart.figure}: "${t['chart.embed']}" gives an iframe for ${prefix}${chart.embed}, which draws the chart and links back`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`${prefix}${chart.page}`);
      const figure = page.locator(`#${chart.figure}`);
      // Drawn first: the script makes the snippet's address absolute and adds the view.
      await drawn(page, `#${chart.figure} atlas-chart`);
      await figure.locator('.chart-embed summary').click();
      const snippet = (await figure.locator('[data-embed-code]').textContent())!;
      const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1];
      expect(src, snippet).toBeDefined();
      expect(new URL(src!).pathname).toBe(`${prefix}${chart.embed}`);
      expect(snippet).toMatch(/title="[^"]+"/);

      await page.goto(new URL(src!).pathname);
      await expect(page.locator('html')).toHaveAttribute('lang', prefix ? 'ru' : 'en');
      await expect(page.locator(`#${chart.figure} figcaption`)).toBeVisible();
      const host = await drawn(page);
      expect(await host.locator('tbody tr').count()).toBeGreaterThan(1);
      const back = page.locator(`a[href="${prefix}${chart.home}"]`).first();
      await expect(back).toBeVisible();
      expect(errors).toEqual([]);
    });
  }
}

test('the snippet and the link back carry the view a reader chose', async ({ page }) => {
  await page.goto('/timeline/');
  const host = await drawn(page, '#users atlas-chart');
  await host.locator('select[name="metric"]').selectOption('registered');
  const snippet = (await page.locator('#users [data-embed-code]').textContent())!;
  const src = /<iframe src="([^"]+)"/.exec(snippet)![1]!;
  expect(new URL(src).searchParams.get('metric')).toBe('registered');
  await page.goto(new URL(src).pathname + new URL(src).search);
  const embedded = await drawn(page);
  await expect(embedded.locator('select[name="metric"]')).toHaveValue('registered');
  expect(await embedded.locator('[data-permalink]').getAttribute('href')).toMatch(/^\/timeline\/\?metric=registered#users$/);
});

test('an embed draws inside an <iframe> on another page', async ({ page, baseURL }) => {
  const errors = watchErrors(page);
  // Someone else's page (about:blank, another origin than the site's), with the snippet in it.
  await page.setContent(`<!doctype html><title>host</title><link rel="icon" href="data:,"><iframe src="${baseURL}/ru/embed/timeline/events/" width="800" height="700"></iframe>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('atlas-chart')).toHaveAttribute('data-drawn', 'true');
  await expect(frame.locator('figcaption')).toHaveText(ru['chart.eventsCaption']);
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const { prefix } of LOCALES) {
    test(`${prefix || '/en'} embeds: caption, the full table, where the figures come from and the link back; no empty box`, async ({ page }) => {
      const json = await (await page.request.get('/data/messengers.json')).json();
      const total = json.messengers.reduce((sum: number, m: { users: unknown[] }) => sum + m.users.length, 0);
      await page.goto(`${prefix}/embed/timeline/users/`);
      await expect(page.locator('figcaption')).toBeVisible();
      await expect(page.locator('#users tbody tr')).toHaveCount(total);
      await expect(page.locator('#users tbody tr').first()).toBeVisible();
      await expect(page.locator('canvas')).toBeHidden();
      await expect(page.locator('.embed-credit a')).toHaveAttribute('href', `${prefix}/timeline/#users`);
      await page.goto(`${prefix}/embed/messengers/telegram/events/`);
      await expect(page.locator('#events-chart tbody tr').first()).toBeVisible();
      await expect(page.locator('#events-chart tbody tr td a[href^="https://"]').first()).toBeVisible();
    });
  }
});

for (const { prefix } of LOCALES) {
  for (const { type, path } of embedPageTypes(prefix)) {
    test(`${prefix || '/en'} ${type}: a CSP that opens nothing beyond scripts, styles and its own site, no frame-ancestors in meta, and no WCAG 2.2 A/AA violation`, async ({
      page,
      request,
    }) => {
      const html = await (await request.get(path)).text();
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      const directives = new Map(
        csp
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean)
          .map((d) => [d.split(' ')[0]!, d.split(' ').slice(1).join(' ')]),
      );
      for (const name of ['object-src', 'base-uri', 'frame-src', 'worker-src', 'img-src', 'font-src', 'media-src', 'manifest-src', 'form-action']) {
        expect(directives.get(name), name).toBe("'none'");
      }
      // Only to its own site (audits read robots.txt through the page); nothing on it fetches.
      expect(directives.get('connect-src')).toBe("'self'");
      expect(directives.has('frame-ancestors'), 'frame-ancestors is for the host’s headers').toBe(false);
      expect(csp).not.toContain('unsafe-inline');
      await page.goto(path);
      await drawn(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
