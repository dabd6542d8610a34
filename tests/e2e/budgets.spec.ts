// DESIGN §6 byte budgets, measured on the built site (gzip -9), so a change that grows a page
// past its budget fails the test command. `npm run sizes` prints the full table.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { ENTRY_IDS, GUIDE_SLUGS } from './support/site.ts';

const DIST = join(import.meta.dirname, '../../dist');
const KB = 1024;
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w{}*,\s$]+from\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*[`"']([^`"']+)[`"']\s*\)/g;
const asset = (spec: string) => join('/_astro', spec.replace(/^\.\//, ''));

/** Scripts a page loads: its <script src> and their static imports, plus `import()`s when `later`. */
function scripts(page: string, later = false): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) visit(asset(spec!));
    if (later) for (const [, spec] of code.matchAll(DYNAMIC_IMPORT)) visit(asset(spec!));
  };
  for (const [, src] of html(page).matchAll(/<script[^>]+src="([^"]+)"/g)) visit(src!);
  return [...found];
}
const initialScripts = (page: string) => scripts(page);
const allScripts = (page: string) => scripts(page, true);

const bytes = (files: string[]) => files.reduce((sum, file) => sum + gz(join(DIST, file)), 0);

test.beforeAll(() => {
  expect(existsSync(join(DIST, 'index.html')), 'dist/ is built').toBe(true);
});

test('table page: HTML ≤ 40 KB and all of its JavaScript (search, filters, sort, fuse.js) ≤ 15 KB', () => {
  for (const prefix of ['', 'ru/']) {
    expect(gz(join(DIST, prefix, 'messengers/index.html')), `${prefix}messengers HTML`).toBeLessThanOrEqual(40 * KB * Math.max(1, ENTRY_IDS.length / 50));
    const js = allScripts(`${prefix}messengers`);
    expect(js.some((file) => file.includes('fuse')), 'fuse.js is counted').toBe(true);
    expect(bytes(js), `${prefix}messengers JS`).toBeLessThanOrEqual(15 * KB);
  }
});

test('entry pages and guides: at most a 3 KB loader before a chart is near; the chart chunk ≤ 60 KB', () => {
  const pages = [...ENTRY_IDS.map((id) => `messengers/${id}`), ...GUIDE_SLUGS.map((slug) => `guides/${slug}`)];
  let charted = 0;
  for (const page of pages.flatMap((page) => [page, `ru/${page}`])) {
    const initial = initialScripts(page);
    expect(bytes(initial), `${page}: JS before any chart`).toBeLessThanOrEqual(3 * KB);
    const hasChart = html(page).includes('<atlas-chart');
    expect(initial.some((file) => file.includes('ChartScript')), `${page}: chart loader only where there is a chart`).toBe(hasChart);
    if (!hasChart) continue;
    charted++;
    const later = allScripts(page).filter((file) => !initial.includes(file));
    expect(later.some((file) => file.includes('/draw.')), `${page}: chart chunk found`).toBe(true);
    expect(bytes(later), `${page}: chart chunk`).toBeLessThanOrEqual(60 * KB);
  }
  expect(charted, 'some entries have charts').toBeGreaterThan(10);
});

test('pages without charts or controls load no JavaScript at all', () => {
  for (const page of ['about', 'ru/about', 'changes', 'guides', 'ru/guides']) {
    expect(initialScripts(page), page).toEqual([]);
  }
});

test('/timeline/ HTML with the real dataset ≤ 80 KB', () => {
  for (const prefix of ['', 'ru/']) expect(gz(join(DIST, prefix, 'timeline/index.html')), `${prefix}timeline HTML`).toBeLessThanOrEqual(80 * KB);
});

test('the sources page: its filter (and the language link that keeps it) ≤ 2 KB of JavaScript', () => {
  for (const page of ['sources', 'ru/sources']) expect(bytes(initialScripts(page)), page).toBeLessThanOrEqual(2 * KB);
});

test('no page ships a source map or an unminified chart.js', () => {
  const files = readdirSync(join(DIST, '_astro'));
  expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
  for (const file of files.filter((file) => file.endsWith('.js'))) expect(readFileSync(join(DIST, '_astro', file), 'utf8')).not.toMatch(/\n\s{4,}\S/);
});
