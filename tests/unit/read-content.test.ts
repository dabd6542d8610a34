// Odd files in content/ (DESIGN §5: content comes from strangers): each gets one located line
// and a non-zero exit from `npm run check:content`, never a crash, a hang or a followed link.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readContentFiles } from '../../src/integrations/read-content.ts';

const ROOT = join(import.meta.dirname, '../..');
const good = readFileSync(join(ROOT, 'tests/fixtures/good/good-messenger.mdx'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'atlas-odd-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function project(name: string, make: (messengers: string) => void) {
  const root = join(dir, name);
  const messengers = join(root, 'content/messengers');
  mkdirSync(messengers, { recursive: true });
  writeFileSync(join(messengers, 'fine.mdx'), good);
  make(messengers);
  return root;
}

describe('reading content/: odd files are refused, located', () => {
  const outside = join(dir, 'secret.mdx');
  writeFileSync(outside, good.replace('Good Messenger', 'Secret from outside'));
  const cases: [string, (messengers: string) => void, RegExp][] = [
    ['a dangling symbolic link', (m) => symlinkSync(join(m, 'missing.mdx'), join(m, 'dangling.mdx')), /dangling\.mdx:1: file: is a symbolic link/],
    ['a symbolic link to a file outside the repository', (m) => symlinkSync(outside, join(m, 'leak.mdx')), /leak\.mdx:1: file: is a symbolic link/],
    ['a symbolic link to a folder', (m) => symlinkSync(tmpdir(), join(m, 'ru')), /messengers\/ru:1: file: is a symbolic link/],
    ['a folder named like an entry', (m) => mkdirSync(join(m, 'folder.mdx')), /folder\.mdx:1: file: is a folder, where a file is expected/],
    ['a FIFO, which would hang a read', (m) => execFileSync('mkfifo', [join(m, 'pipe.mdx')]), /pipe\.mdx:1: file: is not a regular file/],
  ];
  for (const [name, make, expected] of cases) {
    it(`${name}: one located line, and the fine file still read`, () => {
      const root = project(name.replace(/\W+/g, '-'), make);
      const { files, problems } = readContentFiles(root, 'content');
      assert.deepEqual(
        files.map((f) => f.path),
        ['content/messengers/fine.mdx'],
      );
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.match(`${problems[0]!.path}:${problems[0]!.line}: ${problems[0]!.field}: ${problems[0]!.message}`, expected);
      assert.ok(!files.some((f) => f.text.includes('Secret from outside')), 'a file outside the repository is never read');
    });
  }

  it('the command line reports the odd file with its line and exits 1', () => {
    const root = project('cli', (m) => symlinkSync(outside, join(m, 'leak.mdx')));
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /^content\/messengers\/leak\.mdx:1: file: is a symbolic link/m);
    assert.doesNotMatch(run.stdout + run.stderr, /at \w+ \(|TypeError|ENOENT/, 'no stack trace');
  });

  it('an unreadable file gets a located line (skipped as root, who can read anything)', (t) => {
    if (process.getuid?.() === 0) {
      t.skip('running as root: chmod 000 does not stop root reading');
      return;
    }
    const root = project('unreadable', (m) => {
      writeFileSync(join(m, 'locked.mdx'), good);
      chmodSync(join(m, 'locked.mdx'), 0o000);
    });
    const { problems } = readContentFiles(root, 'content');
    assert.match(problems[0]?.message ?? '', /cannot be read/);
  });
});
