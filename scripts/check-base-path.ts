// npm run check:base-path: builds the site under a base path (as a GitHub project page) into a
// temporary folder and checks that every link, asset, data address, feed, sitemap entry,
// canonical link and citation lives under it. About one extra build.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_BUILD, buildUnderBase, problemsUnderBase } from './lib/base-build.ts';

const outDir = mkdtempSync(join(tmpdir(), 'atlas-base-'));
try {
  const started = Date.now();
  buildUnderBase(outDir);
  const problems = problemsUnderBase(outDir);
  for (const line of problems) console.log(line);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    problems.length ? `✗ ${problems.length} addresses outside ${BASE_BUILD.site}` : `✓ every address of the build under ${BASE_BUILD.site} lives under it (${seconds} s)`,
  );
  process.exitCode = problems.length ? 1 : 0;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
