// The real entries of content/messengers/, read the way the build reads their frontmatter, for
// properties that must hold on the actual data (not just on fixtures).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { messengerSchema, type Messenger } from '../../../src/schemas/messenger.ts';

const DIR = join(import.meta.dirname, '../../../content/messengers');

export function realEntries(): Messenger[] {
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const [, frontmatter] = readFileSync(join(DIR, name), 'utf8').split(/^---$/m);
      return messengerSchema.parse(parse(frontmatter!, { schema: 'core' }));
    });
}
