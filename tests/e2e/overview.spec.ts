import { expect, test } from '@playwright/test';
import { LOCALES } from './support/site.ts';

for (const { code, prefix } of LOCALES) {
  test(`${code} overview: every ranking holds one metric and one scope, ranked by value`, async ({ page }) => {
    await page.goto(`${prefix}/`);
    const rankings = page.locator('section.ranking');
    expect(await rankings.count()).toBeGreaterThan(0);
    for (const ranking of await rankings.all()) {
      const pair = await ranking.getAttribute('data-pair');
      const items = ranking.locator('ol > li');
      expect(await items.count()).toBeGreaterThanOrEqual(2);
      const pairs = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-pair')));
      expect(new Set(pairs)).toEqual(new Set([pair]));
      const values = await items.locator('data').evaluateAll((els) => els.map((el) => Number(el.getAttribute('value'))));
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
  });

  test(`${code} overview: a Russian-market section with status and events, and an encryption headline that names the unknown`, async ({ page }) => {
    await page.goto(`${prefix}/`);
    await expect(page.locator('#russia')).toBeVisible();
    await expect(page.locator('#russia-status + ul > li').first()).toContainText(/\d{4}/);
    await expect(page.locator('#russia-events + ul > li').first()).toBeVisible();
    const groups = page.locator('.encryption-groups dd');
    expect(await groups.count()).toBeGreaterThanOrEqual(3);
    const named = await page.locator('.encryption-groups dd a').count();
    const total = Number((await page.locator('#encryption + p').textContent())?.match(/\d+/)?.[0]);
    expect(named).toBe(total);
  });
}

for (const { code, prefix } of LOCALES) {
  test(`${code} law guide: the table of registers, measures and status is built from the data`, async ({ page }) => {
    await page.goto(`${prefix}/guides/russia-law/`);
    const rows = page.locator('table.russia-table tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(10);
    const telegram = page.locator('table.russia-table tbody tr', { has: page.locator(`a[href="${prefix}/messengers/telegram/"]`) });
    await expect(telegram.locator('td').first()).toContainText('2017');
  });
}

test('an entry lists its latest recorded block or restriction per country, each linked to its event', async ({ page }) => {
  await page.goto('/messengers/telegram/');
  const items = page.locator('ul.restricted-in > li');
  expect(await items.count()).toBeGreaterThanOrEqual(2);
  for (const href of await items.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(href!)).toHaveCount(1);
  }
});
