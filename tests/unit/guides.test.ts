import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { guideSchema } from '../../src/schemas/guide.ts';

const DIR = join(import.meta.dirname, '../../content/guides');
const slugs = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
      .map((name) => name.slice(0, -4))
  : [];
/** Words of the prose, without component tags (a <Figure> renders as a number, not as words). */
const words = (body: string) => (body.replace(/<[A-Z][^>]*\/>/g, ' ').match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).length;

describe('guides', () => {
  for (const slug of slugs) {
    for (const [locale, path] of [
      ['en', join(DIR, `${slug}.mdx`)],
      ['ru', join(DIR, 'ru', `${slug}.mdx`)],
    ] as const) {
      it(`${slug} (${locale}) exists, is valid, has at least 800 words and a table of contents`, () => {
        assert.ok(existsSync(path), `${path} is missing`);
        const [, frontmatter, body = ''] = readFileSync(path, 'utf8').split(/^---$/m);
        guideSchema.parse(parse(frontmatter!, { schema: 'core' }));
        assert.ok(words(body) >= 800, `${words(body)} words`);
        assert.ok((body.match(/^## /gm) ?? []).length >= 3, 'at least three sections for the contents');
        if (locale === 'ru') assert.match(body, /[а-яё]{4}/i);
      });
    }
  }
});
