import { guideSchema } from '../../schemas/guide.ts';
import { pageSchema } from '../../schemas/page.ts';
import { messengerRuSchema, messengerSchema } from '../../schemas/messenger.ts';
import { comparePartialDates, isCertainlyBefore, isInFuture, isPartialDate } from '../partial-date.ts';
import { checkConsistency } from './consistency.ts';
import { parseFile, type ParsedFile } from './frontmatter.ts';
import { GUIDE_COMPONENTS, readProse, type ComponentUse } from './mdx-safety.ts';
import { fieldName, sortProblems, type Problem } from './problem.ts';
import { proseTooShort } from './prose.ts';
import { isIdAt, schemaKeysAt } from './schema-keys.ts';
import { describeYamlError } from './yaml-errors.ts';
import { describeIssue, editorErrorMap, show } from './zod-issues.ts';
import type { z } from 'astro/zod';

/** A file under `content/`, by its path relative to the project (forward slashes). */
export interface ContentFile {
  path: string;
  text: string;
}

export interface CheckOptions {
  /** The build date, YYYY-MM-DD: nothing may be dated after it. */
  today: string;
}

type Kind = 'entry' | 'entry-ru' | 'guide' | 'guide-ru' | 'page' | 'other';

/** Which role a file under content/ plays, from its path. Files starting with `_` are templates. */
export function classify(path: string): Kind {
  const name = path.split('/').pop() ?? '';
  if (name.startsWith('_') || !name.endsWith('.mdx')) return 'other';
  if (/(^|\/)messengers\/ru\/[^/]+\.mdx$/.test(path)) return 'entry-ru';
  if (/(^|\/)messengers\/[^/]+\.mdx$/.test(path)) return 'entry';
  if (/(^|\/)guides\/ru\/[^/]+\.mdx$/.test(path)) return 'guide-ru';
  if (/(^|\/)guides\/[^/]+\.mdx$/.test(path)) return 'guide';
  if (/(^|\/)pages\/[^/]+\/[^/]+\.mdx$/.test(path)) return 'page';
  return 'other';
}

const idFromPath = (path: string) => (path.split('/').pop() ?? '').replace(/\.mdx$/, '');

/**
 * Checks every content file and reports every problem at once (Astro stops at the first bad
 * entry). Cross-file rules — aliases, Russian files, successors — need the whole set, so the
 * caller passes all files together.
 */
export function checkContent(files: readonly ContentFile[], options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const entries = new Map<string, Entry>();
  const ruIds = new Map<string, ContentFile>();
  const guides: Guide[] = [];

  for (const file of files) {
    const kind = classify(file.path);
    const add = (line: number, field: string, message: string, severity: Problem['severity'] = 'error') =>
      problems.push({ path: file.path, line, field, message, severity });

    // A Russian file that cannot be read is still there: its own problems say what is wrong with
    // it, so its entry is not also told that it has no Russian text.
    if (kind === 'entry-ru') ruIds.set(idFromPath(file.path), file);
    if (file.path.endsWith('.mdx')) {
      const parsed = parseFile(file.text);
      if ('error' in parsed) {
        add(parsed.line, 'frontmatter', parsed.error);
        continue;
      }
      const isGuide = kind === 'guide' || kind === 'guide-ru';
      const prose = readProse(parsed.content, file.path);
      for (const finding of prose.findings) add(finding.line, 'body', finding.message);
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

      if (kind === 'entry-ru') {
        validate(messengerRuSchema, parsed, add);
      } else if (isGuide) {
        validate(guideSchema, parsed, add);
        guides.push({ file, parsed, kind, components: prose.components });
      } else if (kind === 'page') {
        validate(pageSchema, parsed, add);
      } else if (kind === 'entry') {
        const reported = checkDatesWritten(parsed, add);
        validate(messengerSchema, parsed, add, reported);
        checkEntryRules(parsed.data, file.path, parsed, options, add, reported);
        entries.set(idFromPath(file.path), { file, parsed, reported });
      }
    }
  }

  const entryIds = new Set(files.filter((file) => classify(file.path) === 'entry').map((file) => idFromPath(file.path)));
  checkAcrossFiles(entries, entryIds, ruIds, problems);
  checkGuides(guides, entries, problems);
  return sortProblems(problems);
}

interface Guide {
  file: ContentFile;
  parsed: ParsedFile;
  kind: 'guide' | 'guide-ru';
  components: ComponentUse[];
}

interface Entry {
  file: ContentFile;
  parsed: ParsedFile;
  /** Fields that already have a problem: later rules say nothing more about them. */
  reported: Set<string>;
}

type Add = (line: number, field: string, message: string, severity?: Problem['severity']) => void;

/** Reports what the schema rejects, one line per field, and adds those fields to `reported`. */
function validate<S extends z.ZodType>(schema: S, parsed: ParsedFile, add: Add, reported = new Set<string>()): z.output<S> | undefined {
  const result = schema.safeParse(parsed.data ?? {}, { error: editorErrorMap });
  if (result.success) return result.data;
  const context = { sourceIds: rows(parsed.data, 'sources').flatMap((source) => text(source['id']) ?? []) };
  const shape = { keysAt: (path: readonly PropertyKey[]) => schemaKeysAt(schema, path), isIdAt: (path: readonly PropertyKey[]) => isIdAt(schema, path) };
  for (const issue of result.error.issues) {
    const received = valueAt(parsed.data, issue.path);
    for (const described of describeIssue(issue, received, shape, context)) {
      const field = fieldName(described.path) || 'frontmatter';
      // One line per field: the first rule it breaks says enough to fix it.
      if (reported.has(field)) continue;
      reported.add(field);
      add(parsed.lineOf(described.path), field, described.message);
    }
  }
  return undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Every date-valued field, as [path, value] pairs, from the raw data (so it works on invalid entries too). */
function datePaths(data: unknown): [PropertyKey[], unknown][] {
  const found: [PropertyKey[], unknown][] = [];
  const list = (key: string, fields: string[]) => {
    const items = valueAt(data, [key]);
    if (Array.isArray(items)) items.forEach((item, i) => fields.forEach((f) => found.push([[key, i, f], valueAt(item, [f])])));
  };
  for (const key of ['launched', 'discontinued', 'reviewed']) found.push([[key], valueAt(data, [key])]);
  const history = valueAt(data, ['encryption', 'history']);
  if (Array.isArray(history)) history.forEach((step, i) => found.push([['encryption', 'history', i, 'from'], valueAt(step, ['from'])]));
  list('owners', ['from', 'to']);
  list('users', ['date']);
  list('events', ['date']);
  list('sources', ['published', 'accessed']);
  return found.filter(([, value]) => value !== undefined);
}

/** An unquoted impossible date is where Astro's YAML parser silently moves to the next month. */
function checkDatesWritten(parsed: ParsedFile, add: Add): Set<string> {
  const reported = new Set<string>();
  for (const { path, value } of parsed.impossibleDates) {
    {
      add(
        parsed.lineOf(path),
        fieldName(path),
        `${value} is not a real date, and without quotes Astro would silently turn it into another day (expected a real date in quotes, e.g. "2021-02-28")`,
      );
      reported.add(fieldName(path));
    }
  }
  return reported;
}

type Row = Record<string, unknown>;
const rows = (data: unknown, key: string): Row[] => {
  const value = valueAt(data, [key]);
  return Array.isArray(value) ? value.map((item) => (item !== null && typeof item === 'object' ? (item as Row) : {})) : [];
};
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
/** A date as the schema will see it (YAML reads an unquoted `1996` as a number), if it is a valid one. */
const dateOf = (value: unknown): string | undefined => {
  const written = typeof value === 'number' ? String(value) : text(value);
  return written !== undefined && isPartialDate(written) ? written : undefined;
};

/**
 * Rules that need more than one field. They read the raw data, so they still run when the
 * schema has rejected some other field: the editor sees every problem in one run.
 */
function checkEntryRules(data: unknown, path: string, parsed: ParsedFile, options: CheckOptions, add: Add, reported: ReadonlySet<string>) {
  const at = (fieldPath: PropertyKey[], message: string, severity: Problem['severity'] = 'error') => {
    if (!reported.has(fieldName(fieldPath))) add(parsed.lineOf(fieldPath), fieldName(fieldPath), message, severity);
  };

  const fileId = idFromPath(path);
  const id = text(valueAt(data, ['id']));
  if (id !== undefined && id !== fileId) at(['id'], `"${id}" does not match the file name (expected ${fileId}, or rename the file to ${id}.mdx)`);

  for (const [fieldPath, value] of datePaths(data)) {
    const date = dateOf(value);
    if (date && isInFuture(date, options.today)) at(fieldPath, `${date} is in the future (expected a date on or before ${options.today})`);
  }

  const launched = dateOf(valueAt(data, ['launched']));
  const discontinued = dateOf(valueAt(data, ['discontinued']));
  if (launched && discontinued && isCertainlyBefore(discontinued, launched)) {
    at(['discontinued'], `${discontinued} is before the launch on ${launched} (expected a date after launched)`);
  }
  rows(data, 'owners').forEach((owner, i) => {
    const from = dateOf(owner['from']);
    const to = dateOf(owner['to']);
    if (from && to && isCertainlyBefore(to, from)) at(['owners', i, 'to'], `${to} is before the start of this ownership, ${from} (expected a date after from)`);
  });

  const seenPoints = new Map<string, number>();
  let previousUserDate: string | undefined;
  rows(data, 'users').forEach((point, i) => {
    const date = dateOf(point['date']);
    if (!date) return;
    if (previousUserDate && comparePartialDates(date, previousUserDate) < 0) {
      at(['users', i, 'date'], `${date} comes after ${previousUserDate} in the list (expected user figures oldest first)`);
    }
    previousUserDate = date;
    const key = `${date}|${String(point['metric'])}|${String(point['scope'])}`;
    const first = seenPoints.get(key);
    if (first !== undefined) {
      at(['users', i], `repeats users[${first}]: same date ${date}, metric ${String(point['metric'])} and scope ${String(point['scope'])} (expected one figure per date, metric and scope)`);
    } else seenPoints.set(key, i);
  });
  let previousEventDate: string | undefined;
  rows(data, 'events').forEach((event, i) => {
    const date = dateOf(event['date']);
    if (!date) return;
    if (previousEventDate && comparePartialDates(date, previousEventDate) < 0) {
      at(['events', i, 'date'], `${date} comes after ${previousEventDate} in the list (expected events oldest first)`);
    }
    previousEventDate = date;
  });

  const sourceIds = new Set<string>();
  rows(data, 'sources').forEach((source, i) => {
    const sourceId = text(source['id']);
    if (sourceId === undefined) return;
    if (sourceIds.has(sourceId)) at(['sources', i, 'id'], `"${sourceId}" is used by two sources (expected each source id once)`);
    sourceIds.add(sourceId);
  });
  const used = new Set<string>();
  for (const [fieldPath, sourceId] of sourceReferences(data)) {
    used.add(sourceId);
    if (!sourceIds.has(sourceId)) {
      const known = sourceIds.size ? `one of: ${[...sourceIds].join(', ')}` : 'a source listed under sources:';
      at(fieldPath, `"${sourceId}" is not in this entry's sources (expected ${known})`);
    }
  }
  rows(data, 'sources').forEach((source, i) => {
    const sourceId = text(source['id']);
    if (sourceId !== undefined && !used.has(sourceId)) {
      // Prose and the fields without a source: (launched, website, platforms…) rest on sources too:
      // an uncited source is often right, so this is a note, never advice to throw evidence away.
      at(
        ['sources', i, 'id'],
        `"${sourceId}" is not cited by any field — fine if it supports the prose, launched, website or platforms, which have no source: field (if it backs a user figure, event, owner, encryption, openSource or business, add source: ${sourceId} there; if it backs nothing, remove it)`,
        'warning',
      );
    }
  });

  for (const finding of checkConsistency(data)) at(finding.path, finding.message, finding.severity);
}

function sourceReferences(data: unknown): [PropertyKey[], string][] {
  const refs: [PropertyKey[], string][] = [];
  for (const list of ['owners', 'users', 'events']) {
    rows(data, list).forEach((row, i) => {
      const ref = text(row['source']);
      if (ref !== undefined) refs.push([[list, i, 'source'], ref]);
    });
  }
  const history = valueAt(data, ['encryption', 'history']);
  (Array.isArray(history) ? history : []).forEach((step: unknown, i) => {
    const ref = text(valueAt(step, ['source']));
    if (ref !== undefined) refs.push([['encryption', 'history', i, 'source'], ref]);
  });
  for (const group of ['openSource', 'business']) {
    const ref = text(valueAt(data, [group, 'source']));
    if (ref !== undefined) refs.push([[group, 'source'], ref]);
  }
  return refs;
}

/** `entries` holds the readable entries; `entryIds` every entry file, readable or not. */
function checkAcrossFiles(entries: Map<string, Entry>, entryIds: Set<string>, ruIds: Map<string, ContentFile>, problems: Problem[]) {
  const report = (file: ContentFile, line: number, field: string, message: string) =>
    problems.push({ path: file.path, line, field, message, severity: 'error' });
  for (const [id, file] of ruIds) {
    if (!entryIds.has(id)) {
      report(file, 1, 'frontmatter', `there is no entry ${id}.mdx for this Russian text (expected the same file name as an entry in content/messengers/)`);
    }
  }
  const names = new Map<string, string>();
  for (const [id, { parsed }] of entries) {
    const name = text(valueAt(parsed.data, ['name']));
    if (name) names.set(name.toLowerCase(), id);
  }
  const aliasOwner = new Map<string, string>();
  for (const [id, { file, parsed, reported }] of entries) {
    if (!ruIds.has(id)) report(file, 1, 'id', `no Russian text (expected content/messengers/ru/${id}.mdx with a summary and prose)`);
    const successor = text(valueAt(parsed.data, ['successor']));
    if (successor !== undefined && !entryIds.has(successor) && !reported.has('successor')) {
      report(file, parsed.lineOf(['successor']), 'successor', `"${successor}" is not an entry of the atlas (expected the id of a file in content/messengers/)`);
    }
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

/** Guides exist in both languages, and every component in their prose resolves to atlas data. */
function checkGuides(guides: Guide[], entries: Map<string, Entry>, problems: Problem[]) {
  const report = (guide: Guide, line: number, field: string, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ path: guide.file.path, line, field, message, severity });
  const slugs = { guide: new Set<string>(), 'guide-ru': new Set<string>() };
  for (const guide of guides) slugs[guide.kind].add(idFromPath(guide.file.path));

  for (const guide of guides) {
    const slug = idFromPath(guide.file.path);
    const twin = guide.kind === 'guide' ? 'guide-ru' : 'guide';
    if (!slugs[twin].has(slug)) {
      const expected = guide.kind === 'guide' ? `content/guides/ru/${slug}.mdx` : `content/guides/${slug}.mdx`;
      report(guide, 1, 'frontmatter', `this guide has no ${guide.kind === 'guide' ? 'Russian' : 'English'} version (expected ${expected})`);
    }
    const { parsed } = guide;
    const listed = valueAt(parsed.data, ['messengers']);
    (Array.isArray(listed) ? listed : []).forEach((id: unknown, i) => {
      if (typeof id === 'string' && !entries.has(id)) {
        report(guide, parsed.lineOf(['messengers', i]), `messengers[${i}]`, `"${id}" is not an entry of the atlas (expected the id of a file in content/messengers/)`);
      }
    });
    const sourceIds = new Set(rows(parsed.data, 'sources').map((source) => text(source['id'])).filter((id) => id !== undefined));
    const cited = new Set<string>();
    for (const use of guide.components) {
      if (!(GUIDE_COMPONENTS as readonly string[]).includes(use.name)) continue; // the MDX check refuses the rest
      const line = use.line;
      const id = use.attributes['id'];
      if (!id) {
        report(guide, line, 'body', `<${use.name}> has no id (expected <${use.name} id="…" />)`);
        continue;
      }
      if (use.name === 'Cite') {
        cited.add(id);
        if (!sourceIds.has(id)) report(guide, line, 'body', `<Cite id="${id}" /> names no source of this guide (expected one of: ${[...sourceIds].join(', ') || 'add it under sources:'})`);
        continue;
      }
      const entry = entries.get(id);
      if (!entry) {
        report(guide, line, 'body', `<${use.name} id="${id}" /> names no entry of the atlas (expected the id of a file in content/messengers/)`);
        continue;
      }
      if (use.name === 'Figure') {
        const metric = use.attributes['metric'];
        const scope = use.attributes['scope'] ?? 'world';
        const exists = rows(entry.parsed.data, 'users').some((point) => point['metric'] === metric && point['scope'] === scope);
        if (!exists) {
          const have = [...new Set(rows(entry.parsed.data, 'users').map((point) => `metric="${String(point['metric'])}"${point['scope'] === 'world' ? '' : ` scope="${String(point['scope'])}"`}`))];
          report(guide, line, 'body', `<Figure id="${id}" metric="${metric}"${scope === 'world' ? '' : ` scope="${scope}"`} /> has no figure in the atlas (expected one of: ${have.join('; ') || 'none — this messenger has no user figures'})`);
        }
      }
    }
    rows(parsed.data, 'sources').forEach((source, i) => {
      const id = text(source['id']);
      if (id !== undefined && !cited.has(id)) report(guide, parsed.lineOf(['sources', i, 'id']), `sources[${i}].id`, `"${id}" is never cited (expected a <Cite id="${id}" /> in the prose, or remove it)`, 'warning');
    });
  }
}
