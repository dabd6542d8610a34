/**
 * Where the site is published, from one place: `ATLAS_SITE_URL`. An address with a path (a GitHub
 * project page, `https://user.github.io/messenger-atlas/`) also sets the base path every link,
 * asset, feed and citation lives under (`/messenger-atlas/`). astro.config.mjs reads this; pages
 * read the result through `import.meta.env.SITE` and `BASE_URL` (src/lib/site-url.ts).
 *
 * Without an address the build does not invent one: `site` is undefined, citations give the
 * page's path and say the address is unknown, and what needs an absolute address (canonical and
 * hreflang links, the sitemap, the feeds) is left out.
 */
export interface SiteAddress {
  /** The public address with a trailing slash, or undefined when it is not known. */
  site: string | undefined;
  /** The path the site is served under: `/` at a domain root, `/messenger-atlas/` under a project page. */
  base: string;
}

export function siteAddress(value: string | undefined): SiteAddress {
  const text = value?.trim();
  if (!text) return { site: undefined, base: '/' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ATLAS_SITE_URL: "${text}" is not an address (expected https://host/ or https://host/path/)`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
    throw new Error(`ATLAS_SITE_URL: "${text}" is not a plain web address (expected https://host/ or https://host/path/, without ?query or #fragment)`);
  }
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: `${url.origin}${base}`, base };
}
