import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { LOCALES, pageTypes, watchErrors } from './support/site.ts';

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
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('axe: dark colour scheme passes colour contrast too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const table = pageTypes('').find((candidate) => candidate.type === 'table');
  expect(table, 'the table page type').toBeDefined();
  await page.goto(table!.path);
  expect(await axeViolations(page)).toEqual([]);
});
