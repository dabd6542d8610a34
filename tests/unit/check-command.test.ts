// `npm run check` reports every content problem in every file, then runs the type check; both run,
// and it fails if either does (Astro's own check stops at the first bad entry).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { copyProject } from '../../scripts/bench/lib.ts';

describe('npm run check', () => {
  it('names every broken entry, runs astro check too, and exits 1', () => {
    const dir = copyProject('worktree', 'atlas-check-');
    try {
      for (const id of ['bip', 'kik']) {
        const path = join(dir, 'content/messengers', `${id}.mdx`);
        writeFileSync(path, readFileSync(path, 'utf8').replace(/^category: \w+$/m, 'category: nope'));
      }
      const run = spawnSync('node', [join(import.meta.dirname, '../../scripts/check.ts')], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
      const output = run.stdout + run.stderr;
      assert.equal(run.status, 1, output);
      assert.match(output, /content\/messengers\/bip\.mdx:\d+: category: /);
      assert.match(output, /content\/messengers\/kik\.mdx:\d+: category: /);
      assert.match(output, /astro check|Result \(|InvalidContentEntryDataError|invalid-content-entry/i, 'astro check ran after the content check');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
