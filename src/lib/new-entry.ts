/** What `npm run new -- "Name"` writes: pure, so it is tested without touching the disk. */

import { latinize } from './transliterate.ts';

/** `Yahoo! Messenger` → `yahoo-messenger`; `ТамТам` → `tamtam`. */
export function idFromName(name: string): string {
  return latinize(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A new entry with every required field present but empty, so the first `npm run check:content`
 * lists exactly what is left to fill in — and the file cannot pass by accident with example data.
 */
export function newEntryFiles(name: string, today: string): { id: string; entry: string; ru: string } {
  const id = idFromName(name);
  const entry = `---
# New entry: ${name}. Every field, with its allowed values, is explained in
# content/messengers/_template.mdx. Fill in what your sources support, leave the rest out,
# and run \`npm run check:content\` until it prints no line about this file.
id: ${id}
name: ${JSON.stringify(name)}
aliases: []
summary: ""        # one English sentence, at most 200 characters
category:          # consumer | workplace | social | open-network | client
launched: ""       # "YYYY", "YYYY-MM" or "YYYY-MM-DD", in quotes; delete the line if no source says
architecture:      # centralized | federated | peer-to-peer (leave out if sources disagree)
owners: []
users: []
events: []
sources: []        # at least one: id, title, publisher, url (https), accessed, language
reviewed: "${today}"
---

Write the English prose here: at least 120 words, neutral, in your own words. A sentence that
rests on a source no field cites gets a footnote after its full stop: \`<Cite id="source-id" />\`.
`;
  const ru = `---
summary: ""        # одно предложение по-русски, не длиннее 200 знаков
---

Здесь — текст на русском: не меньше 120 слов, нейтрально и своими словами. После фразы,
которая опирается на источник из записи, ставится та же сноска, что в английском тексте.
`;
  return { id, entry, ru };
}
