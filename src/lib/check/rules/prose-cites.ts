import type { ComponentUse } from '../mdx-safety.ts';
import type { ContentFile, Entry, RuText } from '../content-file.ts';
import { fieldName, type Problem } from '../problem.ts';
import { firstProseLine } from '../prose.ts';
import { rowsAt, textOf } from '../raw.ts';
import { closest } from '../zod-issues.ts';
import { uncitedSources } from './sources.ts';

/**
 * Footnotes in entry prose. `<Cite id="…" />` after a sentence points at one of the entry's own
 * sources, in the English text and in the Russian one (which has no sources of its own). A footnote
 * to a source the entry does not list is an error; a source cited in one language only is a
 * warning, on the Russian file; a source that neither a field nor a sentence cites is a note.
 */
export function checkProseCites(entries: ReadonlyMap<string, Entry>, ruTexts: ReadonlyMap<string, RuText>, problems: Problem[]) {
  // An entry whose own sources list is faulty (an id missing, misspelt or used twice) has its
  // errors already; the Russian text's footnotes are then judged against a list being fixed, and
  // blaming that file too would send the editor to the wrong one.
  const faultySources = new Set(problems.filter((p) => p.severity === 'error' && /^sources(?:\[|$)/.test(p.field)).map((p) => p.path));
  for (const [id, entry] of entries) {
    const sourceIds = rowsAt(entry.parsed.data, ['sources'])
      .map((source) => textOf(source['id']))
      .filter((sourceId) => sourceId !== undefined);
    const known = new Set(sourceIds);
    const ru = ruTexts.get(id);
    const english = resolve(entry.file, entry.cites, known, sourceIds, problems);
    const russian = ru?.cites && !faultySources.has(entry.file.path) ? resolve(ru.file, ru.cites, known, sourceIds, problems) : undefined;

    if (ru?.parsed && russian) {
      const ruParsed = ru.parsed;
      for (const [sourceId, line] of english) {
        if (russian.has(sourceId)) continue;
        problems.push({
          path: ru.file.path,
          line: firstProseLine(ruParsed.body, ruParsed.bodyLine),
          field: 'body',
          message: `the English prose cites "${sourceId}" (${entry.file.path}:${line}) and this text does not (expected <Cite id="${sourceId}" /> after the matching Russian sentence)`,
          severity: 'warning',
        });
      }
      for (const [sourceId, line] of russian) {
        if (english.has(sourceId)) continue;
        problems.push({
          path: ru.file.path,
          line,
          field: 'body',
          message: `<Cite id="${sourceId}" /> is not in the English prose (expected the same footnote after the matching sentence of ${entry.file.path})`,
          severity: 'warning',
        });
      }
    }

    const cited = new Set([...english.keys(), ...(russian?.keys() ?? [])]);
    for (const { path, message, severity } of uncitedSources(entry.parsed.data, cited)) {
      const field = fieldName(path);
      if (!entry.reported.has(field)) problems.push({ path: entry.file.path, line: entry.parsed.lineOf(path), field, message, severity });
    }
  }
}

/**
 * Reports each footnote that names no source of the entry, and returns the ones that do, each with
 * the line of its first use.
 */
function resolve(file: ContentFile, cites: readonly ComponentUse[], known: ReadonlySet<string>, sourceIds: readonly string[], problems: Problem[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const use of cites) {
    const sourceId = use.attributes['id'];
    const error = (message: string) => problems.push({ path: file.path, line: use.line, field: 'body', message, severity: 'error' });
    if (!sourceId) {
      error(`<Cite> has no id (expected <Cite id="…" /> with the id of one of the entry's sources)`);
    } else if (!known.has(sourceId)) {
      const guess = closest(sourceId, sourceIds);
      const where = file.path.includes('/ru/') ? `the entry's sources, in ${file.path.replace('/ru/', '/')}` : "this entry's sources";
      error(`<Cite id="${sourceId}" /> names no source of this entry (${guess ? `did you mean "${guess}"?` : `expected the id of one of ${where}`})`);
    } else if (!found.has(sourceId)) {
      found.set(sourceId, use.line);
    }
  }
  return found;
}
