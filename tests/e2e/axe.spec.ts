import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LOCALES, pageTypes } from './support/site.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const locale of LOCALES) {
  for (const { type, path } of pageTypes(locale.prefix)) {
    test(`axe: ${locale.code} ${type} has no WCAG 2.2 A/AA violation`, async ({ page }) => {
      // /sources/ lists every source cited (over 500): axe walks thousands of nodes there.
      test.setTimeout(90_000);
      await page.goto(path);
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
