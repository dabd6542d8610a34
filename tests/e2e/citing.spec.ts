import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { siteAddress } from '../../src/site.config.ts';
import { CITATION_STYLES, formatCitation } from '../../src/lib/citation.ts';
import type { Source } from '../../src/schemas/source.ts';
import { ENTRY_IDS } from './support/site.ts';
import { coverage, COVERAGE_FIELDS, plainFactFootnotes } from '../../src/lib/coverage.ts';

/** The address the served build was given (npm test builds without one): citations use it, or the path. */
const { site: SITE } = siteAddress(process.env['ATLAS_SITE_URL']);
const address = (path: string) => (SITE ? new URL(path.slice(1), SITE).href : path);

interface Dataset {
  built: string;
  messengers: {
    id: string;
    name: string;
    users: { date: string; value: number; metric: string; source: string }[];
    events: unknown[];
    encryption?: { history: unknown[] };
    sources: { id: string; url: string }[];
    summaryRu?: string;
    latest: Record<string, { value: number; date: string }>;
  }[];
}

test('messengers.json validates against the published JSON Schema', async ({ request }) => {
  const schema = await (await request.get('/schema/messenger.schema.json')).json();
  const data = (await (await request.get('/data/messengers.json')).json()) as Dataset;
  expect(data.messengers.map((m) => m.id).sort()).toEqual(ENTRY_IDS);
  // Formats (uri) are not checked here: the content check already refuses anything but https URLs.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(schema);
  for (const { summaryRu, latest, ...messenger } of data.messengers) {
    expect(summaryRu, `${messenger.id} has a Russian summary`).toBeTruthy();
    // `latest` holds one figure per (metric, scope) pair: the newest of exactly that pair.
    const pairs = new Set(messenger.users.map((u) => `${u.metric}:${(u as { scope?: string }).scope}`));
    expect(new Set(Object.keys(latest)), messenger.id).toEqual(pairs);
    for (const [pair, point] of Object.entries(latest)) {
      const dates = messenger.users.filter((u) => `${u.metric}:${(u as { scope?: string }).scope}` === pair).map((u) => u.date);
      expect(dates, `${messenger.id} ${pair}`).toContain(point.date);
    }
    expect(validate(messenger), `${messenger.id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  }
  expect(validate({ id: 'Bad Id', name: 'x' })).toBe(false);
});

test('the CSV downloads are UTF-8 with BOM and match the JSON, row for row', async ({ request }) => {
  const data = (await (await request.get('/data/messengers.json')).json()) as Dataset;
  const csv = async (name: string) => {
    const response = await request.get(`/data/${name}`);
    expect(response.headers()['content-type']).toContain('text/csv');
    const text = (await response.body()).toString('utf8');
    expect(text.charCodeAt(0), `${name} starts with a BOM`).toBe(0xfeff);
    // Read by a kept library (csv-parse), not by the writer's own code; columns: true keys each row by the header.
    return parseCsv<Record<string, string>>(text, { bom: true, columns: true });
  };
  const users = await csv('user-counts.csv');
  const expected = data.messengers.flatMap((m) =>
    m.users.map((point) => ({ id: m.id, date: point.date, value: String(point.value), metric: point.metric, url: m.sources.find((s) => s.id === point.source)!.url })),
  );
  expect(users.map((row) => ({ id: row['messenger_id'], date: row['date'], value: row['value'], metric: row['metric'], url: row['source_url'] }))).toEqual(expected);
  expect((await csv('events.csv')).length).toBe(data.messengers.reduce((sum, m) => sum + m.events.length, 0));
  expect((await csv('sources.csv')).length).toBe(data.messengers.reduce((sum, m) => sum + m.sources.length, 0));
  expect((await csv('encryption.csv')).length).toBe(data.messengers.reduce((sum, m) => sum + (m.encryption?.history.length ?? 0), 0));
  const rows = await csv('messengers.csv');
  // A name a spreadsheet would read as a formula (+Message) keeps a leading apostrophe: data, never code.
  const asText = (name: string) => (/^[=+\-@]/.test(name) ? `'${name}` : name);
  expect(rows.map((row) => row['name'])).toEqual(data.messengers.map((m) => asText(m.name)));
  // One column group per (metric, scope): Telegram's latest worldwide MAU has its source URL.
  const telegram = rows.find((row) => row['id'] === 'telegram');
  expect(telegram, 'messengers.csv has a Telegram row').toBeDefined();
  expect(telegram?.['mau_world_source_url']).toMatch(/^https:\/\//);
  expect(Object.keys(telegram ?? {})).not.toContain('mau_source_url');
});

test('"cite this" gives GOST and APA for the page, and copies to the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/ru/messengers/telegram/');
  const cite = page.locator('details.cite').first();
  await cite.locator('summary').click();
  const gost = cite.locator('pre').first();
  await expect(gost).toContainText(`URL: ${address(`/ru/messengers/telegram/`)} (дата обращения:`);
  await expect(gost).toContainText('(дата обращения:');
  await expect(gost).toContainText('Текст : электронный.');
  await cite.getByRole('button', { name: 'Копировать' }).first().click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await gost.innerText());
  await expect(cite.locator('pre').nth(1)).toContainText(`. Атлас мессенджеров. ${address(`/ru/messengers/telegram/`)}`);
  // Never a made-up host: a build without its address says it cites a path (base-path.spec.ts covers one with it).
  await expect(cite.locator('.cite-note')).toHaveCount(SITE ? 0 : 1);
  expect(await page.content()).not.toContain('messenger-atlas.example');
});

// The page carries each source's record, and the browser formats it when the reader opens its
// citation (CiteTemplate): what it makes must be what the library makes of the published record.
test('every source on an entry page can be cited in its own right, exactly as the dataset records it', async ({ page, request }) => {
  const data = (await (await request.get('/data/messengers.json')).json()) as { messengers: { id: string; sources: Source[] }[] };
  for (const [path, locale] of [
    ['/messengers/telegram/', 'en'],
    ['/ru/messengers/telegram/', 'ru'],
  ] as const) {
    await page.goto(path);
    const items = page.locator('#sources li');
    const sources = data.messengers.find((m) => m.id === 'telegram')?.sources ?? [];
    expect(await items.count()).toBe(sources.length);
    // The first, a middle and the last: authors, a publication date and neither are all among them.
    for (const i of [0, Math.floor(sources.length / 2), sources.length - 1]) {
      const source = sources[i]!;
      const item = items.nth(i);
      await expect(item).toHaveAttribute('id', `source-${source.id}`);
      await item.locator('details.cite summary').click();
      const blocks = item.locator('details.cite pre');
      await expect(blocks).toHaveCount(CITATION_STYLES.length);
      for (const [n, style] of CITATION_STYLES.entries()) await expect(blocks.nth(n)).toHaveText(formatCitation(source, style, locale));
      await expect(item.getByRole('button', { name: locale === 'ru' ? 'Копировать' : 'Copy' }).first()).toBeVisible();
    }
  }
});

// That each link lands on an element of its entry page is the link check's job (npm run validate:links).
test('the sources index links each fact back to its entry', async ({ page }) => {
  await page.goto('/sources/t/'); // the letter with the most sources
  const hrefs = await page.locator('.facts-cited a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(100);
  for (const href of hrefs) expect(href).toMatch(/^\/messengers\/[a-z0-9-]+\/#./);
});

test('feeds and the sitemap exactly when the build knows its address; structured data always', async ({ request, page }) => {
  // Their links must be absolute, so a build without an address writes none (base-path.spec.ts builds one with it).
  for (const path of ['/changes.xml', '/ru/changes.xml']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(SITE ? 200 : 404);
    if (SITE) expect(await response.text()).toContain('<item>');
  }
  expect((await request.get('/sitemap-index.xml')).status()).toBe(SITE ? 200 : 404);
  await page.goto(`/messengers/${ENTRY_IDS[0]}/`);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld['@type']).toBe('WebPage');
  expect(ld.citation.length).toBeGreaterThan(0);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
});

test('an entry prints as a fact sheet with its sources written out', async ({ page }) => {
  await page.goto(`/messengers/${ENTRY_IDS[0]}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner').getByRole('navigation')).toBeHidden();
  const after = await page
    .locator('#sources li a[href^="http"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://');
});

test('the data page says how complete the data is, counted from the data it offers for download', async ({ page, request }) => {
  const data = (await (await request.get('/data/messengers.json')).json()) as Dataset;
  // The dataset carries every field the entries have; count it independently of the page.
  const expected = coverage(data.messengers as unknown as Parameters<typeof coverage>[0], data.built);
  expect(expected.running).toBeGreaterThan(0);
  for (const path of ['/data/', '/ru/data/']) {
    await page.goto(path);
    const rows = page.locator('table.coverage tbody tr');
    await expect(rows).toHaveCount(COVERAGE_FIELDS.length);
    for (const row of expected.rows) {
      const cells = page.locator(`table.coverage tr[data-field="${row.field}"] td`);
      // Digits only: the Russian page groups thousands with a narrow space.
      const digits = async (i: number) =>
        (await cells.nth(i).innerText())
          .replace(/[^\d ]/g, '')
          .trim()
          .split(/\s+/)
          .map(Number);
      expect(await digits(0), `${path} ${row.field}`).toEqual([row.of - row.unknown, row.of]);
      expect(await digits(1), `${path} ${row.field}`).toEqual([row.unknown]);
      // The gaps by messenger: exactly the entries the count calls unknown, each linked.
      const links = page.locator(`details[data-gaps="${row.field}"] a`);
      const ids = (await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))).map((href) => /\/messengers\/([^/]+)\/$/.exec(href)?.[1]);
      expect(ids.sort(), `${path} ${row.field}`).toEqual([...row.unknownIds].sort());
    }
    // The plain facts and how many have their footnote, counted from the same file.
    const plain = plainFactFootnotes(data.messengers as unknown as Parameters<typeof plainFactFootnotes>[0]);
    expect(plain.footnoted).toBeGreaterThan(0);
    const said = (await page.locator('p[data-footnotes]').innerText())
      .replace(/[^\d ]/g, '')
      .trim()
      .split(/\s+/)
      .map(Number);
    expect(said, path).toEqual([plain.given, plain.footnoted]);
  }
});
