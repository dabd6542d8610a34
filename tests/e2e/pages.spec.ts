import { expect, test } from '@playwright/test';
import { ENTRY_IDS, LOCALES, pageTypes, watchErrors } from './support/site.ts';

for (const locale of LOCALES) {
  for (const { type, path } of pageTypes(locale.prefix)) {
    test(`${locale.code} ${type} page renders with no console error`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('banner').getByRole('navigation')).toBeVisible();
      expect(errors).toEqual([]);
    });
  }

  test(`${locale.code}: every entry page exists and lists numbered sources`, async ({ page }) => {
    for (const id of ENTRY_IDS) {
      const response = await page.goto(`${locale.prefix}/messengers/${id}/`);
      expect(response?.status(), id).toBe(200);
      const refs = await page.locator('a.ref').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      for (const href of new Set(refs)) await expect(page.locator(href!), `${id} ${href}`).toHaveCount(1);
    }
  });
}

test('an unknown address answers 404 with the site’s page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('pages carry a strict CSP and external links open safely', async ({ page }) => {
  await page.goto(`/messengers/${ENTRY_IDS[0]}/`);
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  const external = page.locator('a[href^="http"]');
  expect(await external.count()).toBeGreaterThan(0);
  for (const rel of await external.evaluateAll((links) => links.map((a) => a.getAttribute('rel')))) {
    expect(rel).toBe('noopener noreferrer');
  }
});
