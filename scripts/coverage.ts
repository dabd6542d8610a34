// npm run coverage: how complete the data is — per comparison field, the share of running
// messengers with no sourced value; stale entries; entries with figures for Russia. Prints a table
// for issue notes and the README; reads content/ the way the check does. `--gaps` lists, per
// running entry, the fields it lacks and its newest figure. `--ids=a,b,c` counts only those entries.
import { readContentFiles } from '../src/integrations/read-content.ts';
import { parseFile } from '../src/lib/check/frontmatter.ts';
import { currentEncryption } from '../src/lib/encryption.ts';
import { factSourceId, isStale } from '../src/lib/derive.ts';
import { buildDate } from '../src/lib/build-date.ts';
import { FACT_FIELDS, messengerSchema, type Messenger } from '../src/schemas/messenger.ts';
import { BUSINESS_FEATURES } from '../src/lib/vocabulary.ts';

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
const running = entries.filter((m) => !m.discontinued && (!only || only.includes(m.id)));
const social = running.filter((m) => m.category === 'consumer' || m.category === 'social');
const fields: [string, Messenger[], (m: Messenger) => boolean][] = [
  ['encryption: one-to-one', running, (m) => currentEncryption(m.encryption)?.oneToOne !== undefined],
  ['encryption: groups', running, (m) => currentEncryption(m.encryption)?.groups !== undefined],
  ['encryption: calls', running, (m) => currentEncryption(m.encryption)?.calls !== undefined],
  ['encryption: backups', running, (m) => currentEncryption(m.encryption)?.backups !== undefined],
  ['open source (client; server where known)', running, (m) => m.openSource !== undefined],
  ['phone number', running, (m) => m.phoneNumber !== undefined],
  ['owners (or none, for an open protocol)', running, (m) => m.owners.length > 0 || m.noOwner !== undefined],
  ['platforms', running, (m) => m.platforms.length > 0],
  // An open protocol that no company owns (noOwner: IRC, Tox) has no head office to give.
  ['headquarters (of services someone owns)', running.filter((m) => m.noOwner === undefined), (m) => m.headquarters !== undefined],
  ['website', running, (m) => m.website !== undefined],
  ['business (any field), consumer and social', social, (m) => BUSINESS_FEATURES.some((feature) => m.business?.[feature] !== undefined)],
];
if (process.argv.includes('--gaps')) {
  // One line an entry: the comparison fields it lacks and the date of its newest figure — the
  // work list for a research round.
  for (const m of running) {
    const missing = fields.filter(([, pool, known]) => pool.includes(m) && !known(m)).map(([name]) => name);
    const newest =
      m.users
        .map((u) => u.date)
        .sort()
        .at(-1) ?? 'none';
    console.log(`${m.id} (${m.category}): ${missing.join('; ') || 'complete'} | newest figure ${newest}`);
  }
  process.exit(0);
}
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(0)} %`;
console.log(`${entries.length} entries, ${running.length} running (${social.length} consumer or social)\n`);
console.log('| field | unknown among running | share |\n| --- | --- | --- |');
for (const [name, pool, known] of fields) {
  const unknown = pool.filter((m) => !known(m)).length;
  console.log(`| ${name} | ${unknown} of ${pool.length} | ${pct(unknown, pool.length)} |`);
}
const today = buildDate();
const stale = running.filter((m) => isStale(m, today));
const explained = stale.filter((m) => m.figuresNote);
console.log(
  `\nno figure in the last 24 months: ${stale.length} of ${running.length} running (${pct(stale.length, running.length)}); ${explained.length} of them say why (figuresNote)`,
);
// Plain facts (launched, website, phone number…) with a footnote: named under factSources, or a
// launch or shutdown date backed by the event of that date.
const given = (m: Messenger, field: (typeof FACT_FIELDS)[number]) => {
  const value = m[field];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
};
const plain = entries.flatMap((m) => FACT_FIELDS.filter((field) => given(m, field)).map((field) => factSourceId(m, field) !== undefined));
console.log(
  `plain facts with a footnote to their source (factSources, or the launch or shutdown event), all entries: ${plain.filter(Boolean).length} of ${plain.length} (${pct(plain.filter(Boolean).length, plain.length)})`,
);
const russia = entries.filter((m) => m.users.some((u) => u.scope === 'RU'));
console.log(`entries with a figure for Russia: ${russia.length} (${russia.map((m) => m.id).join(', ')})`);
console.log(
  `figures: ${entries.reduce((n, m) => n + m.users.length, 0)}, events: ${entries.reduce((n, m) => n + m.events.length, 0)}, sources: ${entries.reduce((n, m) => n + m.sources.length, 0)}`,
);
