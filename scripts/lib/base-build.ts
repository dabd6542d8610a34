// The site built as a GitHub project page would be (https://example.org/atlas/), into a folder of
// its own, and the checks that every address of it lives under that base. Used by
// `npm run check:base-path` and by the browser tests of tests/e2e/base-path.spec.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addressesOutsideSite, checkLinks, sitePaths } from './links.ts';

const ROOT = join(import.meta.dirname, '../..');

export const BASE_BUILD = {
  site: 'https://example.org/atlas/',
  base: '/atlas/',
  /** Stands in for GitHub Actions' GITHUB_REPOSITORY, so the correction and edit links are built. */
  repository: 'atlas-test/messenger-atlas',
} as const;

/** Builds the site under the base path into `outDir`; throws with the build's output if it fails. */
export function buildUnderBase(outDir: string): void {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ATLAS_SITE_URL: BASE_BUILD.site, GITHUB_REPOSITORY: BASE_BUILD.repository, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`the build under ${BASE_BUILD.base} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Every address in the build that does not live under the base: empty when all is well. */
export function problemsUnderBase(outDir: string): string[] {
  const text = sitePaths(outDir)
    .filter((path) => /\.(?:html|xml|json|csv|js)$/.test(path))
    .map((path) => ({ path, content: readFileSync(join(outDir, path), 'utf8') }));
  return [
    ...checkLinks(outDir, BASE_BUILD.base).broken,
    ...addressesOutsideSite(outDir, BASE_BUILD.site),
    ...['sitemap-index.xml', 'changes.xml', 'ru/changes.xml']
      .filter((file) => !existsSync(join(outDir, file)))
      .map((file) => `/${file}: missing (a build with an address writes it)`),
    // A script that fetches or links a root-relative site path would miss the base.
    ...text
      .filter(({ path, content }) => path.endsWith('.js') && /["'`]\/(?:data|messengers|ru|compare|schema)\//.test(content))
      .map(({ path }) => `${path}: a root-relative site path in a script`),
    ...text.filter(({ content }) => content.includes('messenger-atlas.example')).map(({ path }) => `${path}: the placeholder address`),
  ];
}
