// npm run new -- "Messenger name": creates content/messengers/<id>.mdx and its Russian file.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDate } from '../src/lib/build-date.ts';
import { newEntryFiles } from '../src/lib/new-entry.ts';

const name = process.argv.slice(2).join(' ').trim();
if (!name) {
  console.error('Give the messenger’s name: npm run new -- "Messenger name"');
  process.exit(2);
}
const { id, entry, ru } = newEntryFiles(name, buildDate());
if (!id) {
  console.error(`Cannot make an id from "${name}": use Latin or Cyrillic letters or digits.`);
  process.exit(2);
}
const dir = join(process.cwd(), 'content/messengers');
const entryPath = join(dir, `${id}.mdx`);
const ruPath = join(dir, 'ru', `${id}.mdx`);
for (const path of [entryPath, ruPath]) {
  if (existsSync(path)) {
    console.error(`${path.slice(process.cwd().length + 1)} already exists: the atlas has an entry "${id}". Edit that file instead.`);
    process.exit(1);
  }
}
writeFileSync(entryPath, entry);
writeFileSync(ruPath, ru);
console.log(`Created content/messengers/${id}.mdx and content/messengers/ru/${id}.mdx.

Next:
  1. Find sources (the company's own announcements, major press, regulators) and list each under sources:.
  2. Fill in summary, category, launched, architecture — and every other field your sources support
     (see content/messengers/_template.mdx for all of them).
  3. Add user figures and events, each with the id of its source.
  4. Write the English prose in ${id}.mdx and the Russian summary and prose in ru/${id}.mdx.
  5. Run npm run check:content and fix every line it prints; npm run dev to preview.`);
