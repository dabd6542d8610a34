// npm run bench:search: builds a temporary copy of the site with 1,000 extra synthetic entries
// (never committed), serves it, and times "keystroke → table updated" in headless Chromium.
// `npm run bench` does the same and also measures memory and page sizes.
import { rmSync } from 'node:fs';
import { addSyntheticEntries, buildSite, copyProject, countEntries, formatSearch, searchBench } from './lib.ts';

const COUNT = Number(process.env['BENCH_ENTRIES'] ?? 1000);
const work = copyProject('worktree');

try {
  rmSync(`${work}/content/guides`, { recursive: true, force: true }); // guides are not what is measured
  addSyntheticEntries(work, COUNT);
  const build = await buildSite(work);
  if (!build.ok) {
    console.error(build.output);
    throw new Error('astro build failed');
  }
  console.log(`built ${COUNT} synthetic + ${countEntries(work) - COUNT} real entries in ${build.seconds.toFixed(1)} s`);
  const search = await searchBench(work);
  console.log(formatSearch(search).join('\n'));
  process.exitCode = search.p95 <= 50 ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
