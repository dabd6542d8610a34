// npm run sizes [-- <dist dir>]: gzip bytes of HTML, CSS and JS that each page type loads, from
// dist/ (or the directory given). A page "loads" its own HTML plus every stylesheet and script it
// references; scripts it imports later (fuse.js on first search, chart.js on scroll) are not counted.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const PAGE_TYPES: Record<string, string> = {
  overview: 'index.html',
  table: 'messengers/index.html',
  entry: 'messengers/telegram/index.html',
  compare: 'compare/index.html',
  timeline: 'timeline/index.html',
  guide: 'guides/history/index.html',
  sources: 'sources/index.html',
  letter: 'sources/t/index.html',
  data: 'data/index.html',
  changes: 'changes/index.html',
  about: 'about/index.html',
  year: 'years/2012/index.html',
  notFound: '404.html',
};

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);

/** gzip sizes of one built page (a path inside `dist`) and the assets it references. */
export function pageWeight(file: string, dist = join(process.cwd(), 'dist')) {
  const html = readFileSync(join(dist, file), 'utf8');
  const assets = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((m) => m[1]!))].filter((href) => href.startsWith('/'));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).reduce((sum, href) => sum + gz(readFileSync(join(dist, href))), 0);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((sum, m) => sum + m[1]!.length, 0);
  const js = assets(/<script[^>]+src="([^"]+)"/g).reduce((sum, src) => sum + gz(readFileSync(join(dist, src))), 0);
  return { html: gz(html), css, inlineCss, js };
}

export interface SizeRow {
  type: string;
  locale: 'en' | 'ru';
  path: string;
  html: number;
  css: number;
  js: number;
}

/** Every page type in both locales that exists in `dist`, with its gzip weights in bytes. */
export function pageSizes(dist: string): SizeRow[] {
  const rows: SizeRow[] = [];
  for (const [type, file] of Object.entries(PAGE_TYPES)) {
    for (const [locale, prefix] of [
      ['en', ''],
      ['ru', 'ru/'],
    ] as const) {
      const path = type === 'notFound' && locale === 'ru' ? 'ru/404/index.html' : `${prefix}${file}`;
      if (!existsSync(join(dist, path))) continue;
      const { html, css, js } = pageWeight(path, dist);
      rows.push({ type, locale, path, html, css, js });
    }
  }
  return rows;
}

/** The table `npm run sizes` prints. */
export function formatSizes(rows: SizeRow[]): string[] {
  return [
    'page type   locale   HTML KB   CSS KB    JS KB   (gzip; CSS inlined in HTML is counted in HTML)',
    ...rows.map((row) => `${row.type.padEnd(11)} ${row.locale.padEnd(6)} ${kb(row.html)}    ${kb(row.css)}   ${kb(row.js)}`),
  ];
}

if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(dist)) {
    console.error(`${dist} does not exist: run npm run build first.`);
    process.exit(1);
  }
  console.log(formatSizes(pageSizes(dist)).join('\n'));
}
