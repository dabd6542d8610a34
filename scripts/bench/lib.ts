// Shared pieces of the benchmarks and the determinism check: temporary copies of the project,
// synthetic entries, a measured `astro build`, and the search (keystroke → table updated) timing.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticEntry } from './synthetic.ts';

export const ROOT = process.cwd();
const ASTRO_BIN = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

/**
 * A node_modules for a temporary copy: a real directory whose entries are symlinks to the
 * project's packages. Astro and Vite keep their caches in <root>/node_modules/.astro and .vite
 * (Astro's content data store lives there), so symlinking node_modules itself would make the copy
 * read and overwrite the project's own cache, and two copies would share one.
 */
export function linkNodeModules(dir: string) {
  const target = join(dir, 'node_modules');
  mkdirSync(target);
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(target, name));
  }
}

/**
 * A temporary copy of the project. `worktree`: the site's files as they are on disk now;
 * `head`: a clone of the last commit (git-tracked files and history), unaffected by edits in progress.
 */
export function copyProject(from: 'worktree' | 'head', prefix = 'atlas-bench-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (from === 'head') {
    // A clone, not `git archive`: the change log (src/data/changes.ts) is read from git history.
    execFileSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  } else {
    for (const item of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  linkNodeModules(dir);
  return dir;
}

/** Writes `count` synthetic entries (English and Russian) into a copy's content/messengers. */
export function addSyntheticEntries(dir: string, count: number) {
  for (let i = 0; i < count; i++) {
    const { id, entry, ru } = syntheticEntry(i);
    writeFileSync(join(dir, 'content/messengers', `${id}.mdx`), entry);
    writeFileSync(join(dir, 'content/messengers/ru', `${id}.mdx`), ru);
  }
}

export const countEntries = (dir: string) => readdirSync(join(dir, 'content/messengers')).filter((name) => name.endsWith('.mdx') && !name.startsWith('_')).length;

export interface BuildResult {
  ok: boolean;
  seconds: number;
  /** Peak of the sum of VmRSS over the build's process tree, sampled every 100 ms (kB). */
  treePeakKb: number;
  /** Largest single process's maximum RSS as /usr/bin/time -v reports it (kB), when available. */
  timeMaxRssKb?: number | undefined;
  processes: number;
  output: string;
}

/** Descendants of `pid` (itself included), from /proc/<pid>/stat's parent field. */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

function rssKb(pid: number): number {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * `astro build` in `dir`, timed (wall clock) and with its memory measured two ways: the sum of
 * VmRSS over the whole process tree sampled every 100 ms, and — when GNU time is installed —
 * `/usr/bin/time -v`'s maximum RSS (the largest single process of the tree).
 */
export function buildSite(dir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const timeFile = join(dir, '.build-time.txt');
  const gnuTime = existsSync('/usr/bin/time');
  const command = gnuTime ? ['/usr/bin/time', '-v', '-o', timeFile, process.execPath, ASTRO_BIN, 'build'] : [process.execPath, ASTRO_BIN, 'build'];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command[0]!, command.slice(1), { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let treePeakKb = 0;
    const seen = new Set<number>();
    const sample = () => {
      const tree = processTree(child.pid!);
      tree.forEach((pid) => seen.add(pid));
      treePeakKb = Math.max(
        treePeakKb,
        tree.reduce((sum, pid) => sum + rssKb(pid), 0),
      );
    };
    const timer = setInterval(sample, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      let timeMaxRssKb: number | undefined;
      if (gnuTime && existsSync(timeFile)) {
        timeMaxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1]) || undefined;
        rmSync(timeFile);
      }
      resolve({ ok: code === 0, seconds, treePeakKb, timeMaxRssKb, processes: seen.size, output });
    });
  });
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface SearchResult {
  rows: number;
  keystrokes: number;
  p50: number;
  p95: number;
  max: number;
  scriptP50: number;
  scriptP95: number;
}

/** Serves a built copy and times "keystroke → table updated" on /messengers/ in headless Chromium. */
export async function searchBench(dir: string): Promise<SearchResult> {
  const { chromium } = await import('@playwright/test');
  const { CHROMIUM_ARGS, findChromium } = await import('../../tests/e2e/support/find-chromium.ts');
  const port = await freePort();
  const server = spawn(process.execPath, [ASTRO_BIN, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  try {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      for (let attempt = 0; ; attempt++) {
        try {
          await page.goto(`http://127.0.0.1:${port}/messengers/`);
          break;
        } catch (error) {
          if (attempt >= 50) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
      const rows = await page.locator('tbody tr').count();
      await page.getByRole('searchbox').focus();
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('search-index.json')));
      const queries = [
        't',
        'te',
        'tel',
        'tele',
        'teleg',
        'telegr',
        'telegra',
        'telegram',
        'ка',
        'кал',
        'калo',
        'vatsap',
        'ka',
        'kalo',
        'mira',
        'zu',
        'gram chat',
        'x',
        'synthetic',
        '',
      ];
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
      return {
        rows,
        keystrokes: timings.length,
        p50: percentile(timings, 50),
        p95: percentile(timings, 95),
        max: Math.max(...timings),
        scriptP50: percentile(script, 50),
        scriptP95: percentile(script, 95),
      };
    } finally {
      await browser.close();
    }
  } finally {
    try {
      process.kill(-server.pid!);
    } catch {
      // Already gone.
    }
  }
}

export const formatSearch = (result: SearchResult) => [
  `  of which script (search, filters, DOM updates): p50 ${result.scriptP50.toFixed(1)} ms, p95 ${result.scriptP95.toFixed(1)} ms; the rest is style and layout`,
  `search over ${result.rows} rows, ${result.keystrokes} keystrokes: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, max ${result.max.toFixed(1)} ms (target p95 ≤ 50 ms)`,
];

export const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
