// Reading a chart point by point: the tooltip answers a mouse, a tap and the keyboard, and says
// the figure's value, date, metric, scope, who measured it and its source, in the page's language.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { en } from '../../src/i18n/en.ts';
import { ru } from '../../src/i18n/ru.ts';
import { watchErrors } from './support/site.ts';

// Without animation the tooltip is drawn at once, so a picture of the canvas is final when taken.
test.use({ reducedMotion: 'reduce' });

async function drawn(page: Page, figure: string): Promise<Locator> {
  const host = page.locator(`#${figure} atlas-chart`);
  await host.scrollIntoViewIfNeeded();
  await expect(host).toHaveAttribute('data-drawn', 'true');
  // Drawing hides the pickers of the other metrics, so the box shrinks and the canvas can end up
  // above the fold: bring the canvas itself into view before pointing at it.
  await host.locator('canvas').scrollIntoViewIfNeeded();
  return host;
}

/** The canvas as a PNG data URL: what was drawn, small enough to pass around. */
const picture = (canvas: Locator) => canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL());

/** Waits until the canvas stops changing (chart.js animates the tooltip in), and returns its picture. */
async function settled(canvas: Locator): Promise<string> {
  let last = await picture(canvas);
  await expect(async () => {
    const now = await picture(canvas);
    const same = now === last;
    last = now;
    expect(same).toBe(true);
  }).toPass({ intervals: [150, 250, 400] });
  return last;
}

/** How many pixels differ between an earlier picture and the canvas now, and how many of those turned dark: a tooltip is a dark box. */
function changedSince(canvas: Locator, before: string): Promise<{ all: number; dark: number }> {
  return canvas.evaluate(async (element: HTMLCanvasElement, url: string) => {
    const image = new Image();
    image.src = url;
    await image.decode();
    const copy = document.createElement('canvas');
    copy.width = element.width;
    copy.height = element.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const a = ctx.getImageData(0, 0, copy.width, copy.height).data;
    const b = element.getContext('2d')!.getImageData(0, 0, element.width, element.height).data;
    let all = 0;
    let dark = 0;
    for (let i = 0; i < a.length; i += 4) {
      if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) < 40) continue;
      all++;
      if (b[i]! + b[i + 1]! + b[i + 2]! < 200) dark++;
    }
    return { all, dark };
  }, before);
}

for (const { locale, prefix, dict } of [
  { locale: 'en', prefix: '', dict: en },
  { locale: 'ru', prefix: '/ru', dict: ru },
]) {
  test(`${locale}: hovering the users chart shows a tooltip without having to hit a point`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`${prefix}/timeline/`);
    const host = await drawn(page, 'users');
    const canvas = host.locator('canvas');
    const before = await settled(canvas);
    const box = (await canvas.boundingBox())!;
    // The middle of the plot, where no point need be.
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5);
    await settled(canvas);
    expect((await changedSince(canvas, before)).dark, 'a dark tooltip box is drawn').toBeGreaterThan(3000);
    await page.mouse.move(box.x + box.width * 0.55, box.y - 40);
    await settled(canvas);
    expect((await changedSince(canvas, before)).dark, 'the tooltip goes when the pointer leaves').toBeLessThan(50);
    expect(errors).toEqual([]);
  });

  test(`${locale}: the keyboard steps through the points, says each one and opens its entry`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`${prefix}/timeline/`);
    const host = await drawn(page, 'users');
    const canvas = host.locator('canvas');
    const live = host.locator('[data-chart-live]');
    const before = await settled(canvas);
    // Tab reaches the chart from the control just before it.
    await host.locator('[name="line"]:visible').last().focus();
    await page.keyboard.press('Tab');
    await expect(canvas).toBeFocused();
    await expect(live).not.toBeEmpty();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const said = (await live.textContent())!;
    for (const key of ['entry.date', 'entry.value', 'entry.metric', 'entry.scope', 'entry.measuredBy', 'entry.source'] as const) {
      expect(said, `says ${key}`).toContain(`${dict[key]}: `);
    }
    // What it says is one visible row of the table, in the page's language.
    const rows = await host.locator('tbody tr:not([hidden])').evaluateAll((trs) =>
      trs.map((tr) => ({
        label: (tr as HTMLElement).dataset['label']!,
        cells: [...(tr as HTMLTableRowElement).cells].map((cell) => cell.textContent!.trim()),
        href: (tr as HTMLElement).dataset['href'],
      })),
    );
    const row = rows.find((candidate) => said.startsWith(`${candidate.label}. `) && candidate.cells.slice(1, 5).every((cell) => said.includes(cell)));
    expect(row, `"${said}" is a row of the table`).toBeDefined();
    await settled(canvas);
    expect((await changedSince(canvas, before)).dark, 'the tooltip is drawn for the focused point').toBeGreaterThan(3000);

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${row!.href}$`));
    expect(errors).toEqual([]);
  });
}

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  test('a tap shows the tooltip of the bar under the finger; a second tap opens its entry', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/timeline/');
    const host = await drawn(page, 'lifespans');
    const canvas = host.locator('canvas');
    const before = await settled(canvas);
    // Late in the time axis, down the rows until the finger lands on a bar (a row whose service
    // closed early has no bar there); the dataset grows, so no row is fixed in advance, and the
    // chart is taller than the screen, so each point is scrolled into view before the tap.
    let at = { x: 0, y: 0 };
    let dark = 0;
    for (let share = 0.3; share < 0.9 && dark <= 2000; share += 0.05) {
      await page.evaluate(() => window.scrollTo(0, 0));
      const top = (await canvas.boundingBox())!;
      await page.evaluate((y) => window.scrollTo(0, y - 400), top.y + top.height * share);
      const box = (await canvas.boundingBox())!;
      at = { x: box.x + box.width * 0.85, y: box.y + box.height * share };
      await page.touchscreen.tap(at.x, at.y);
      await settled(canvas);
      dark = (await changedSince(canvas, before)).dark;
    }
    expect(dark, 'the tooltip is drawn').toBeGreaterThan(2000);
    await expect(page).toHaveURL(/\/timeline\/$/);
    await page.touchscreen.tap(at.x, at.y);
    await expect(page).toHaveURL(/\/messengers\/[a-z0-9-]+\/$/);
    expect(errors).toEqual([]);
  });
});
