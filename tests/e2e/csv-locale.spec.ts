// The CSV of a table view opens in columns in Excel in either locale: from an English page RFC 4180
// with the machine column names, from a Russian page `;`-separated with Russian column names and
// codes in words. Its file is named by what it is and the build date.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { en } from '../../src/i18n/en.ts';
import { ru } from '../../src/i18n/ru.ts';
import { parse } from 'csv-parse/sync';

for (const { prefix, dictionary, separator } of [
  { prefix: '', dictionary: en, separator: ',' },
  { prefix: '/ru', dictionary: ru, separator: ';' },
] as const) {
  test(`${prefix || '/en'}: the CSV of the view is named by what and when, in the page's language`, async ({ page }) => {
    await page.goto(`${prefix}/messengers/?figure=monthly-reach:RU`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: dictionary['table.csv'] }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^messenger-atlas-table-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await file.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parse(text, { bom: true, delimiter: separator }) as string[][];
    expect(rows.length).toBeGreaterThan(10);
    const column = (name: keyof typeof en) => {
      const index = header!.indexOf(dictionary[name]);
      expect(index, `${dictionary[name]} is a column`).toBeGreaterThanOrEqual(0);
      return new Set(rows.map((row) => row[index]));
    };
    expect(column('csv.view.metric')).toEqual(new Set([separator === ';' ? ru['metric.monthly-reach'] : 'monthly-reach']));
    expect(column('csv.view.scope')).toEqual(new Set([separator === ';' ? 'Россия' : 'RU']));
    const statuses = separator === ';' ? ['', ru['russia.available'], ru['russia.restricted'], ru['russia.blocked']] : ['', 'available', 'restricted', 'blocked'];
    for (const status of column('csv.view.status_in_russia')) expect(statuses).toContain(status);
  });
}
