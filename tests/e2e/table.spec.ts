import { METRIC_LABELS } from '../../src/lib/vocabulary.ts';
import { expect, test } from '@playwright/test';
import { ENTRY_IDS, LOCALES } from './support/site.ts';

test.use({ javaScriptEnabled: false });

for (const locale of LOCALES) {
  test(`${locale.code}: the comparison table is complete without JavaScript`, async ({ page }) => {
    await page.goto(`${locale.prefix}/messengers/`);
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

test('a user figure in the table names its metric and date', async ({ page }) => {
  await page.goto('/messengers/');
  const cell = page.locator('tbody td data').first();
  await expect(cell).toHaveAttribute('value', /^\d+$/);
  const text = await cell.locator('xpath=..').innerText();
  expect(Object.values(METRIC_LABELS.en).some((label) => text.includes(label)), text).toBe(true);
  expect(text).toMatch(/\d{4}/);
});
