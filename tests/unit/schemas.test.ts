import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { messengerRuSchema, messengerSchema } from '../../src/schemas/messenger.ts';
import { partialDate } from '../../src/schemas/common.ts';

const ROOT = join(import.meta.dirname, '../..');
const frontmatter = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8').split(/^---$/m)[1]!, { schema: 'core' });

describe('messenger schema', () => {
  it('accepts the commented template, so it shows valid values', () => {
    const result = messengerSchema.safeParse(frontmatter('content/messengers/_template.mdx'));
    assert.ok(result.success, JSON.stringify(result.error?.issues));
    assert.ok(messengerRuSchema.safeParse(frontmatter('content/messengers/ru/_template.mdx')).success);
  });
  it('normalises what YAML makes of unquoted dates back to text', () => {
    assert.equal(partialDate.parse(1996), '1996');
    assert.equal(partialDate.parse(new Date(Date.UTC(1996, 10, 15))), '1996-11-15');
    assert.equal(partialDate.safeParse('2021-02-30').success, false);
    assert.equal(partialDate.safeParse(1996.5).success, false);
  });
  it('fills defaults for optional lists', () => {
    const data = messengerSchema.parse(frontmatter('tests/fixtures/good/second-messenger.mdx'));
    assert.deepEqual([data.aliases.length, data.owners, data.events, data.platforms], [1, [], [], []]);
  });
  it('rejects unknown fields and non-https URLs', () => {
    const base = frontmatter('tests/fixtures/good/second-messenger.mdx');
    assert.equal(messengerSchema.safeParse({ ...base, extra: 1 }).success, false);
    assert.equal(messengerSchema.safeParse({ ...base, website: 'http://example.org' }).success, false);
    for (const code of ['SU', 'XX', 'ZZ', 'UK', 'ru']) assert.equal(messengerSchema.safeParse({ ...base, origin: code }).success, false, code);
    for (const code of ['RU', 'GB', 'EU', 'AE']) assert.equal(messengerSchema.safeParse({ ...base, origin: code }).success, true, code);
  });
});
