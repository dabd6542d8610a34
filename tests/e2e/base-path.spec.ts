// The site as a GitHub project page: built under https://example.org/atlas/ into a folder of its
// own and served under /atlas/ only, so any address that misses the base is a 404 here.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BASE_BUILD, buildUnderBase, problemsUnderBase } from '../../scripts/lib/base-build.ts';
import { serveUnderBase } from './support/static-server.ts';
import { watchErrors } from './support/site.ts';

test.describe.configure({ mode: 'serial' });

let outDir = '';
let origin = '';
let server: Server | undefined;
const at = (path: string) => `${origin}${BASE_BUILD.base}${path.replace(/^\//, '')}`;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  outDir = mkdtempSync(join(tmpdir(), 'atlas-base-e2e-'));
  buildUnderBase(outDir);
  ({ origin, server } = await serveUnderBase(outDir, BASE_BUILD.base));
});

test.afterAll(() => {
  server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test('every link, asset, data address, feed, sitemap entry and citation lives under the base', () => {
  expect(problemsUnderBase(outDir)).toEqual([]);
});

test('the feeds and the sitemap list absolute addresses under the base', async ({ request }) => {
  for (const path of ['changes.xml', 'ru/changes.xml']) {
    const xml = await (await request.get(at(path))).text();
    expect(xml).toContain(`<link>${BASE_BUILD.site}${path.startsWith('ru') ? 'ru/' : ''}messengers/`);
  }
  const sitemap = await (await request.get(at('sitemap-0.xml'))).text();
  expect(sitemap).toContain(`<loc>${BASE_BUILD.site}ru/messengers/telegram/</loc>`);
});

test('pages work under the base: table search, a drawn chart, the comparison, no failed request', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(at('/messengers/'));
  await page.getByRole('searchbox', { name: 'Search' }).fill('telegram');
  await expect(page.locator('atlas-table tbody tr')).toHaveCount(1);
  await page.goto(at('/messengers/telegram/'));
  const chart = page.locator('#users-chart atlas-chart');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-drawn', 'true');
  await page.goto(at('/compare/?ids=whatsapp,telegram'));
  await expect(page.locator('.compare-table th[scope="col"] a')).toHaveText(['WhatsApp', 'Telegram']);
  expect(errors).toEqual([]);
});

test('citations, canonical links and the language switch carry the full address', async ({ page }) => {
  await page.goto(at('/ru/messengers/telegram/'));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${BASE_BUILD.site}ru/messengers/telegram/`);
  await expect(page.locator('details.cite pre').first()).toContainText(`URL: ${BASE_BUILD.site}ru/messengers/telegram/ (дата обращения:`);
  await expect(page.locator('details.cite .cite-note')).toHaveCount(0);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(at('/messengers/telegram/'));
});

test('"Suggest a correction" opens the issue form filled in with the page, "Edit this page" the file', async ({ page }) => {
  const repository = `https://github.com/${BASE_BUILD.repository}`;
  await page.goto(at('/ru/messengers/telegram/'));
  const correction = new URL((await page.getByRole('link', { name: 'Предложить исправление' }).getAttribute('href')) ?? '');
  expect(`${correction.origin}${correction.pathname}`).toBe(`${repository}/issues/new`);
  expect(correction.searchParams.get('template')).toBe('correct-a-fact-ru.yml');
  expect(correction.searchParams.get('title')).toBe('Исправление: Telegram');
  expect(correction.searchParams.get('page')).toBe(`${BASE_BUILD.site}ru/messengers/telegram/`);
  await expect(page.getByRole('link', { name: 'Править факты' })).toHaveAttribute('href', `${repository}/edit/main/content/messengers/telegram.mdx`);
  await expect(page.getByRole('link', { name: 'Править русский текст' })).toHaveAttribute('href', `${repository}/edit/main/content/messengers/ru/telegram.mdx`);
  await page.goto(at('/guides/history/'));
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', `${repository}/edit/main/content/guides/history.mdx`);
  const guideCorrection = new URL((await page.getByRole('link', { name: 'Suggest a correction' }).getAttribute('href')) ?? '');
  expect(guideCorrection.searchParams.get('template')).toBe('correct-a-fact.yml');
  expect(guideCorrection.searchParams.get('page')).toBe(`${BASE_BUILD.site}guides/history/`);
});
