// npm run coverage: how complete the data is — per comparison field, the share of running
// messengers with no value; stale entries; entries with figures for Russia. Prints a table
// for issue notes and the README; reads content/ the way the check does. `--gaps` lists, per
// running entry, the fields it lacks and its newest figure. `--ids=a,b,c` counts only those entries.
import { readContentFiles } from '../src/integrations/read-content.ts';
import { parseFile } from '../src/lib/check/frontmatter.ts';
import { paragraphsOf } from '../src/lib/check/prose.ts';
import { proseCiteIds } from '../src/lib/source-index.ts';
import { coverage, missingFields, plainFactFootnotes, type CoverageField } from '../src/lib/coverage.ts';
import { en } from '../src/i18n/en.ts';
import { buildDate } from '../src/lib/build-date.ts';
import { messengerSchema, type Messenger } from '../src/schemas/messenger.ts';

const { files } = readContentFiles(process.cwd(), 'content');
const entries: Messenger[] = [];
for (const file of files) {
  if (!/^content\/messengers\/[^_/][^/]*\.mdx$/.test(file.path)) continue;
  const parsed = parseFile(file.text);
  if ('error' in parsed) continue;
  const result = messengerSchema.safeParse(parsed.data);
  if (result.success) entries.push(result.data);
}
// --ids=a,b,c limits the count to those entries: the same set before and after a round of research.
const only = process.argv
  .find((arg) => arg.startsWith('--ids='))
  ?.slice('--ids='.length)
  .split(',');
const counted = only ? entries.filter((m) => only.includes(m.id)) : entries;
const label = (field: CoverageField) => en[`coverage.field.${field}`];
if (process.argv.includes('--gaps')) {
  // One line a running entry: the comparison fields it lacks and the date of its newest figure —
  // the work list for a research round.
  for (const m of counted.filter((entry) => !entry.discontinued)) {
    const newest =
      m.users
        .map((u) => u.date)
        .sort()
        .at(-1) ?? 'none';
    console.log(`${m.id} (${m.category}): ${missingFields(m).map(label).join('; ') || 'complete'} | newest figure ${newest}`);
  }
  process.exit(0);
}
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(0)} %`;
const result = coverage(counted, buildDate());
// Business tools are asked only of consumer and social apps, so that row's pool is their count.
const social = result.rows.find((row) => row.field === 'business')!.of;
console.log(`${entries.length} entries, ${result.running} running (${social} consumer or social)\n`);
console.log('| field | unknown among running | share |\n| --- | --- | --- |');
for (const row of result.rows) console.log(`| ${label(row.field)} | ${row.unknown} of ${row.of} | ${pct(row.unknown, row.of)} |`);
console.log(
  `\nno figure in the last 24 months: ${result.stale} of ${result.running} running (${pct(result.stale, result.running)}); ${result.staleExplained} of them say why (figuresNote)`,
);
// Plain facts (launched, website, phone number…) with a footnote: named under factSources, or a
// launch or shutdown date backed by the event of that date.
const plain = plainFactFootnotes(entries);
console.log(
  `plain facts with a footnote to their source (factSources, or the launch or shutdown event), all entries: ${plain.footnoted} of ${plain.given} (${pct(plain.footnoted, plain.given)})`,
);
// Prose footnotes: how much of the English text names its sources sentence by sentence, read with
// the build's own compiler (proseCiteIds), counted per paragraph.
const paragraphs = files
  .filter((file) => /^content\/messengers\/[^_/][^/]*\.mdx$/.test(file.path))
  .flatMap((file) => {
    const parsed = parseFile(file.text);
    return 'error' in parsed ? [] : paragraphsOf(parsed.body);
  });
const cited = paragraphs.map((paragraph) => proseCiteIds(paragraph).length);
console.log(
  `English prose: ${cited.reduce((n, count) => n + count, 0)} footnotes; paragraphs with at least one: ${cited.filter((count) => count > 0).length} of ${paragraphs.length} (${pct(cited.filter((count) => count > 0).length, paragraphs.length)})`,
);
const russia = entries.filter((m) => m.users.some((u) => u.scope === 'RU'));
console.log(`entries with a figure for Russia: ${russia.length} (${russia.map((m) => m.id).join(', ')})`);
console.log(
  `figures: ${entries.reduce((n, m) => n + m.users.length, 0)}, events: ${entries.reduce((n, m) => n + m.events.length, 0)}, sources: ${entries.reduce((n, m) => n + m.sources.length, 0)}`,
);
