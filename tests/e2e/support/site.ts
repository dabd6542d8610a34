import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

const ROOT = join(import.meta.dirname, '../../..');

/** Entry ids read from content/, so the tests follow the data instead of hard-coding it. */
export const ENTRY_IDS = readdirSync(join(ROOT, 'content/messengers'))
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => name.replace(/\.mdx$/, ''))
  .sort();

/** Guides that exist in both languages. */
export const GUIDE_SLUGS = existsSync(join(ROOT, 'content/guides'))
  ? readdirSync(join(ROOT, 'content/guides'))
      .filter((name) => name.endsWith('.mdx') && !name.startsWith('_') && existsSync(join(ROOT, 'content/guides/ru', name)))
      .map((name) => name.replace(/\.mdx$/, ''))
      .sort()
  : [];

/** The year page the tests read: a year with launches, figures and rankings, well before the build year. */
export const YEAR_PAGE = 2012;

export const LOCALES = [
  { code: 'en', prefix: '' },
  { code: 'ru', prefix: '/ru' },
] as const;

/** One page of each type, in one locale. */
export function pageTypes(prefix: string) {
  const id = ENTRY_IDS.includes('telegram') ? 'telegram' : ENTRY_IDS[0]!;
  const guide = GUIDE_SLUGS[0];
  return [
    ...(guide ? [{ type: 'guide', path: `${prefix}/guides/${guide}/` }] : []),
    { type: 'overview', path: `${prefix}/` },
    { type: 'table', path: `${prefix}/messengers/` },
    { type: 'entry', path: `${prefix}/messengers/${id}/` },
    { type: 'about', path: `${prefix}/about/` },
    { type: 'timeline', path: `${prefix}/timeline/` },
    { type: 'data', path: `${prefix}/data/` },
    { type: 'compare', path: `${prefix}/compare/?ids=${ENTRY_IDS.slice(0, 2).join(',')}` },
    { type: 'sources', path: `${prefix}/sources/` },
    { type: 'letter', path: `${prefix}/sources/t/` }, // the letter with the most sources
    { type: 'changes', path: `${prefix}/changes/` },
    { type: 'guides', path: `${prefix}/guides/` },
    { type: 'year', path: `${prefix}/years/${YEAR_PAGE}/` },
    { type: '404', path: prefix ? `${prefix}/404/` : '/404.html' },
  ];
}

/** Chart-only pages for <iframe> embeds, in one locale: a timeline chart and an entry's. They have no site header, so they are apart from pageTypes. */
export function embedPageTypes(prefix: string) {
  const id = ENTRY_IDS.includes('telegram') ? 'telegram' : ENTRY_IDS[0]!;
  return [
    { type: 'embed', path: `${prefix}/embed/timeline/users/` },
    { type: 'embed-entry', path: `${prefix}/embed/messengers/${id}/events/` },
  ];
}

/** Collects console errors and uncaught exceptions for the page's lifetime. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().includes('/404')) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

/**
 * Sums the page's layout shifts not caused by input, as Lighthouse's CLS does (without its
 * session windows, so never less): call before `goto`, read with `layoutShift(page)`.
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts = { total: 0 };
    (window as unknown as { atlasShifts: typeof shifts }).atlasShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.total += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { atlasShifts: { total: number } }).atlasShifts.total);
}
