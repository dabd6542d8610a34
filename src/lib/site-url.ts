/**
 * Every address the site writes goes through here, so the site works at a domain root and under
 * a base path (a GitHub project page) alike. The base and the public address come from
 * astro.config (src/site.config.ts) through Vite's `import.meta.env`; outside a build (unit tests)
 * the base is `/` and the address unknown.
 */

/** `/` or `/atlas/`: always with a slash at both ends. */
export const BASE_PATH: string = normaliseBase(import.meta.env?.BASE_URL ?? '/');

/** The public address with a trailing slash, or undefined when the build was not told it. */
export const SITE_URL: string | undefined = import.meta.env?.SITE ? normaliseBase(String(import.meta.env.SITE)) : undefined;

function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? (/^https?:/.test(base) ? `${base.replace(/\/+$/, '')}/` : `/${trimmed}/`) : '/';
}

/** A site path (`/data/x.json`, `/ru/`) as served: `/atlas/data/x.json`. */
export function withBase(path: string, base = BASE_PATH): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** The site path of a served path: `/atlas/ru/messengers/` → `/ru/messengers/`. */
export function withoutBase(pathname: string, base = BASE_PATH): string {
  if (base !== '/' && (pathname === base.slice(0, -1) || pathname.startsWith(base))) return `/${pathname.slice(base.length)}`;
  return pathname;
}

/**
 * The absolute address of a served path (base included), or undefined when the site's address
 * is not known: canonical links, hreflang, feeds and JSON-LD need one and are left out without it.
 */
export function absoluteUrl(servedPath: string, site = SITE_URL): string | undefined {
  return site ? new URL(servedPath, site).href : undefined;
}

/**
 * The address a citation gives: absolute when the site's address is known; otherwise the path as
 * served, never a made-up host (the page says the address is unknown).
 */
export function citableUrl(servedPath: string, site = SITE_URL): string {
  return absoluteUrl(servedPath, site) ?? servedPath;
}
