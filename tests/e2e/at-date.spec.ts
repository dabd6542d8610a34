// The table and compare as of a date (?at=, #19): what is shown, sorted, filtered and downloaded is
// the state of that day; the date lives in the URL and in a date control; a bad date is refused
// with a message that never echoes it.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';

import { VIEW_CSV_HEADER } from '../../src/lib/table-rows.ts';
import { ENTRY_IDS, LOCALES } from './support/site.ts';

// From a Russian page the CSVs are ';'-separated with Russian headers (Excel in a Russian locale):
// columns are found by their position in the machine header, the same in both languages.
const parseCsv = (text: string, delimiter: string): string[][] => parse(text, { bom: true, delimiter });

const words = {
  en: {
    asOf: 'As of',
    asOfColumn: 'as_of',
    csv: 'Download CSV of this view',
    compareCsv: 'Download CSV of this comparison',
    cite: 'Cite this comparison',
    blocked: 'Blocked',
    status: 'Status',
    notLaunched: 'not launched yet',
    notADate: 'That is not a date',
    range: 'must lie between',
  },
  ru: {
    asOf: 'На дату',
    asOfColumn: 'на дату',
    csv: 'Скачать CSV с этой выборкой',
    compareCsv: 'Скачать CSV этого сравнения',
    cite: 'Сослаться на это сравнение',
    blocked: 'Заблокирован',
    status: 'Статус',
    notLaunched: 'ещё не запущен',
    notADate: 'Это не дата',
    range: 'Дата должна быть',
  },
} as const;

const rowIds = (page: Page) => page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));
const countText = (page: Page) => page.locator('[data-result-count]').innerText();

async function download(page: Page, button: string, code: 'en' | 'ru') {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return parseCsv(readFileSync(await file.path(), 'utf8'), code === 'ru' ? ';' : ',');
}

for (const { code, prefix } of LOCALES) {
  const w = words[code];

  test(`${code} table ?at=2012: rows launched by then, names, figures and statuses of that day`, async ({ page }) => {
    await page.goto(`${prefix}/messengers/?at=2012&sort=users:desc`);
    const message = page.locator('[data-at-message]');
    await expect(message).toContainText('2012');
    await expect(page.getByLabel(w.asOf, { exact: true })).toHaveValue('2012');
    const ids = await rowIds(page);
    expect(ids).toContain('icq');
    expect(ids).not.toContain('telegram');
    expect(ids.length).toBeLessThan(ENTRY_IDS.length);
    expect(await countText(page)).toContain(String(ids.length));
    await expect(page.locator('tr[data-id="qq"] th a')).toHaveText('QQ');
    // Every figure shown is dated 2012 or earlier, and sorting uses those figures.
    const dates = await page.locator('td[data-col="users"] [data-pair]:not([hidden]) time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(3);
    for (const date of dates) expect(date <= '2012-12-31', date).toBe(true);
    const values = await page.locator('td[data-col="users"] [data-pair]:not([hidden]) data').evaluateAll((data) => data.map((d) => Number(d.getAttribute('value'))));
    expect(values).toEqual([...values].sort((a, b) => b - a));

    await page.goto(`${prefix}/messengers/?at=1999`);
    await expect(page.locator('tr[data-id="qq"] th a')).toHaveText('OICQ');
  });

  test(`${code} table ?at=: filters read the statuses of that day, and the CSV is the view of that day`, async ({ page }) => {
    await page.goto(`${prefix}/messengers/?ru=blocked&at=2018-06`);
    await expect(page.locator('tr[data-id="telegram"] td[data-col="ru"]')).toHaveText(w.blocked);
    await page.goto(`${prefix}/messengers/?ru=blocked&at=2021`);
    await expect(page.locator('[data-at-message]')).toContainText('2021');
    expect(await rowIds(page)).not.toContain('telegram');

    await page.goto(`${prefix}/messengers/?at=2012`);
    await expect(page.locator('[data-at-message]')).toContainText('2012');
    const [header, ...rows] = await download(page, w.csv, code);
    expect(header!.at(-1)).toBe(w.asOfColumn);
    const column = (name: string) => (name === 'as_of' ? header!.length - 1 : (VIEW_CSV_HEADER as readonly string[]).indexOf(name));
    expect(rows.length).toBe((await rowIds(page)).length);
    for (const row of rows) {
      expect(row[column('as_of')]).toBe('2012');
      expect(row[column('id')]).not.toBe('telegram');
      const date = row[column('users_date')]!;
      if (date) expect(date.slice(0, 4) <= '2012', date).toBe(true);
    }
    expect(rows.filter((row) => row[column('users_date')]).length).toBeGreaterThan(3);
  });

  test(`${code} table: the date control puts the date in the URL, and clearing it shows today`, async ({ page }) => {
    await page.goto(`${prefix}/messengers/`);
    const input = page.getByLabel(w.asOf, { exact: true });
    await input.fill('2015-06');
    await input.press('Enter');
    await expect(page).toHaveURL(/[?&]at=2015-06(?:&|$)/);
    await expect(page.locator('[data-at-message]')).toContainText('2015');
    expect(await rowIds(page)).not.toContain('max');
    await input.fill('');
    await input.press('Enter');
    await expect(page).not.toHaveURL(/at=/);
    await expect(page.locator('[data-at-message]')).toBeEmpty();
    expect(await countText(page)).toContain(String(ENTRY_IDS.length));
    await expect(page.locator('tr[data-id="qq"] th a')).toHaveText('QQ');
  });

  test(`${code} table: a bad date is refused with a message and never echoed`, async ({ page }) => {
    const bad = '<img src=x onerror=alert(1)>';
    await page.goto(`${prefix}/messengers/?at=${encodeURIComponent(bad)}`);
    const message = page.locator('[data-at-message]');
    await expect(message).toContainText(w.notADate);
    await expect(message).toHaveAttribute('aria-live', 'polite');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.content()).not.toContain('onerror=alert');
    expect(await countText(page)).toContain(String(ENTRY_IDS.length));
    await expect(page).not.toHaveURL(/at=/);

    await page.goto(`${prefix}/messengers/?at=2099`);
    await expect(message).toContainText(w.range);
    const input = page.getByLabel(w.asOf, { exact: true });
    await input.fill('2012');
    await input.press('Enter');
    await expect(page).toHaveURL(/at=2012/);
    await input.fill('2012-02-30');
    await input.press('Enter');
    await expect(message).toContainText(w.notADate);
    await expect(page).toHaveURL(/at=2012(?:&|$)/);
  });

  test(`${code} compare ?at=: the cells, names, CSV and citation of that day`, async ({ page }) => {
    await page.goto(`${prefix}/compare/?ids=telegram,whatsapp,qq&at=2012`);
    const table = page.locator('.compare-table');
    await expect(table).toBeVisible();
    await expect(table.locator('caption')).toContainText('2012');
    await expect(page.locator('[data-at-message]')).toContainText('2012');
    const column = async (name: string) => (await table.locator('thead th').allInnerTexts()).findIndex((text) => text.trim() === name);
    const telegram = await column('Telegram');
    expect(telegram).toBeGreaterThan(0);
    const status = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: w.status, exact: true }) });
    expect(
      await status
        .locator('td')
        .nth(telegram - 1)
        .innerText(),
    ).toBe(w.notLaunched);
    // Every figure's own date (in its text) is 2012 or earlier.
    for (const text of await table.locator('td', { has: page.locator('a.ref') }).allInnerTexts()) {
      for (const [year] of text.matchAll(/\b(?:19|20)\d\d\b/g)) expect(Number(year), text).toBeLessThanOrEqual(2012);
    }
    const [header, ...rows] = await download(page, w.compareCsv, code);
    expect(header!.at(-1)).toBe(w.asOfColumn);
    for (const row of rows) expect(row.at(-1)).toBe('2012');
    await page.getByText(w.cite).click();
    expect(await page.locator('[data-cite] pre').first().innerText()).toContain('/compare/?ids=telegram,whatsapp,qq&at=2012');

    await page.goto(`${prefix}/compare/?ids=qq,icq&at=1999`);
    await expect(page.locator('.compare-table thead')).toContainText('OICQ');
  });

  test(`${code} compare: the date control and a refused date`, async ({ page }) => {
    await page.goto(`${prefix}/compare/?ids=telegram,whatsapp&at=2012-13`);
    await expect(page.locator('[data-at-message]')).toContainText(w.notADate);
    await expect(page.locator('.compare-table caption')).not.toContainText('2012');
    const input = page.getByLabel(w.asOf, { exact: true });
    await input.fill('2014');
    await input.press('Enter');
    await expect(page).toHaveURL(/\?ids=telegram,whatsapp&at=2014$/);
    await expect(page.locator('.compare-table caption')).toContainText('2014');
  });
}
