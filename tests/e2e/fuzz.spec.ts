// Fuzzing the inputs strangers control, in the browser: the table's search box, and the view state
// in the URLs of the table, the timeline charts and the compare page. The parsers behind them are
// fuzzed by the thousand in tests/unit/view-fuzz.test.ts; here a few dozen inputs show that the
// pages use them safely: nothing runs, no markup from the input reaches the DOM, no console error,
// and the table's status line counts the rows it shows. The seed is printed; FUZZ_SEED replays.
import { expect, test, type Page } from '@playwright/test';
import { FuzzInput, PAYLOADS } from '../unit/support/fuzz-inputs.ts';
import { deriveSeed, parseSeed } from '../unit/support/prng.ts';
import { ENTRY_IDS } from './support/site.ts';

const SEED = parseSeed(process.env['FUZZ_SEED'], 20261125);
console.log(`fuzz seed: ${SEED} (replay with FUZZ_SEED=${SEED} npx playwright test tests/e2e/fuzz.spec.ts)`);

/**
 * Markup under names no page uses (`<fz-…>`, `data-fz-…`), so finding any of them in the DOM
 * means input was parsed as HTML, however the browser escaped or rearranged the rest.
 */
const markup = (n: number) => [
  `<fz-${n} data-fz-${n}>x</fz-${n}>`,
  `"><fz-${n}></fz-${n}><img data-fz-${n} src=x onerror="window.__pwned=1">`,
  `'><svg data-fz-${n} onload=window.__pwned=1><fz-${n}/></svg>`,
  `</textarea></title><fz-${n} data-fz-${n}=1>`,
];

function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return errors;
}

async function expectSafe(page: Page, errors: string[], context: string) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), `${context}: nothing executed`).toBeUndefined();
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('fz-') || [...element.attributes].some((attribute) => attribute.name.startsWith('data-fz-')))
      .map((element) => element.outerHTML.slice(0, 80)),
  );
  expect(injected, `${context}: no element or attribute from the input`).toEqual([]);
  expect(errors, `${context}: no console errors`).toEqual([]);
}

test('search box: hostile and random input — nothing runs, no markup, the status counts the rows shown', async ({ page }) => {
  const errors = watch(page);
  const input = new FuzzInput(deriveSeed(SEED, 1));
  await page.goto('/messengers/');
  const box = page.getByRole('searchbox');
  const status = page.locator('[data-result-count]');
  await expect(box).toBeVisible();
  const texts = [...markup(1), ...PAYLOADS, ...Array.from({ length: 30 }, () => input.text(150))];
  for (const [i, text] of texts.entries()) {
    const context = `seed ${SEED}, search #${i}: ${JSON.stringify(text.slice(0, 60))}`;
    await box.fill(text);
    // maxlength keeps the first 100 UTF-16 units (never half an emoji): a prefix of what was typed.
    const kept = await box.inputValue();
    expect(kept.length <= 100 && text.startsWith(kept), context).toBe(true);
    // The table settles with its status line saying exactly how many rows it shows.
    await expect
      .poll(
        async () => {
          const shown = await page.locator('.messenger-table tbody tr:not([hidden])').count();
          return (await status.textContent()) === `${shown} of ${ENTRY_IDS.length} messengers shown`;
        },
        { message: context, timeout: 5_000 },
      )
      .toBe(true);
    await expectSafe(page, errors, context);
  }
});

/** Waits until the page has applied its URL: fetches done, every chart drawn. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  for (const chart of await page.locator('atlas-chart').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-drawn', 'true');
  }
}

const URL_CASES = [
  { name: 'table', path: '/messengers/', keys: ['q', 'sort', 'cols', 'sel', 'from', 'to', 'figure', 'country', 'category', 'status', 'e2ee', 'os', 'phone', 'arch', 'ru'] },
  { name: 'timeline', path: '/timeline/', keys: ['metric', 'scale', 'lines', 'jurisdiction', 'kind', 'category', 'status', 'launched'] },
  { name: 'compare', path: '/compare/', keys: ['ids'] },
] as const;

for (const [n, { name, path, keys }] of URL_CASES.entries()) {
  test(`${name} URL state: hostile and random query strings — nothing runs, no markup, no error`, async ({ page }) => {
    const errors = watch(page);
    const input = new FuzzInput(deriveSeed(SEED, 2 + n));
    for (let i = 0; i < 10; i++) {
      // Every key gets the markers, also between two valid ids, so lists that are read in part carry them too.
      const hostile = markup(100 * n + i);
      const [first, second] = input.shuffle(ENTRY_IDS);
      const offered = Object.fromEntries(keys.map((key) => [key, [...hostile, ...hostile.map((m) => `${first},${m},${second}`)]]));
      const params = input.query(offered);
      params.append(input.pick(keys), input.pick(hostile));
      const url = `${path}?${params}`;
      const context = `seed ${SEED}, ${name} #${i}: ${url.slice(0, 120)}`;
      const response = await page.goto(url);
      expect(response?.status(), context).toBe(200);
      await settle(page);
      await expectSafe(page, errors, context);
    }
  });
}
