// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['en', 'ru'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [contentCheck(), mdx()],
  // Strict CSP: Astro hashes every script and style it emits into a meta tag.
  security: { csp: true },
  // Shiki writes inline styles that the CSP would block; entries have no code to highlight.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Scripts stay external files so the CSP covers them.
      assetsInlineLimit: 0,
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
