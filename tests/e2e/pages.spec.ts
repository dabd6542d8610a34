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

for (const { prefix } of LOCALES) {
  for (const { type, path } of pageTypes(prefix)) {
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
