// Internal links of a built site: every href, src and data address (data-index, data-src,
// data-href) must resolve to a file in dist/, and every #fragment to an element on its page.
// Under a base path (a GitHub project page) every root-relative address must also start with it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

export interface LinkReport {
  broken: string[];
  checked: number;
  pages: number;
}

/** Every file under `dir`, as site paths (`/ru/index.html`). */
export function sitePaths(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sitePaths(full, root) : ['/' + relative(root, full).split(sep).join('/')];
  });
}

const ADDRESS = /\s(?:href|src|data-index|data-src|data-href)="([^"]*)"/g;

export function checkLinks(dist: string, base = '/'): LinkReport {
  const pages = new Map<string, { ids: Set<string>; html: string }>();
  for (const path of sitePaths(dist).filter((p) => p.endsWith('.html'))) {
    const html = readFileSync(join(dist, path), 'utf8');
    pages.set(path, { ids: new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)), html });
  }
  /** The file a site path is served from, or undefined. */
  const resolveFile = (sitePath: string): string | undefined => {
    const decoded = decodeURIComponent(sitePath);
    for (const candidate of [decoded, posix.join(decoded, 'index.html'), `${decoded}.html`]) {
      const file = join(dist, candidate);
      if (existsSync(file) && statSync(file).isFile()) return '/' + relative(dist, file).split(sep).join('/');
    }
    return undefined;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const [page, { html }] of pages) {
    // The address the page is served at: its folder under the base.
    const served = posix.join(base, posix.dirname(page), '/');
    for (const match of html.matchAll(ADDRESS)) {
      const raw = match[1]!.replace(/&amp;/g, '&');
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue;
      checked++;
      const [pathPart, fragment] = raw.split('#', 2) as [string, string | undefined];
      let target: string | undefined = page;
      if (pathPart !== '') {
        const absolute = posix.resolve(served, pathPart.split('?')[0]!);
        // posix.resolve drops the trailing slash: `/atlas/` comes back as `/atlas`.
        if (!`${absolute}/`.startsWith(base)) {
          broken.push(`${page}: ${raw} — outside the base path ${base}`);
          continue;
        }
        target = resolveFile(`/${absolute.slice(base.length)}`);
      }
      if (!target) {
        broken.push(`${page}: ${raw} — no such page`);
        continue;
      }
      if (fragment && target.endsWith('.html') && !pages.get(target)?.ids.has(decodeURIComponent(fragment))) {
        broken.push(`${page}: ${raw} — no element with id "${fragment}" on ${target}`);
      }
    }
  }
  return { broken, checked, pages: pages.size };
}

/**
 * Absolute addresses of the site itself (canonical, hreflang, og:url, JSON-LD, sitemap, feeds,
 * citations) in every text file of dist/: each must lie under `site`. Returns the ones that don't.
 */
export function addressesOutsideSite(dist: string, site: string): string[] {
  const origin = new URL(site).origin;
  const pattern = new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[^"'<>\\s)]*`, 'g');
  return sitePaths(dist)
    .filter((path) => /\.(?:html|xml|json|csv|txt)$/.test(path))
    .flatMap((path) =>
      [...readFileSync(join(dist, path), 'utf8').matchAll(pattern)]
        .map((m) => m[0])
        .filter((url) => !url.startsWith(site))
        .map((url) => `${path}: ${url}`),
    );
}
