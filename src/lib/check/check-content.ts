import type { z } from 'astro/zod';
import { guideSchema } from '../../schemas/guide.ts';
import { pageSchema } from '../../schemas/page.ts';
import { messengerRuSchema, messengerSchema } from '../../schemas/messenger.ts';
import { classify, idFromPath, type ContentFile, type Entry, type Guide, type RuText } from './content-file.ts';
import { parseFile, type ParsedFile } from './frontmatter.ts';
import { readProse } from './mdx-safety.ts';
import { fieldName, sortProblems, type Finding, type Problem } from './problem.ts';
import { proseTooShort } from './prose.ts';
import { rowsAt, textOf, valueAt } from './raw.ts';
import { checkAcrossFiles } from './rules/across-files.ts';
import { checkConsistency } from './rules/consistency.ts';
import { checkFutureDates, checkSpans } from './rules/dates.ts';
import { checkGuides } from './rules/guides.ts';
import { checkOldestFirst } from './rules/oldest-first.ts';
import { checkProseCites } from './rules/prose-cites.ts';
import { checkSources } from './rules/sources.ts';
import { checkOneFigurePerDate } from './rules/users.ts';
import { isIdAt, isSourceRefAt, requiredKeysAt, schemaKeysAt } from './schema-keys.ts';
import { describeYamlError } from './yaml-errors.ts';
import { describeIssue, editorErrorMap } from './zod-issues.ts';

export { classify, type ContentFile };

export interface CheckOptions {
  /** The build date, YYYY-MM-DD: nothing may be dated after it. */
  today: string;
}

/**
 * Rules that need more than one field of an entry, in the order an editor would fix them. They
 * read the raw data, so they still run when the schema has rejected some other field: the editor
 * sees every problem in one run.
 */
const ENTRY_RULES: ((data: unknown, context: { fileId: string; today: string }) => Finding[])[] = [
  (data, { fileId }) => {
    const id = textOf(valueAt(data, ['id']));
    return id !== undefined && id !== fileId
      ? [{ path: ['id'], message: `"${id}" does not match the file name (expected ${fileId}, or rename the file to ${id}.mdx)`, severity: 'error' }]
      : [];
  },
  (data, { today }) => checkFutureDates(data, today),
  checkSpans,
  checkOldestFirst,
  checkOneFigurePerDate,
  checkSources,
  checkConsistency,
];

/**
 * Checks every content file and reports every problem at once (Astro stops at the first bad
 * entry). Cross-file rules — aliases, Russian files, successors — need the whole set, so the
 * caller passes all files together.
 */
export function checkContent(files: readonly ContentFile[], options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const entries = new Map<string, Entry>();
  const ruTexts = new Map<string, RuText>();
  const guides: Guide[] = [];

  for (const file of files) {
    const kind = classify(file.path);
    const add = (line: number, field: string, message: string, severity: Problem['severity'] = 'error') => problems.push({ path: file.path, line, field, message, severity });

    // A Russian file that cannot be read is still there: its own problems say what is wrong with
    // it, so its entry is not also told that it has no Russian text.
    if (kind === 'entry-ru') ruTexts.set(idFromPath(file.path), { file });
    if (!file.path.endsWith('.mdx')) continue;
    const parsed = parseFile(file.text);
    if ('error' in parsed) {
      add(parsed.line, 'frontmatter', parsed.error);
      continue;
    }
    const prose = readProse(parsed.content, file.path);
    for (const finding of prose.findings) add(finding.line, 'body', finding.message);
    const cites = prose.components.filter((use) => use.name === 'Cite');
    if (kind === 'entry-ru') ruTexts.set(idFromPath(file.path), { file, parsed, cites });
    if (kind === 'other') continue;
    if (kind === 'entry' || kind === 'entry-ru') {
      const short = proseTooShort(parsed.body, parsed.bodyLine, kind === 'entry' ? 'English' : 'Russian');
      if (short) add(short.line, 'prose', short.message);
    }
    const [firstYamlError] = parsed.yamlErrors;
    if (firstYamlError) {
      // Only the first: the parser's later errors are echoes of it and vanish once it is fixed.
      const { line, message } = describeYamlError(firstYamlError, file.text.replace(/^\uFEFF/, '').split(/\r?\n/));
      add(line, 'frontmatter', message);
      continue;
    }

    if (kind === 'entry-ru') validate(messengerRuSchema, parsed, add);
    else if (kind === 'guide' || kind === 'guide-ru') {
      validate(guideSchema, parsed, add);
      guides.push({ file, parsed, kind, components: prose.components });
    } else if (kind === 'page') validate(pageSchema, parsed, add);
    else {
      const reported = checkDatesWritten(parsed, add);
      validate(messengerSchema, parsed, add, reported);
      const context = { fileId: idFromPath(file.path), today: options.today };
      for (const rule of ENTRY_RULES) {
        for (const { path, message, severity } of rule(parsed.data, context)) {
          // A field the schema or an earlier rule already faulted gets no second line.
          if (!reported.has(fieldName(path))) add(parsed.lineOf(path), fieldName(path), message, severity);
        }
      }
      entries.set(idFromPath(file.path), { file, parsed, reported, cites });
    }
  }

  const entryIds = new Set(files.filter((file) => classify(file.path) === 'entry').map((file) => idFromPath(file.path)));
  checkAcrossFiles(entries, entryIds, ruTexts, problems);
  checkProseCites(entries, ruTexts, problems);
  checkGuides(guides, entries, problems);
  return sortProblems(problems);
}

type Add = (line: number, field: string, message: string, severity?: Problem['severity']) => void;

/** Reports what the schema rejects, one line per field, and adds those fields to `reported`. */
function validate<S extends z.ZodType>(schema: S, parsed: ParsedFile, add: Add, reported = new Set<string>()): void {
  const result = schema.safeParse(parsed.data ?? {}, { error: editorErrorMap });
  if (result.success) return;
  const context = { sourceIds: rowsAt(parsed.data, ['sources']).flatMap((source) => textOf(source['id']) ?? []) };
  const shape = {
    keysAt: (path: readonly PropertyKey[]) => schemaKeysAt(schema, path),
    requiredKeysAt: (path: readonly PropertyKey[]) => requiredKeysAt(schema, path),
    isIdAt: (path: readonly PropertyKey[]) => isIdAt(schema, path),
    isSourceRefAt: (path: readonly PropertyKey[]) => isSourceRefAt(schema, path),
  };
  for (const issue of result.error.issues) {
    for (const described of describeIssue(issue, valueAt(parsed.data, issue.path), shape, context)) {
      const field = fieldName(described.path) || 'frontmatter';
      // One line per field: the first rule it breaks says enough to fix it.
      if (reported.has(field)) continue;
      reported.add(field);
      add(parsed.lineOf(described.path), field, described.message);
    }
  }
}

/** An unquoted impossible date is where Astro's YAML parser silently moves to the next month. */
function checkDatesWritten(parsed: ParsedFile, add: Add): Set<string> {
  const reported = new Set<string>();
  for (const { path, value } of parsed.impossibleDates) {
    add(
      parsed.lineOf(path),
      fieldName(path),
      `${value} is not a real date, and without quotes Astro would silently turn it into another day (expected a real date in quotes, e.g. "2021-02-28")`,
    );
    reported.add(fieldName(path));
  }
  return reported;
}
