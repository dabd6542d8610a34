// npm run check:deterministic [-- --same-env] [-- --worktree] [-- --keep]: builds the last commit
// twice, in two temporary copies at different paths (git clone of HEAD, each with its own
// node_modules of symlinks so Astro's caches are not shared), with the same ATLAS_BUILD_DATE
// (src/lib/build-date.ts; today's UTC date unless it is already set), and compares the two dist/
// directories byte for byte. Unless --same-env, the two builds also run as two different machines
// would: the first in UTC with an English locale, the second at UTC+14 with a Russian one (ICU takes
// its default locale, which localeCompare() without a locale uses, from LC_ALL/LANG).
// Exits 1 when they differ, 2 when a build fails.
// --worktree copies the files on disk instead of the last commit; --keep leaves the copies in place.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildDate } from '../src/lib/build-date.ts';
import { buildSite, copyProject } from './bench/lib.ts';

const from = process.argv.includes('--worktree') ? 'worktree' : 'head';
const keep = process.argv.includes('--keep');
const ENVIRONMENTS: Record<string, string>[] = process.argv.includes('--same-env')
  ? [{}, {}]
  : [
      { TZ: 'UTC', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
      { TZ: 'Pacific/Kiritimati', LANG: 'ru_RU.UTF-8', LC_ALL: 'ru_RU.UTF-8' },
    ];
const date = buildDate();
const started = performance.now();

function files(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path, root) : [relative(root, path)];
  });
}

/** 60 bytes either side of byte `offset` of `bytes`, printable. */
function context(bytes: Buffer, offset: number) {
  return JSON.stringify(bytes.subarray(Math.max(0, offset - 60), offset + 60).toString('utf8'));
}

class BuildFailed extends Error {}

const copies = [copyProject(from, 'atlas-det-a-'), copyProject(from, 'atlas-det-b-')];
try {
  console.log(`Building ${from === 'head' ? 'the last commit' : 'the files on disk'} twice with ATLAS_BUILD_DATE=${date}:`);
  for (const [index, dir] of copies.entries()) {
    // One at a time: parallel builds would slow each other, and a 2-core machine gains nothing.
    const env = ENVIRONMENTS[index]!;
    const build = await buildSite(dir, { ...env, ATLAS_BUILD_DATE: date });
    if (!build.ok) {
      console.error(build.output);
      throw new BuildFailed(`astro build failed in ${dir}`);
    }
    const described =
      Object.entries(env)
        .map(([name, value]) => `${name}=${value}`)
        .join(' ') || 'environment as given';
    console.log(`  ${dir} (${described}): built in ${build.seconds.toFixed(1)} s`);
  }

  const [a, b] = copies.map((dir) => join(dir, 'dist')) as [string, string];
  const listA = files(a).sort();
  const listB = new Set(files(b));
  const onlyA = listA.filter((file) => !listB.has(file));
  const onlyB = [...listB].filter((file) => !listA.includes(file)).sort();
  const differing: string[] = [];
  let identical = 0;
  for (const file of listA.filter((name) => listB.has(name))) {
    const left = readFileSync(join(a, file));
    const right = readFileSync(join(b, file));
    if (left.equals(right)) {
      identical++;
      continue;
    }
    let offset = 0;
    while (offset < left.length && offset < right.length && left[offset] === right[offset]) offset++;
    differing.push(`  ${file}: first difference at byte ${offset} (sizes ${left.length} and ${right.length})\n    a: ${context(left, offset)}\n    b: ${context(right, offset)}`);
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!differing.length && !onlyA.length && !onlyB.length) {
    console.log(`${identical} files identical (${seconds} s)`);
  } else {
    console.log(
      `dist/ differs between two builds of the same commit (${seconds} s): ${identical} files identical, ${differing.length} differ, ${onlyA.length + onlyB.length} in one build only`,
    );
    if (differing.length) console.log(differing.join('\n'));
    for (const file of onlyA) console.log(`  only in the first build: ${file}`);
    for (const file of onlyB) console.log(`  only in the second build: ${file}`);
    process.exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof BuildFailed)) throw error;
  console.error(error.message);
  process.exitCode = 2;
} finally {
  if (keep) console.log(`kept: ${copies.join(' ')}`);
  else for (const dir of copies) rmSync(dir, { recursive: true, force: true });
}
