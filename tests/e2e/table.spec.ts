import { METRIC_LABELS } from '../../src/lib/vocabulary.ts';
import { expect, test } from '@playwright/test';
import { ENTRY_IDS, LOCALES } from './support/site.ts';

test.use({ javaScriptEnabled: false });

for (const locale of LOCALES) {
  test(`${locale.code}: the comparison table is complete without JavaScript`, async ({ page }) => {
    await page.goto(`${locale.prefix}/messengers/`);
    // The search, filters and column choices need the script: without it they take no room.
    await expect(page.locator('form.table-controls')).toBeHidden();
    const table = page.getByRole('table');
    await expect(table.locator('thead th')).toHaveCount(8);
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(ENTRY_IDS.length);
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    expect([...ids].sort()).toEqual(ENTRY_IDS);
    for (const id of ENTRY_IDS) {
      const row = table.locator(`tr[data-id="${id}"]`);
      await expect(row.getByRole('link').first()).toHaveAttribute('href', `${locale.prefix}/messengers/${id}/`);
      await expect(row.locator('td')).toHaveCount(7);
    }
  });
}

test('the users column names its one metric and scope, and every figure shown is of that pair, dated', async ({ page }) => {
  await page.goto('/messengers/');
  const header = await page.locator('thead th[data-col="users"]').innerText();
  expect(header.toLowerCase()).toContain(METRIC_LABELS.en.mau);
  expect(header).toContain('worldwide');
  const shown = page.locator('tbody td[data-col="users"] [data-pair]:not([hidden])');
  expect(await shown.count()).toBeGreaterThanOrEqual(3);
  expect(new Set(await shown.evaluateAll((spans) => spans.map((s) => s.getAttribute('data-pair'))))).toEqual(new Set(['mau:world']));
  for (const text of await shown.allInnerTexts()) expect(text).toMatch(/\d{4}/);
  // A messenger without that pair says so rather than showing another metric.
  expect(await page.locator('tbody td[data-col="users"] [data-pair-none]:not([hidden])').count()).toBeGreaterThan(0);
});
