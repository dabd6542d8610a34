import { expect, test } from '@playwright/test';
import { LOCALES, pageTypes } from './support/site.ts';

// That every page type renders in both languages with no console error is checked in axe.spec.ts,
// in the same visit as its accessibility check.
// That every entry page exists and each numbered source reference lands on its source is checked
// in dist/ by npm run validate:links, for every link of every page.

test('an unknown address answers 404 with the site’s page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

/** The CSP every page carries (DESIGN §5), beyond script-src and style-src. */
const REQUIRED_CSP = ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "img-src 'self' data: blob:", "frame-src 'none'"];

// Words Lighthouse's SEO audit "link-text" takes for a link that does not say where it goes.
const VAGUE_LINK_TEXT =
  /^(click here|click this|go|here|information|learn more|more|more info|more information|right here|read more|see more|start|this|подробнее|здесь|тут|далее|ещё|читать далее|нажмите здесь)$/i;

for (const { prefix, code } of LOCALES) {
  for (const { type, path } of pageTypes(prefix)) {
    // npm run lighthouse measures the Russian pages only; what its SEO and best-practice audits read
    // in a page's markup is checked here in both languages (its console errors in axe.spec.ts).
    test(`${prefix || '/en'} ${type}: the head and links a search engine reads, in its language`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html.slice(0, 15).toLowerCase(), 'doctype').toBe('<!doctype html>');
      expect(/<html lang="([^"]+)"/.exec(html)?.[1]).toBe(code);
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head.slice(0, 1024), 'charset in the first 1,024 bytes').toContain('<meta charset="utf-8">');
      expect(head).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1">/);
      expect(/<title>([^<]+)<\/title>/.exec(head)?.[1]?.trim(), 'title').toBeTruthy();
      expect(/<meta name="description" content="([^"]*)">/.exec(head)?.[1]?.trim(), 'description').toBeTruthy();
      expect(head, 'nothing keeps it out of search').not.toMatch(/noindex|nofollow/);
      for (const [, lang] of html.matchAll(/\bhreflang="([^"]*)"/g)) expect(LOCALES.map((l) => l.code as string)).toContain(lang);
      for (const [, text] of html.matchAll(/<a\b[^>]*\bhref="[^"]*"[^>]*>([^<]*)<\/a>/g)) expect(text!.trim(), 'link text').not.toMatch(VAGUE_LINK_TEXT);
    });

    test(`${prefix || '/en'} ${type}: a complete CSP, and every external link opens safely`, async ({ request }) => {
      const html = await (await request.get(path)).text();
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, 'a CSP meta tag').toBeTruthy();
      const directives = csp!.split(';').map((d) => d.trim());
      for (const directive of REQUIRED_CSP) expect(directives).toContain(directive);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      // No page has inline code, so none carries the hashes Astro writes for it (src/lib/csp-trim.ts).
      expect(csp).not.toMatch(/'sha(256|384|512)-/);
      for (const [, tag] of html.matchAll(/(<a\b[^>]*\bhref="(?:https?:)?\/\/[^"]*"[^>]*>)/g)) {
        expect(tag, 'external link').toMatch(/\brel="noopener noreferrer"/);
      }
    });
  }
}
