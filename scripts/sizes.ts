// npm run sizes: gzip bytes of HTML, CSS and JS that each page type loads, from dist/.
// A page "loads" its own HTML plus every stylesheet and script it references.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = join(process.cwd(), 'dist');
if (!existsSync(DIST)) {
  console.error('dist/ does not exist: run npm run build first.');
  process.exit(1);
}

export const PAGE_TYPES: Record<string, string> = {
  overview: 'index.html',
  table: 'messengers/index.html',
  entry: 'messengers/telegram/index.html',
  guide: 'guides/history/index.html',
  sources: 'sources/index.html',
  data: 'data/index.html',
  changes: 'changes/index.html',
  about: 'about/index.html',
  notFound: '404.html',
};

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);

/** gzip sizes of one built page and the assets it references. */
export function pageWeight(file: string) {
  const html = readFileSync(join(DIST, file), 'utf8');
  const assets = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((m) => m[1]!))].filter((href) => href.startsWith('/'));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).reduce((sum, href) => sum + gz(readFileSync(join(DIST, href))), 0);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((sum, m) => sum + m[1]!.length, 0);
  const js = assets(/<script[^>]+src="([^"]+)"/g).reduce((sum, src) => sum + gz(readFileSync(join(DIST, src))), 0);
  return { html: gz(html), css, inlineCss, js };
}

if (import.meta.main) {
  console.log('page type   locale   HTML KB   CSS KB    JS KB   (gzip; CSS inlined in HTML is counted in HTML)');
  for (const [type, file] of Object.entries(PAGE_TYPES)) {
    for (const [locale, prefix] of [['en', ''], ['ru', 'ru/']] as const) {
      const path = type === 'notFound' && locale === 'ru' ? 'ru/404/index.html' : `${prefix}${file}`;
      if (!existsSync(join(DIST, path))) continue;
      const weight = pageWeight(path);
      console.log(`${type.padEnd(11)} ${locale.padEnd(6)} ${kb(weight.html)}    ${kb(weight.css)}   ${kb(weight.js)}`);
    }
  }
}
