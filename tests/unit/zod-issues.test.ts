// The content check's error map words zod's issues from their fields (code, values, minimum,
// maximum, expected), never from zod's English; a schema's own `error` text comes first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'astro/zod';
import { editorErrorMap } from '../../src/lib/check/zod-issues.ts';

const messageOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value, { error: editorErrorMap });
  assert.equal(result.success, false, `${JSON.stringify(value)} was accepted`);
  return result.error?.issues.map((issue) => issue.message) ?? [];
};

describe('editor error map', () => {
  it('names the expected type in plain words', () => {
    assert.deepEqual(messageOf(z.string(), 5), ['expected text']);
    assert.deepEqual(messageOf(z.boolean(), 'yes'), ['expected true or false']);
    assert.deepEqual(messageOf(z.array(z.string()), 'android'), ['expected a list (lines starting with "- ", or [a, b])']);
    assert.deepEqual(messageOf(z.object({}), 'x'), ['expected fields indented under this one']);
  });
  it('lists the allowed values from the issue', () => {
    assert.deepEqual(messageOf(z.enum(['mau', 'dau']), 'monthly'), ['expected one of: mau, dau']);
    assert.deepEqual(messageOf(z.literal('world'), 'earth'), ['expected one of: world']);
  });
  it('gives limits in items and characters, exclusive ones as whole counts', () => {
    assert.deepEqual(messageOf(z.array(z.string()).min(2), ['a']), ['is too short (expected at least 2 items)']);
    assert.deepEqual(messageOf(z.string().min(1), ''), ['is too short (expected at least 1 character)']);
    assert.deepEqual(messageOf(z.string().max(3), 'abcd'), ['is too long (expected at most 3 characters)']);
    assert.deepEqual(messageOf(z.number().positive(), 0), ['is too small (expected more than 0)']);
    assert.deepEqual(messageOf(z.number().max(100), 101), ['is too big (expected at most 100)']);
  });
  it('leaves the schema’s own words alone', () => {
    assert.deepEqual(messageOf(z.string({ error: 'expected a date written YYYY' }), 5), ['expected a date written YYYY']);
    assert.deepEqual(messageOf(z.string().max(3, { error: 'is too long (expected a short name)' }), 'abcd'), ['is too long (expected a short name)']);
  });
  it('never passes zod’s own English through, whatever the issue', () => {
    const schemas: [z.ZodType, unknown][] = [
      [z.union([z.literal('world'), z.string().regex(/^[A-Z]{2}$/)]), 5],
      [z.string().regex(/^x$/), 'y'],
      [z.url(), 'not a url'],
      [z.string().refine(() => false), 'x'],
      [z.number().int(), 1.5],
    ];
    for (const [schema, value] of schemas) {
      for (const message of messageOf(schema, value)) assert.doesNotMatch(message, /Invalid|Too (?:small|big)|received|Expected/, message);
    }
  });
});
