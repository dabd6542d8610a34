// The checks workflow shows content problems on the pull request's file and line: in a GitHub
// Actions run, npm run check:content prints each one as a workflow command as well.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { githubAnnotation } from '../../src/lib/check/annotations.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('GitHub annotations of content problems', () => {
  it('name the file, line and field, as an error or a warning', () => {
    const problem = {
      path: 'content/messengers/kik.mdx',
      line: 41,
      field: 'users[2].metric',
      message: '"monthly" is not allowed here (expected one of: mau, dau)',
      severity: 'error' as const,
    };
    assert.equal(
      githubAnnotation(problem),
      '::error file=content/messengers/kik.mdx,line=41,title=users[2].metric::users[2].metric: "monthly" is not allowed here (expected one of: mau, dau)',
    );
    assert.match(githubAnnotation({ ...problem, severity: 'warning' }), /^::warning file=/);
  });

  it('escape what would end the command or a property early', () => {
    const line = githubAnnotation({ path: 'content/a,b:c.mdx', line: 1, field: 'note', message: '50% off\nsecond line', severity: 'error' });
    assert.equal(line, '::error file=content/a%2Cb%3Ac.mdx,line=1,title=note::note: 50%25 off%0Asecond line');
    assert.equal(line.split('\n').length, 1);
  });

  it('are printed by npm run check:content only inside GitHub Actions, one per problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-annotations-'));
    try {
      mkdirSync(join(dir, 'content/messengers'), { recursive: true });
      cpSync(join(ROOT, 'tests/fixtures/good'), join(dir, 'content/messengers'), { recursive: true });
      const path = join(dir, 'content/messengers/good-messenger.mdx');
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^category: \w+$/m, 'category: nope'));
      const run = (env: Record<string, string>) =>
        spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });
      const plain = run({});
      assert.equal(plain.status, 1, plain.stdout);
      assert.doesNotMatch(plain.stdout, /^::/m);
      const actions = run({ GITHUB_ACTIONS: 'true' });
      assert.equal(actions.status, 1);
      const located = actions.stdout.match(/^content\/messengers\/good-messenger\.mdx:(\d+): category: /m);
      assert.ok(located, actions.stdout);
      assert.match(actions.stdout, new RegExp(`^::error file=content/messengers/good-messenger\\.mdx,line=${located[1]},title=category::category: `, 'm'));
      assert.equal(actions.stdout.match(/^::(?:error|warning) /gm)?.length, actions.stdout.match(/^content\/\S+:\d+: /gm)?.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
