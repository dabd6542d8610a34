import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LOCALES, pageTypes, watchErrors } from './support/site.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// Every page type in both languages, opened once: it renders (its language, its heading, the site
// navigation) with no console error and no failed request, then axe finds no WCAG 2.2 A/AA
// violation. (The two checks were separate tests that opened each page twice, the sources pages and
// the fullest entry page, the heaviest, included.)
for (const locale of LOCALES) {
  for (const { type, path } of pageTypes(locale.prefix)) {
    test(`${locale.code} ${type} page renders with no console error, and axe finds no WCAG 2.2 A/AA violation`, async ({ page }) => {
      // A letter's sources page and the fullest entry page have thousands of nodes for axe to walk.
      test.setTimeout(90_000);
      const errors = watchErrors(page);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('banner').getByRole('navigation')).toBeVisible();
      expect(errors, 'console errors and failed requests').toEqual([]);
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}

test('axe: dark colour scheme passes colour contrast too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const table = pageTypes('').find((candidate) => candidate.type === 'table');
  expect(table, 'the table page type').toBeDefined();
  await page.goto(table!.path);
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
