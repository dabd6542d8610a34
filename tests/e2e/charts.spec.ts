import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { watchErrors } from './support/site.ts';

/** How many canvas pixels differ from the top-left (background) pixel: 0 means nothing was drawn. */
async function inkedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const { width, height } = element;
    const data = element.getContext('2d')!.getImageData(0, 0, width, height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - data[0]!) + Math.abs(data[i + 1]! - data[1]!) + Math.abs(data[i + 2]! - data[2]!) > 30) inked++;
    }
    return inked;
  });
}

async function drawn(page: Page, figure: string) {
  const host = page.locator(`#${figure} atlas-chart`);
  await host.scrollIntoViewIfNeeded();
  await expect(host).toHaveAttribute('data-drawn', 'true');
  return host;
}

const CHARTS = [
  { path: '/timeline/', figures: ['lifespans', 'users', 'events'] },
  { path: '/ru/timeline/', figures: ['lifespans', 'users', 'events'] },
  { path: '/messengers/telegram/', figures: ['users-chart', 'events-chart'] },
  { path: '/', figures: ['lifespans'] },
];

for (const { path, figures } of CHARTS) {
  test(`${path}: every chart draws something, with no console error`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(path);
    for (const figure of figures) {
      const host = await drawn(page, figure);
      expect(await inkedPixels(host.locator('canvas')), `${figure} canvas has ink`).toBeGreaterThan(2000);
    }
    expect(errors).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('each timeline chart links to its full table and CSV, and the table there is complete; no empty chart boxes or dead buttons', async ({ page }) => {
    const json = await (await page.request.get('/data/messengers.json')).json();
    const total = json.messengers.reduce((sum: number, m: { users: unknown[] }) => sum + m.users.length, 0);
    for (const figure of ['lifespans', 'users', 'events']) {
      await page.goto('/timeline/');
      await expect(page.locator(`#${figure} canvas`)).toBeHidden();
      await expect(page.locator(`#${figure} button`).first()).toBeHidden();
      await expect(page.locator(`#${figure} [data-chart-table] a[href$=".csv"]`)).toBeVisible();
      const link = page.locator(`#${figure} [data-chart-table] a`).first();
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/embed/timeline/${figure}/$`));
      const table = page.locator(`#${figure} table`);
      await expect(table).toBeVisible();
      expect(await table.locator('tbody tr').count(), figure).toBeGreaterThan(10);
      // Every user figure of the atlas is in the users table.
      if (figure === 'users') await expect(table.locator('tbody tr')).toHaveCount(total);
    }
  });
});

test('the timeline fetches each chart’s table as it draws: "Show data table" lists every row', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/timeline/');
  const host = await drawn(page, 'users');
  await host.getByRole('button', { name: 'Show data table' }).click();
  const json = await (await page.request.get('/data/messengers.json')).json();
  const total = json.messengers.reduce((sum: number, m: { users: unknown[] }) => sum + m.users.length, 0);
  await expect(host.locator('[data-chart-table] tbody tr')).toHaveCount(total);
  await expect(host.locator('[data-chart-table] tbody tr:not([hidden])').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('downloads: a PNG, and a CSV whose rows match the visible table', async ({ page }) => {
  await page.goto('/timeline/');
  const host = await drawn(page, 'users');

  const [png] = await Promise.all([page.waitForEvent('download'), host.getByRole('button', { name: 'Download PNG' }).click()]);
  expect(png.suggestedFilename()).toMatch(/^messenger-atlas-users-mau-\d{4}-\d{2}-\d{2}\.png$/);
  const bytes = await readFile((await png.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(5000);

  const csvRows = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), host.getByRole('button', { name: 'Download CSV' }).click()]);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    return parseCsv(text, { bom: true });
  };
  const tableRows = () =>
    host
      .locator('tbody tr:not([hidden])')
      .evaluateAll((rows) => rows.map((row) => [(row as HTMLTableRowElement).cells[0]!.textContent!.trim(), (row as HTMLTableRowElement).cells[1]!.getAttribute('data-value')]));

  const [header, ...rows] = await csvRows();
  expect(header).toContain('Source URL');
  const visible = await tableRows();
  expect(visible.length).toBeGreaterThan(5);
  expect(rows.map((row) => [row[0], row[1]])).toEqual(visible);
  const url = header!.indexOf('Source URL');
  for (const row of rows) expect(row[url]).toMatch(/^https:\/\//);

  // Another metric, another set of rows: the CSV follows.
  await host.locator('select[name="metric"]').selectOption('registered');
  const [, ...after] = await csvRows();
  const visibleAfter = await tableRows();
  expect(after.map((row) => [row[0], row[1]])).toEqual(visibleAfter);
  expect(after.every((row) => row[3] === 'registered')).toBe(true);
});

test('picking lines, metric and scale ends up in the URL and the permalink reproduces it', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/timeline/');
  const host = await drawn(page, 'users');
  await host.locator('select[name="metric"]').selectOption('registered');
  await host.getByLabel('logarithmic', { exact: true }).check();
  const permalink = await host.getByRole('link', { name: 'Link to this view' }).getAttribute('href');
  expect(permalink).toContain('metric=registered');
  expect(permalink).toContain('scale=log');
  expect(permalink).toMatch(/#users$/);
  const checked = await host.locator('[name="line"]:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));

  await page.goto(permalink!);
  const again = await drawn(page, 'users');
  await expect(again.locator('select[name="metric"]')).toHaveValue('registered');
  await expect(again.getByLabel('logarithmic', { exact: true })).toBeChecked();
  expect(await again.locator('[name="line"]:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual(checked);
  const metrics = await again.locator('tbody tr:not([hidden])').evaluateAll((rows) => [...new Set(rows.map((r) => (r as HTMLElement).dataset['metric']))]);
  expect(metrics).toEqual(['registered']);
  expect(errors).toEqual([]);
});

test('the events chart filters by jurisdiction and kind, and hostile URL values are ignored', async ({ page }) => {
  const errors = watchErrors(page);
  page.on('dialog', (dialog) => errors.push(`dialog: ${dialog.message()}`));
  await page.goto('/timeline/?jurisdiction=RU&kind=block#events');
  const host = await drawn(page, 'events');
  const rows = host.locator('tbody tr:not([hidden])');
  expect(await rows.count()).toBeGreaterThan(2);
  for (const row of await rows.evaluateAll((trs) => trs.map((tr) => [(tr as HTMLElement).dataset['jurisdiction'], (tr as HTMLElement).dataset['kind']]))) {
    expect(row).toEqual(['RU', 'block']);
  }
  await expect(host.locator('[data-chart-count]')).toHaveText(String(await rows.count()));

  for (const hostile of ['"><img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'x'.repeat(10_000), '\u202eRU', '🙂']) {
    const short = hostile.slice(0, 200);
    const query = new URLSearchParams({ jurisdiction: short, kind: short, metric: short, scale: short, lines: hostile });
    await page.goto(`/timeline/?${query}`);
    const events = await drawn(page, 'events');
    await expect(events.locator('select[name="jurisdiction"]')).toHaveValue('');
    expect(await events.locator('tbody tr[hidden]').count()).toBe(0);
    const users = await drawn(page, 'users');
    await expect(users.locator('select[name="metric"]')).toHaveValue('mau');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  }
  expect(errors).toEqual([]);
});

/** Nothing moves: the canvas's first paint is its final one, ten frames later (an animated chart.js chart repaints on every frame). */
async function expectStill(canvas: Locator) {
  const first = await canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL());
  await canvas.page().evaluate(
    () =>
      new Promise<void>((resolve) => {
        let left = 10;
        const tick = () => (--left ? requestAnimationFrame(tick) : resolve());
        requestAnimationFrame(tick);
      }),
  );
  expect(await canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL())).toBe(first);
  expect(await inkedPixels(canvas)).toBeGreaterThan(2000);
}

test('the first drawing of a chart is still: a page that draws a chart as it loads spends no frames on animation', async ({ page }) => {
  await page.goto('/timeline/');
  await expectStill((await drawn(page, 'lifespans')).locator('canvas'));
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('charts draw at once, without animation, also when the reader changes the view', async ({ page }) => {
    await page.goto('/timeline/');
    const host = await drawn(page, 'lifespans');
    await expectStill(host.locator('canvas'));
    // A redraw the reader asks for (a filter that leaves fewer bars): without reduced motion it would animate.
    const count = host.locator('[data-chart-count]');
    const before = await count.textContent();
    const select = host.locator('select').first();
    const value = await select.locator('option').nth(1).getAttribute('value');
    await select.selectOption(value ?? '');
    await expect(count).not.toHaveText(before ?? '');
    await expectStill(host.locator('canvas'));
  });
});

test.describe('honest axes', () => {
  /** The horizontal extent of coloured ink (lines, points, their names) as shares of the canvas width. */
  const colouredSpan = (canvas: Locator) =>
    canvas.evaluate((element: HTMLCanvasElement) => {
      const { width, height } = element;
      const data = element.getContext('2d')!.getImageData(0, 0, width, height).data;
      let left = width;
      let right = 0;
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
          // Greys (axes, grid, ticks) have r ≈ g ≈ b; the lines do not.
          if (Math.max(r, g, b) - Math.min(r, g, b) > 60) {
            left = Math.min(left, x);
            right = Math.max(right, x);
          }
        }
      return { left: left / width, right: right / width };
    });

  test('lines of one country: the time axis shrinks to their years, and the scale turns logarithmic only when they span a hundredfold', async ({ page }) => {
    await page.goto('/timeline/');
    const host = await drawn(page, 'users');
    // The metric with the most lines for Russia, and those lines alone.
    const russia = await host.locator('[name="line"]').evaluateAll((boxes) => {
      const byMetric = new Map<string, string[]>();
      for (const box of boxes as HTMLInputElement[])
        if (box.value.endsWith(':RU')) byMetric.set(box.dataset['metric']!, [...(byMetric.get(box.dataset['metric']!) ?? []), box.value]);
      return [...byMetric].sort((a, b) => b[1].length - a[1].length)[0]!;
    });
    expect(russia[1].length, 'some lines for Russia').toBeGreaterThan(1);
    await page.goto(`/timeline/?${new URLSearchParams({ metric: russia[0], lines: russia[1].join(',') })}#users`);
    const only = await drawn(page, 'users');
    const span = await colouredSpan(only.locator('canvas'));
    expect(span.left, 'the first point is near the left of the plot').toBeLessThan(0.2);
    expect(span.right - span.left, 'the lines fill the plot').toBeGreaterThan(0.6);
    expect(span.right, 'nothing is cut at the right edge').toBeLessThan(0.999);
    const values = await only.locator('tbody tr:not([hidden])').evaluateAll((rows) => rows.map((row) => Number((row as HTMLElement).dataset['value'])));
    const spread = Math.max(...values) / Math.min(...values.filter((value) => value > 0));
    await expect(only).toHaveAttribute('data-scale', spread >= 100 ? 'log' : 'linear');
    // A reader's choice wins over the automatic one.
    await only.getByLabel('linear', { exact: true }).check();
    await expect(only).toHaveAttribute('data-scale', 'linear');
    expect(page.url()).toContain('scale=linear');
  });
});

test.describe('lifespans at any count', () => {
  for (const width of [390, 1280]) {
    test(`${width} px: one named row of at least 20 px per bar, and filters that narrow the chart, its table and the URL`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/timeline/');
      const host = await drawn(page, 'lifespans');
      const box = host.locator('.chart-box');
      const rows = host.locator('tbody tr:not([hidden])');
      const perRow = async () => ((await box.boundingBox())!.height - 44) / (await rows.count());
      expect(await perRow()).toBeGreaterThanOrEqual(20);

      await host.locator('select[name="category"]').selectOption('workplace');
      await host.locator('select[name="status"]').selectOption('running');
      const kept = await rows.evaluateAll((trs) => trs.map((tr) => [(tr as HTMLElement).dataset['category'], (tr as HTMLElement).dataset['status']]));
      expect(kept.length).toBeGreaterThan(2);
      expect(kept.every(([category, status]) => category === 'workplace' && status === 'running')).toBe(true);
      await expect(host.locator('[data-chart-count]')).toHaveText(String(kept.length));
      await expect.poll(perRow, { message: 'the chart shrinks to the rows left' }).toBeGreaterThanOrEqual(20);
      expect((await box.boundingBox())!.height).toBeLessThan(kept.length * 20 + 44 + 2);
      await expect.poll(() => inkedPixels(host.locator('canvas'))).toBeGreaterThan(500);
      expect(page.url()).toContain('category=workplace');

      const permalink = await host.getByRole('link', { name: 'Link to this view' }).getAttribute('href');
      await page.goto(permalink!);
      const again = await drawn(page, 'lifespans');
      await expect(again.locator('tbody tr:not([hidden])')).toHaveCount(kept.length);
      expect(errors).toEqual([]);
    });
  }
  test('the overview draws the messengers it ranks, named, and links to all of them', async ({ page }) => {
    await page.goto('/');
    const host = await drawn(page, 'lifespans');
    const ranked = new Set(await page.locator('.ranking ol a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))));
    const drawnIds = await host.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset['href']));
    expect(drawnIds.length).toBeGreaterThan(3);
    expect(drawnIds.every((href) => ranked.has(href ?? ''))).toBe(true);
    await expect(page.locator('a[href="/timeline/"]').last()).toBeVisible();
  });
});

test.describe('PNG for slides', () => {
  /** Rows of the picture (pixels from the top) that hold ink; read in the page from the file's bytes. */
  const inkedBands = (page: Page, bytes: Buffer) =>
    page.evaluate(async (base64: string) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const background = [data[0]!, data[1]!, data[2]!];
      const inkedRows: number[] = [];
      for (let y = 0; y < canvas.height; y++) {
        let inked = 0;
        for (let x = 0; x < canvas.width; x++) {
          const i = (y * canvas.width + x) * 4;
          if (Math.abs(data[i]! - background[0]!) + Math.abs(data[i + 1]! - background[1]!) + Math.abs(data[i + 2]! - background[2]!) > 150) inked++;
        }
        if (inked > 3) inkedRows.push(y);
      }
      return { width: canvas.width, height: canvas.height, inkedRows };
    }, bytes.toString('base64'));

  for (const { path, figure, name } of [
    { path: '/timeline/', figure: 'users', name: /^messenger-atlas-users-mau-\d{4}-\d{2}-\d{2}\.png$/ },
    { path: '/ru/messengers/telegram/', figure: 'events-chart', name: /^messenger-atlas-telegram-events-\d{4}-\d{2}-\d{2}\.png$/ },
    { path: '/timeline/?category=workplace', figure: 'lifespans', name: /^messenger-atlas-lifespans-workplace-\d{4}-\d{2}-\d{2}\.png$/ },
  ]) {
    test(`${path} ${figure}: at least twice the size on screen, titled, with legend, sources and credit drawn in`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      const errors = watchErrors(page);
      await page.goto(path);
      const host = await drawn(page, figure);
      const onScreen = (await host.locator('.chart-box').boundingBox())!;
      const [png] = await Promise.all([page.waitForEvent('download'), host.locator('[data-action="png"]').click()]);
      expect(png.suggestedFilename()).toMatch(name);
      const { width, height, inkedRows } = await inkedBands(page, await readFile((await png.path())!));
      expect(width, 'twice as wide as on screen, at least').toBeGreaterThanOrEqual(2 * onScreen.width);
      expect(height, 'taller than twice the chart: title, legend and credit are added').toBeGreaterThan(2 * onScreen.height);
      // Pixels per CSS pixel of the slide (drawn at least 960 CSS px wide). The title's band (its
      // first 30 px under a 28 px margin) and the credit's (the last line above the bottom margin) hold text.
      const r = width / Math.max(onScreen.width, 960);
      expect(r).toBeGreaterThanOrEqual(2);
      expect(inkedRows.filter((y) => y >= 28 * r && y < 58 * r).length, 'title drawn').toBeGreaterThan(8 * r);
      expect(inkedRows.filter((y) => y > height - 45 * r && y < height - 28 * r).length, 'credit drawn').toBeGreaterThan(4 * r);
      expect(
        inkedRows.filter((y) => y < 28 * r || y > height - 28 * r),
        'margins are empty',
      ).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
