// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';

// Where the site is published: citations, the sitemap and feeds use it. The default is a
// reserved placeholder domain; deployment sets ATLAS_SITE_URL to the real address.
const site = process.env.ATLAS_SITE_URL || 'https://messenger-atlas.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['en', 'ru'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', ru: 'ru' } }, filter: (page) => !/\/404\/?$/.test(page) }),
  ],
  // Strict CSP: Astro hashes every script and style it emits into a meta tag.
  security: { csp: true },
  // Shiki writes inline styles that the CSP would block; entries have no code to highlight.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Frontmatter completion and validation in VS Code (Astro extension), from the zod schemas.
  experimental: { contentIntellisense: true },
  vite: {
    build: {
      // Scripts stay external files so the CSP covers them.
      assetsInlineLimit: 0,
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
