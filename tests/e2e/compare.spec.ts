import { expect, test } from '@playwright/test';
import { parse as csvParse } from 'csv-parse/sync';

const parse = (text: string, delimiter: ',' | ';'): string[][] => csvParse(text, { bom: true, delimiter });
import { LOCALES } from './support/site.ts';

for (const { code, prefix } of LOCALES) {
  test(`${code} compare: one row per metric and scope, "no figure" where a messenger has none, a CSV and a citation of the view`, async ({ page }) => {
    await page.goto(`${prefix}/compare/?ids=telegram,whatsapp,max`);
    const table = page.locator('.compare-table');
    await expect(table).toBeVisible();
    // WhatsApp's worldwide monthly active users and its Russian panel reach are separate rows.
    const labels = await table.locator('tbody th').allInnerTexts();
    const usersRows = labels.filter((label) => /Russia|России|worldwide|мир/i.test(label));
    expect(usersRows.length).toBeGreaterThanOrEqual(2);
    expect(new Set(usersRows).size).toBe(usersRows.length);
    const noFigure = code === 'en' ? 'no figure' : 'нет данных';
    expect(await table.locator('td', { hasText: noFigure }).count()).toBeGreaterThan(0);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: code === 'en' ? 'Download CSV of this comparison' : 'Скачать CSV этого сравнения' }).click();
    const { readFileSync } = await import('node:fs');
    // From a Russian page the CSV is `;`-separated with Russian column names, for Excel in a Russian locale.
    expect((await download).suggestedFilename()).toMatch(/^messenger-atlas-compare-telegram-whatsapp-max-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = parse(readFileSync(await (await download).path(), 'utf8'), code === 'ru' ? ';' : ',');
    expect(header).toEqual(
      code === 'ru'
        ? ['факт (код)', 'факт', 'id', 'название', 'значение', 'дата', 'устарела', 'текст', 'источник (URL)']
        : ['fact', 'fact_label', 'id', 'name', 'value', 'date', 'stale', 'text', 'source_url'],
    );
    expect(new Set(rows.map((row) => row[2]))).toEqual(new Set(['telegram', 'whatsapp', 'max']));
    for (const row of rows.filter((r) => r[4] !== '')) expect(row[0], 'a figure row is one metric:scope pair').toMatch(/^[a-z-]+:(?:world|[A-Z]{2})$/);

    await page.getByText(code === 'en' ? 'Cite this comparison' : 'Сослаться на это сравнение').click();
    const gost = await page.locator('[data-cite] pre').first().innerText();
    expect(gost).toContain('/compare/?ids=telegram,whatsapp,max');
    expect(gost).toContain('Max');
  });
}
