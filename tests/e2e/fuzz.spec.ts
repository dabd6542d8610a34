// Fuzzing the inputs strangers control: the table's search box, and the view state in the URLs
// of the table, the timeline charts and the compare page. 1,000 random inputs in all, from a
// seeded generator: the seed is printed, and FUZZ_SEED=<seed> replays a failure exactly.
import { expect, test, type Page } from '@playwright/test';
import { mulberry32, parseSeed } from '../unit/support/prng.ts';
import { ENTRY_IDS } from './support/site.ts';

const SEED = parseSeed(process.env['FUZZ_SEED'], 20261125);
console.log(`fuzz seed: ${SEED} (replay with FUZZ_SEED=${SEED} npx playwright test tests/e2e/fuzz.spec.ts)`);

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '.*+?^$()[]{}|\\',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '\u202eRU\u202c',
  'مرحبا',
  '🙂👩‍💻🇷🇺',
  'телеграм',
  'vatsap',
  '\u0000\u0007\u001b',
  '__proto__',
  'constructor',
];
const ALPHABETS = ['abcdefghijklmnopqrstuvwxyz', 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя', '0123456789', ' ,:;-_.', '<>"\'&/\\=%#?', '🙂✓—«»'];

function generator(seed: number) {
  const next = mulberry32(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(items: readonly T[]): T => items[int(items.length)]!;
  const text = (max: number) => {
    const kind = int(10);
    if (kind < 3) return pick(PAYLOADS);
    if (kind === 3) return pick(PAYLOADS).repeat(1 + int(20)).slice(0, max);
    if (kind === 4) return 'x'.repeat(int(max));
    const alphabet = pick(ALPHABETS);
    return Array.from({ length: 1 + int(Math.min(max, 40)) }, () => pick([...alphabet])).join('');
  };
  return { next, int, pick, text };
}

async function expectSafe(page: Page, errors: string[], context: string) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), `${context}: nothing executed`).toBeUndefined();
  expect(await page.locator('img[src="x"], svg[onload]').count(), `${context}: no injected elements`).toBe(0);
  expect(errors, `${context}: no console errors`).toEqual([]);
}

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

test('search box: 700 random inputs — no error, nothing runs, the count always matches the rows shown', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watch(page);
  const gen = generator(SEED);
  await page.goto('/messengers/');
  const box = page.locator('#table-search');
  await expect(box).toBeVisible();
  for (let i = 0; i < 700; i++) {
    const input = gen.text(150);
    const context = `seed ${SEED}, search #${i}: ${JSON.stringify(input.slice(0, 60))}`;
    await box.fill(input);
    // maxlength keeps the first 100 UTF-16 units (never half an emoji): a prefix of what was typed.
    const kept = await box.inputValue();
    expect(kept.length <= 100 && input.startsWith(kept), context).toBe(true);
    // The table settles on a state where the announced count equals the visible rows.
    await expect
      .poll(async () => {
        const shown = await page.locator('.messenger-table tbody tr:not([hidden])').count();
        const text = (await page.locator('[data-result-count]').textContent()) ?? '';
        return text.startsWith(`${shown} `) || text.includes(` ${shown} `);
      }, { message: context, timeout: 5_000 })
      .toBe(true);
    if (i % 50 === 0) await expectSafe(page, errors, context);
  }
  await expectSafe(page, errors, `seed ${SEED}, search: end`);
});

const URL_CASES = [
  { name: 'table', count: 100, path: '/messengers/', keys: ['q', 'sort', 'cols', 'sel', 'from', 'to', 'category', 'status', 'e2ee', 'os', 'phone', 'arch', 'ru'] },
  { name: 'timeline', count: 100, path: '/timeline/', keys: ['metric', 'scale', 'lines', 'jurisdiction', 'kind'] },
  { name: 'compare', count: 100, path: '/compare/', keys: ['ids'] },
] as const;

for (const [n, { name, count, path, keys }] of URL_CASES.entries()) {
  test(`${name} URL state: ${count} random query strings — no error, nothing runs, nothing echoed`, async ({ page }) => {
    test.setTimeout(180_000);
    const errors = watch(page);
    const gen = generator(SEED + n + 1);
    for (let i = 0; i < count; i++) {
      const params = new URLSearchParams();
      for (let k = 0, total = 1 + gen.int(4); k < total; k++) {
        const key = gen.next() < 0.85 ? gen.pick(keys) : gen.text(12);
        const value = gen.next() < 0.3 ? [gen.pick(ENTRY_IDS), gen.text(30), gen.pick(ENTRY_IDS)].join(gen.pick([',', ':', ', '])) : gen.text(300);
        params.append(key, value);
      }
      const url = `${path}?${params}`;
      const context = `seed ${SEED + n + 1}, ${name} #${i}: ${url.slice(0, 120)}`;
      const response = await page.goto(url);
      expect(response?.status(), context).toBe(200);
      await expectSafe(page, errors, context);
      // Nothing from the URL is written into the page as markup.
      const body = await page.locator('main').innerHTML();
      for (const value of params.values()) if (/[<>]/.test(value) && value.length > 8) expect(body.includes(value), context).toBe(false);
    }
  });
}
