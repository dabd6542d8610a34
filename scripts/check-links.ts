// npm run validate:links: every internal link and #fragment in dist/ must resolve.
// External URLs are not fetched (the build machine may be offline); the content check vets them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

const DIST = join(process.cwd(), process.argv[2] ?? 'dist');
if (!existsSync(DIST)) {
  console.error(`${DIST} does not exist: run npm run build first.`);
  process.exit(1);
}

const pages = new Map<string, { ids: Set<string>; html: string }>();
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.html')) {
      const html = readFileSync(full, 'utf8');
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      pages.set('/' + relative(DIST, full).split(sep).join('/'), { ids, html });
    }
  }
};
walk(DIST);

/** The file a site URL path is served from, or undefined. */
function resolveFile(urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath);
  for (const candidate of [decoded, posix.join(decoded, 'index.html'), `${decoded}.html`]) {
    const file = join(DIST, candidate);
    if (existsSync(file) && statSync(file).isFile()) return '/' + relative(DIST, file).split(sep).join('/');
  }
  return undefined;
}

const broken: string[] = [];
let checked = 0;
for (const [page, { html }] of pages) {
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const raw = match[1]!.replace(/&amp;/g, '&');
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue;
    checked++;
    const [pathPart, fragment] = raw.split('#', 2) as [string, string | undefined];
    const target = pathPart === '' ? page : resolveFile(posix.resolve(posix.dirname(page), pathPart.split('?')[0]!));
    if (!target) {
      broken.push(`${page}: ${raw} — no such page`);
      continue;
    }
    if (fragment && target.endsWith('.html') && !pages.get(target)?.ids.has(decodeURIComponent(fragment))) {
      broken.push(`${page}: ${raw} — no element with id "${fragment}" on ${target}`);
    }
  }
}

for (const line of broken) console.log(line);
console.log(broken.length ? `✗ ${broken.length} broken of ${checked} internal links in ${pages.size} pages` : `✓ ${checked} internal links in ${pages.size} pages resolve`);
process.exitCode = broken.length ? 1 : 0;
