// npm run bench:search: builds a temporary copy of the site with 1,000 extra synthetic entries
// (never committed), serves it, and times "keystroke → table updated" in headless Chromium.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/find-chromium.ts';
import { syntheticEntry } from './synthetic.ts';

const COUNT = Number(process.env['BENCH_ENTRIES'] ?? 1000);
const ROOT = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

try {
  for (const item of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, item), join(work, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
  rmSync(join(work, 'content/guides'), { recursive: true, force: true }); // guides are not what is measured
  for (let i = 0; i < COUNT; i++) {
    const { id, entry, ru } = syntheticEntry(i);
    writeFileSync(join(work, 'content/messengers', `${id}.mdx`), entry);
    writeFileSync(join(work, 'content/messengers/ru', `${id}.mdx`), ru);
  }
  mkdirSync(join(work, 'dist'), { recursive: true });
  const started = Date.now();
  execFileSync('npx', ['astro', 'build'], { cwd: work, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  console.log(`built ${COUNT} synthetic + real entries in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', '4399'], { cwd: work, stdio: 'ignore', detached: true });
  try {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        await page.goto('http://127.0.0.1:4399/messengers/');
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    const rows = await page.locator('tbody tr').count();
    await page.getByRole('searchbox').focus();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('search-index.json')));
    const queries = ['t', 'te', 'tel', 'tele', 'teleg', 'telegr', 'telegra', 'telegram', 'ка', 'кал', 'калo', 'vatsap', 'ka', 'kalo', 'mira', 'zu', 'gram chat', 'x', 'synthetic', ''];
    const timings: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const query of queries) {
        timings.push(
          await page.evaluate(async (q) => {
            const table = document.querySelector('atlas-table')!;
            const input = table.querySelector<HTMLInputElement>('input[name="q"]')!;
            const done = new Promise((resolve) => table.addEventListener('atlas-table:updated', resolve, { once: true }));
            const start = performance.now();
            input.value = q;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await done;
            const script = performance.now() - start;
            await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
            (window as unknown as { __script: number[] }).__script ??= [];
            (window as unknown as { __script: number[] }).__script.push(script);
            return performance.now() - start;
          }, query),
        );
      }
    }
    const script = await page.evaluate(() => (window as unknown as { __script: number[] }).__script);
    console.log(`  of which script (search, filters, DOM updates): p50 ${percentile(script, 50).toFixed(1)} ms, p95 ${percentile(script, 95).toFixed(1)} ms; the rest is style and layout`);
    await browser.close();
    console.log(`search over ${rows} rows, ${timings.length} keystrokes: p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms, max ${Math.max(...timings).toFixed(1)} ms (target p95 ≤ 50 ms)`);
    process.exitCode = percentile(timings, 95) <= 50 ? 0 : 1;
  } finally {
    process.kill(-server.pid!);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
