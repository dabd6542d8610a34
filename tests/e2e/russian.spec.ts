// Russian pages are Russian and typeset: no «г..» anywhere, and no table cell in English outside
// an element marked lang="en" (proper names — messengers, publishers, titles, measurers,
// protocols — are names, not English text, and may stay in Latin letters).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ENTRY_IDS } from './support/site.ts';

const DIST = join(import.meta.dirname, '../../dist');
const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

test('no «г..» in any page or download', () => {
  const doubled = files(DIST)
    .filter((file) => /\.(?:html|json|csv|xml)$/.test(file))
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/.{0,30}г\.\./gs)].map((m) => `${file.slice(DIST.length)}: ${m[0]}`));
  expect(doubled).toEqual([]);
});

interface Dataset {
  messengers: {
    name: string;
    aliases?: string[];
    sources: { title: string; publisher: string }[];
    users: { measurer?: string }[];
    encryption?: { protocol?: string; history: { protocol?: string }[] };
    openSource?: { licence?: string };
  }[];
}

/** Proper names the data holds, longest first: they may stay in Latin letters on a Russian page. */
async function properNames(page: Page): Promise<string[]> {
  const data = (await (await page.request.get('/data/messengers.json')).json()) as Dataset;
  const names = data.messengers.flatMap((m) => [
    m.name,
    ...(m.aliases ?? []),
    ...m.sources.flatMap((s) => [s.title, s.publisher]),
    ...m.users.map((u) => u.measurer),
    m.encryption?.protocol,
    ...(m.encryption?.history ?? []).map((step) => step.protocol),
    m.openSource?.licence,
  ]);
  return [...new Set(names.filter((name): name is string => Boolean(name)))].sort((a, b) => b.length - a.length);
}

/**
 * Table cells whose text, proper names taken out, is still in Latin letters only: of the page as
 * drawn, or, given `html`, of that page's HTML as served (parsed in the page, scripts not run).
 */
async function englishCells(page: Page, names: string[], html?: string): Promise<string[]> {
  return page.evaluate(
    ({ names, html }) => {
      const main = html === undefined ? document.querySelector('main') : new DOMParser().parseFromString(html, 'text/html').querySelector('main');
      if (!main) return ['(no main element)'];
      const found: string[] = [];
      for (const cell of main.querySelectorAll('td, th')) {
        if (cell.closest('[lang]')?.getAttribute('lang') !== 'ru') continue;
        const copy = cell.cloneNode(true) as Element;
        // Parts marked with another language, and citations (bibliographic records), are not page text.
        for (const part of copy.querySelectorAll('[lang]:not([lang="ru"]), details.row-cite')) part.remove();
        let text = copy.textContent ?? '';
        // Taking names out never adds Latin letters, so a cell without two in a row is Russian as it is.
        if (!/[A-Za-z]{2,}/.test(text)) continue;
        for (const name of names) if (text.includes(name)) text = text.split(name).join(' ');
        text = text
          .replace(/\[\d+\]/g, ' ')
          .replace(/\s+/g, ' ')
          .trim();
        if (/[A-Za-z]{2,}/.test(text) && !/[А-Яа-яЁё]/.test(text)) found.push(text);
      }
      return found;
    },
    { names, html },
  );
}

const groups = [
  ['/ru/', '/ru/messengers/', '/ru/timeline/', `/ru/compare/?ids=${['whatsapp', 'telegram', 'icq', 'max'].filter((id) => ENTRY_IDS.includes(id)).join(',')}`],
  ...[0, 1, 2].map((part) => ENTRY_IDS.filter((_, i) => i % 3 === part).map((id) => `/ru/messengers/${id}/`)),
];

groups.forEach((paths, i) => {
  test(`Russian table cells are Russian or marked with their language (${i + 1}/${groups.length})`, async ({ page }) => {
    test.setTimeout(90_000);
    const names = await properNames(page);
    const offending: string[] = [];
    for (const path of paths) {
      let html: string | undefined;
      if (path.startsWith('/ru/messengers/') && path !== '/ru/messengers/') {
        // Entry pages are whole in their HTML (their tables need no script): read it as served,
        // without drawing the page, which takes a quarter of the time.
        const response = await page.request.get(path);
        expect(response.status(), path).toBe(200);
        html = await response.text();
      } else {
        await page.goto(path);
        if (path.includes('/compare/')) await expect(page.locator('.compare-table')).toBeVisible();
      }
      offending.push(...(await englishCells(page, names, html)).map((text) => `${path}: ${text}`));
    }
    expect(offending).toEqual([]);
  });
});
