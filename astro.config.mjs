// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { buildMdxProcessor } from './src/integrations/mdx-processor.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { cspTrim } from './src/integrations/csp-trim.ts';
import { siteAddress } from './src/site.config.ts';

// Where the site is published, and the base path it is served under, from one place.
const { site, base } = siteAddress(process.env.ATLAS_SITE_URL);

/**
 * Vite's manifest of the client scripts, at dist/_astro/manifest.json: which chunks each script
 * imports at once and which later, so the byte budgets read the build's own chunk graph. Astro
 * turns `build.manifest` off and deletes `.vite/` after the build, so the client build writes it
 * under another name.
 * @type {import('vite').Plugin}
 */
const clientManifest = {
  name: 'atlas:client-manifest',
  configEnvironment: (name) => (name === 'client' ? { build: { manifest: '_astro/manifest.json' } } : undefined),
};

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['en', 'ru'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    contentCheck(),
    // One parse of untrusted content (DESIGN §4): the safety rules run inside the build's own MDX
    // compiler and refuse a file before any of its code is generated; the check uses the same ones.
    mdx({ processor: buildMdxProcessor(base) }),
    // A sitemap lists absolute addresses: a build that does not know its address writes none.
    // Embed pages are copies of charts found on other pages (their canonical links name those).
    ...(site ? [sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', ru: 'ru' } }, filter: (page) => !/\/404\/?$/.test(page) && !page.includes('/embed/') })] : []),
    // Astro's CSP hashes every bundled script and style into every page; pages without inline code
    // need none of them (src/lib/csp-trim.ts).
    cspTrim(),
  ],
  // Strict CSP: Astro hashes every script and style it emits into a meta tag; everything else is
  // closed unless a page needs it. These directives hold on every page; each layout adds what its
  // pages fetch (BaseLayout: images, data, fonts, the form; EmbedLayout: nothing), since a page
  // can widen the policy but not narrow it. A meta CSP cannot set frame-ancestors: the README
  // lists the response headers a host should add.
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-src 'none'", "worker-src 'none'"],
    },
  },
  // Shiki writes inline styles that the CSP would block; entries have no code to highlight.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Frontmatter completion and validation in VS Code (Astro extension), from the zod schemas.
  experimental: { contentIntellisense: true },
  vite: {
    plugins: [clientManifest],
    build: {
      // Scripts stay external files so the CSP covers them.
      assetsInlineLimit: 0,
      rolldownOptions: {
        checks: { moduleLevelDirective: false },
        // The table's dated view and the citations opened on an entry page both need the partial-date
        // helpers. Left to itself the bundler gives them a file of their own, and the table then pays
        // a second file's gzip overhead against its 15 KB budget (DESIGN §6); kept with at-date.ts
        // they cost it nothing, and a citation loads 0.3 KB it does not use.
        output: { codeSplitting: { groups: [{ name: 'at-date', test: /src[\\/]lib[\\/](?:at-date|partial-date)\.ts$/ }] } },
      },
    },
  },
});
