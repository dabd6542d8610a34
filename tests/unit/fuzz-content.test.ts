/**
 * Fuzzing the content check (#9). This first part pins the faults the fuzzer found.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';

const ROOT = join(import.meta.dirname, '../..');

// ————— bugs the fuzzer found, pinned —————

describe('content check: faults the fuzzer found', () => {
  const FIXTURES = join(ROOT, 'tests/fixtures/good');
  const PATH = 'content/messengers/good-messenger.mdx';
  const good = readFileSync(join(FIXTURES, 'good-messenger.mdx'), 'utf8');
  const others = [
    { path: 'content/messengers/second-messenger.mdx', text: readFileSync(join(FIXTURES, 'second-messenger.mdx'), 'utf8') },
    ...['good-messenger', 'second-messenger'].map((id) => ({ path: `content/messengers/ru/${id}.mdx`, text: readFileSync(join(FIXTURES, 'ru', `${id}.mdx`), 'utf8') })),
  ];
  const errorsOf = (text: string) => checkContent([...others, { path: PATH, text }], { today: '2026-11-25' }).filter((p) => p.severity === 'error');
  const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1;

  it('accepts the good fixture untouched', () => assert.deepEqual(errorsOf(good).map(formatProblem), []));

  it('rejects a value that starts with an unknown YAML tag, on its line (Astro stops the build there; the check used to drop the tag and accept)', () => {
    for (const tag of ['!Important', '!<tag:example.org,2026:x>', '!!bool']) {
      const text = good.replace('name: Good Messenger', `name: ${tag} Good Messenger`);
      const errors = errorsOf(text);
      assert.deepEqual(errors.map((p) => `${p.line} ${p.field}`), [`${lineOf(text, `name: ${tag} Good Messenger`)} frontmatter`], errors.map(formatProblem).join('\n'));
      assert.match(errors[0]!.message, /starts with a sign YAML reserves/);
    }
  });

  it('reports an unknown numeric or null key on its own line, not at the top of its group', () => {
    for (const [key, where] of [['2020', 'category: consumer'], ['~', 'category: consumer'], ['1', '    from: "2014-02"']] as const) {
      const indent = /^ */.exec(where)![0];
      const text = good.replace(`${where}\n`, `${where}\n${indent}${key}: x\n`);
      assert.notEqual(text, good, where);
      const errors = errorsOf(text).filter((p) => /unknown field/.test(p.message));
      assert.equal(errors.length, 1, errors.map(formatProblem).join('\n'));
      assert.equal(errors[0]!.line, lineOf(text, `${indent}${key}: x`), formatProblem(errors[0]!));
    }
  });
});
