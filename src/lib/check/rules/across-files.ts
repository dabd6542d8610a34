import { show } from '../zod-issues.ts';
import type { Problem } from '../problem.ts';
import { rowsAt, textOf, valueAt } from '../raw.ts';
import type { ContentFile, Entry, RuText } from '../content-file.ts';
import { KEBAB_ID } from '../../../schemas/common.ts';
import { countWords, firstProseLine, MIN_PROSE_WORDS, paragraphsOf } from '../prose.ts';

/** `entries` holds the readable entries; `entryIds` every entry file, readable or not. */
export function checkAcrossFiles(entries: Map<string, Entry>, entryIds: Set<string>, ruTexts: Map<string, RuText>, problems: Problem[]) {
  const report = (file: ContentFile, line: number, field: string, message: string) => problems.push({ path: file.path, line, field, message, severity: 'error' });
  for (const [id, { file }] of ruTexts) {
    if (!entryIds.has(id)) {
      report(file, 1, 'frontmatter', `there is no entry ${id}.mdx for this Russian text (expected the same file name as an entry in content/messengers/)`);
    }
  }
  const names = new Map<string, string>();
  for (const [id, { parsed }] of entries) {
    const name = textOf(valueAt(parsed.data, ['name']));
    if (name) names.set(name.toLowerCase(), id);
  }
  checkMeasurerSpellings(entries, report);
  const aliasOwner = new Map<string, string>();
  for (const [id, { file, parsed, reported }] of entries) {
    const ru = ruTexts.get(id);
    if (!ru) report(file, 1, 'id', `no Russian text (expected content/messengers/ru/${id}.mdx with a summary and prose)`);
    else checkParagraphsMatch(parsed.body, ru, problems);
    const successor = textOf(valueAt(parsed.data, ['successor']));
    if (successor !== undefined && !entryIds.has(successor) && !reported.has('successor')) {
      report(file, parsed.lineOf(['successor']), 'successor', `"${successor}" is not an entry of the atlas (expected the id of a file in content/messengers/)`);
    }
    const networks = valueAt(parsed.data, ['clientOf', 'networks']);
    (Array.isArray(networks) ? networks : []).forEach((network: unknown, i) => {
      // A network with an entry is named by its id (icq); one without, by its name (Bonjour), which
      // has capitals or spaces, so anything shaped like an id must be one.
      if (typeof network !== 'string' || !KEBAB_ID.test(network) || entryIds.has(network)) return;
      report(
        file,
        parsed.lineOf(['clientOf', 'networks', i]),
        `clientOf.networks[${i}]`,
        `"${network}" is not an entry of the atlas (expected the id of a file in content/messengers/, or the network's name as written, e.g. Bonjour, if it has no entry)`,
      );
    });
    const aliases = valueAt(parsed.data, ['aliases']);
    (Array.isArray(aliases) ? aliases : []).forEach((alias: unknown, i) => {
      if (typeof alias !== 'string') return;
      const key = alias.toLowerCase();
      const nameOwner = names.get(key);
      const other = aliasOwner.get(key) ?? (nameOwner !== id ? nameOwner : undefined);
      if (other !== undefined && other !== id) {
        report(file, parsed.lineOf(['aliases', i]), `aliases[${i}]`, `${show(alias)} is already a name or alias of ${other} (expected a name only this messenger goes by)`);
      } else aliasOwner.set(key, id);
    });
  }
}

/**
 * Survey waves and rankings group figures by who measured them, so one organisation spelt two ways
 * ("FOM" and "FOM (Фонд «Общественное мнение»)") splits a survey in two. Names that agree before
 * any bracket are taken for one organisation: every spelling but the most used one is an error,
 * which names that one.
 */
function checkMeasurerSpellings(entries: Map<string, Entry>, report: (file: ContentFile, line: number, field: string, message: string) => void) {
  const uses: { file: ContentFile; line: number; field: string; spelling: string }[] = [];
  for (const { file, parsed } of entries.values()) {
    rowsAt(parsed.data, ['users']).forEach((point, i) => {
      const spelling = textOf(point['measurer']);
      if (spelling) uses.push({ file, line: parsed.lineOf(['users', i, 'measurer']), field: `users[${i}].measurer`, spelling });
    });
  }
  const base = (spelling: string) =>
    spelling
      .replace(/\s*\(.*$/, '')
      .trim()
      .toLowerCase();
  const byBase = new Map<string, Map<string, number>>();
  for (const { spelling } of uses) {
    const counts = byBase.get(base(spelling)) ?? new Map<string, number>();
    counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
    byBase.set(base(spelling), counts);
  }
  for (const use of uses) {
    const counts = byBase.get(base(use.spelling))!;
    if (counts.size < 2) continue;
    const [preferred] = [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b, 'en'))[0]!;
    if (use.spelling === preferred) continue;
    report(
      use.file,
      use.line,
      use.field,
      `"${use.spelling}" is spelt "${preferred}" elsewhere in the atlas (expected one spelling for one organisation: survey waves and rankings group figures by it)`,
    );
  }
}

/**
 * The two languages tell the same facts, paragraph for paragraph (CONTRIBUTING, "Write the prose"), so
 * a paragraph count that differs usually means a paragraph added to one language only. A warning on
 * the Russian text's first line, since a translation may fairly join or split a paragraph.
 */
function checkParagraphsMatch(englishBody: string, { file, parsed }: RuText, problems: Problem[]) {
  // A file that cannot be read, or a prose too short to stand, is reported as such; comparing
  // paragraphs would add nothing.
  if (!parsed || [englishBody, parsed.body].some((body) => countWords(body) < MIN_PROSE_WORDS)) return;
  const english = paragraphsOf(englishBody).length;
  const russian = paragraphsOf(parsed.body).length;
  if (english === russian) return;
  problems.push({
    path: file.path,
    line: firstProseLine(parsed.body, parsed.bodyLine),
    field: 'prose',
    message: `the Russian prose has ${russian} paragraph${russian === 1 ? '' : 's'} and the English ${english} (expected the same paragraphs in both languages: one may have been added, or left out, in one of them only)`,
    severity: 'warning',
  });
}
