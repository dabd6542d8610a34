// npm run bench [-- --report-only] [-- --head]: the performance budgets of DESIGN.md §6 that need a
// build, measured in a temporary copy of the project (never committed, removed afterwards):
//   1. the real site: build, page sizes (the table page's HTML budget is for the real site);
//   2. the same copy plus 1,000 synthetic entries in both languages (BENCH_ENTRIES to change):
//      build wall time and peak memory, page sizes at that scale, search keystroke → table updated.
// Exits 1 when a target is missed (unless --report-only), 2 when a build fails.
// --head copies the last commit (git archive HEAD) instead of the files on disk.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatSizes, pageSizes } from '../sizes.ts';
import { addSyntheticEntries, buildSite, copyProject, countEntries, formatSearch, mb, searchBench, type BuildResult } from './lib.ts';

const COUNT = Number(process.env['BENCH_ENTRIES'] ?? 1000);
const reportOnly = process.argv.includes('--report-only');
const from = process.argv.includes('--head') ? 'head' : 'worktree';
const started = performance.now();

const memory = (build: BuildResult) =>
  `peak memory ${mb(build.treePeakKb)} (sum of VmRSS over the build's ${build.processes} processes, sampled every 100 ms)` +
  (build.timeMaxRssKb ? `; largest single process ${mb(build.timeMaxRssKb)} (/usr/bin/time -v max RSS)` : '; /usr/bin/time not installed');
const peakKb = (build: BuildResult) => Math.max(build.treePeakKb, build.timeMaxRssKb ?? 0);

function mustBuild(build: BuildResult, what: string) {
  if (build.ok) return;
  console.error(build.output);
  throw new BuildFailed(`astro build failed (${what}).`);
}
class BuildFailed extends Error {}

const work = copyProject(from);
try {
  const real = countEntries(work);
  console.log(`Temporary copy of the ${from === 'head' ? 'last commit' : 'files on disk'}: ${work}\n`);

  console.log(`▶ real site (${real} entries)`);
  const realBuild = await buildSite(work);
  mustBuild(realBuild, 'real site');
  console.log(`built in ${realBuild.seconds.toFixed(1)} s; ${memory(realBuild)}`);
  const realSizes = pageSizes(join(work, 'dist'));
  console.log(formatSizes(realSizes).join('\n'));

  console.log(`\n▶ ${COUNT} synthetic + ${real} real entries, in both languages`);
  addSyntheticEntries(work, COUNT);
  rmSync(join(work, 'dist'), { recursive: true, force: true });
  const build = await buildSite(work);
  mustBuild(build, `${COUNT} synthetic entries`);
  const pages = /(\d+) page\(s\) built/.exec(build.output)?.[1];
  console.log(`built ${pages ?? '?'} pages in ${build.seconds.toFixed(1)} s (wall clock, astro build)`);
  console.log(memory(build));
  const bigSizes = pageSizes(join(work, 'dist'));
  console.log(formatSizes(bigSizes).join('\n'));
  console.log('');
  const search = await searchBench(work);
  console.log(formatSearch(search).join('\n'));

  const tableHtml = Math.max(...realSizes.filter((row) => row.type === 'table').map((row) => row.html));
  const targets = [
    { what: `build, ${COUNT} synthetic entries: wall time`, value: `${build.seconds.toFixed(1)} s`, target: '≤ 60 s', ok: build.seconds <= 60 },
    { what: `build, ${COUNT} synthetic entries: peak memory`, value: mb(peakKb(build)), target: '≤ 2 GB', ok: peakKb(build) <= 2 * 1024 * 1024 },
    { what: `search keystroke → table updated, ${search.rows} rows: p95`, value: `${search.p95.toFixed(1)} ms`, target: '≤ 50 ms', ok: search.p95 <= 50 },
    { what: `table page HTML (gzip, larger locale), real site, ${real} entries`, value: `${(tableHtml / 1024).toFixed(1)} KB`, target: '≤ 40 KB', ok: tableHtml <= 40 * 1024 },
  ];
  const width = Math.max(...targets.map((row) => row.what.length));
  console.log(`\nSummary (DESIGN.md §6; ${((performance.now() - started) / 1000).toFixed(0)} s in all)`);
  console.log(`  ${'measure'.padEnd(width)}  ${'value'.padStart(9)}  ${'target'.padEnd(8)}  result`);
  for (const row of targets) console.log(`  ${row.what.padEnd(width)}  ${row.value.padStart(9)}  ${row.target.padEnd(8)}  ${row.ok ? 'ok' : 'MISSED'}`);
  const missed = targets.filter((row) => !row.ok).length;
  console.log(missed ? `${missed} target(s) missed${reportOnly ? ' (--report-only: exit 0)' : ''}` : 'all targets met');
  process.exitCode = missed && !reportOnly ? 1 : 0;
} catch (error) {
  if (!(error instanceof BuildFailed)) throw error;
  console.error(`\n${error.message}`);
  process.exitCode = 2;
} finally {
  rmSync(work, { recursive: true, force: true });
}
