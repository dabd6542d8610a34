/**
 * Corruptions of real atlas entries for the content-check fuzzer (tests/unit/fuzz-content.test.ts).
 *
 * Every corruption edits the file's text in place — a value, a key, a line or a snippet of prose —
 * using the YAML node ranges of the untouched file, so the rest of the file stays byte for byte as
 * the editor wrote it, and the line the damage sits on is known. Only corruptions the check can see
 * are generated: each one breaks YAML, the schema, a cross-field rule or the MDX safety rules.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { messengerRuSchema, messengerSchema } from '../../../src/schemas/messenger.ts';
import { schemaKeysAt } from '../../../src/lib/check/schema-keys.ts';
import type { Rng } from './prng.ts';

export interface SourceFile {
  path: string;
  text: string;
}

/** One entry: its English file, its Russian file, and the files the check needs beside them. */
export interface EntryFiles {
  id: string;
  en: SourceFile;
  ru: SourceFile;
  /** Other entries the check needs to accept this one (e.g. its `successor`). */
  extra: SourceFile[];
}

export interface Corruption {
  kind: string;
  /** Which file of the entry was corrupted. */
  lang: 'en' | 'ru';
  path: string;
  text: string;
  /** What was done, for the failure message. */
  detail: string;
  /** The field the check must name: a dotted path, `frontmatter` or `body`. */
  field: string;
  /** The line the check must name for that field, when the damage sits on one line. */
  line?: number;
  /** Otherwise the span of lines the reported line must fall in. */
  lines?: [number, number];
}

type Path = (string | number)[];

interface Slot {
  path: Path;
  /** Path with list indices as `*`, e.g. `users.*.date`. */
  pattern: string;
  key?: Scalar;
  value: YamlNode | null;
  parent: YAMLMap | YAMLSeq;
}

/** A content file split at its frontmatter fences, with the YAML parsed once. */
export class ParsedFile {
  readonly lang: 'en' | 'ru';
  readonly path: string;
  readonly text: string;
  /** Offset of the first YAML character (after the opening fence line). */
  readonly fmStart: number;
  /** Offset of the closing fence line. */
  readonly fmEnd: number;
  /** 1-based line of the closing fence. */
  readonly closeLine: number;
  readonly doc: Document;
  readonly slots: Slot[] = [];

  constructor(file: SourceFile, lang: 'en' | 'ru') {
    this.lang = lang;
    this.path = file.path;
    this.text = file.text;
    if (!file.text.startsWith('---\n')) throw new Error(`${file.path}: expected a file starting with ---`);
    this.fmStart = 4;
    const close = file.text.indexOf('\n---\n', 3);
    if (close === -1) throw new Error(`${file.path}: no closing ---`);
    this.fmEnd = close + 1;
    this.closeLine = lineAt(file.text, this.fmEnd);
    this.doc = parseDocument(file.text.slice(this.fmStart, this.fmEnd), { schema: 'core', uniqueKeys: true });
    if (this.doc.errors.length) throw new Error(`${file.path}: the untouched YAML does not parse`);
    this.walk(this.doc.contents as YamlNode, []);
  }

  private walk(node: YamlNode | null, path: Path) {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const value = (pair.value ?? null) as YamlNode | null;
        this.slots.push({ path: [...path, key], pattern: patternOf([...path, key]), key: pair.key, value, parent: node });
        this.walk(value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        this.slots.push({ path: [...path, index], pattern: patternOf([...path, index]), value: item as YamlNode, parent: node });
        this.walk(item as YamlNode, [...path, index]);
      });
    }
  }

  /** File offset of a YAML offset. */
  at(offset: number): number {
    return this.fmStart + offset;
  }

  lineOfNode(node: YamlNode | Scalar): number {
    return lineAt(this.text, this.at(node.range![0]));
  }

  /** File offset just after the node's value, without a trailing line break. */
  valueEnd(node: YamlNode): number {
    let end = this.at(node.range![1]);
    while (end > 0 && this.text[end - 1] === '\n') end--;
    return end;
  }

  find(test: (slot: Slot) => boolean): Slot[] {
    return this.slots.filter(test);
  }

  /** The body: every line after the closing fence, as [0-based line index, text]. */
  bodyLines(): [number, string][] {
    const lines = this.text.split('\n');
    return lines.map((line, index) => [index, line] as [number, string]).filter(([index]) => index >= this.closeLine);
  }
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const lineEndAfter = (text: string, offset: number) => {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
};
const splice = (text: string, start: number, end: number, insert: string) => text.slice(0, start) + insert + text.slice(end);
const patternOf = (path: Path) => path.map((part) => (typeof part === 'number' ? '*' : part)).join('.');

/** `users[1].date`, the way the check names fields. */
export function fieldOf(path: Path): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

const scalarValue = (slot: Slot) => isScalar(slot.value) && slot.value.range !== undefined;
const quote = (rng: Rng, value: string) => (rng.chance(0.5) ? JSON.stringify(value) : `'${value.replace(/'/g, "''")}'`);

// ————— field-level edits —————

/** Replaces the value of a slot with raw YAML text written on the key's line. */
function replaceValue(file: ParsedFile, slot: Slot, raw: string): { text: string; line: number } {
  const anchor = slot.key ?? slot.value!;
  const line = file.lineOfNode(anchor);
  if (isScalar(slot.value) && slot.value.range) {
    return { text: splice(file.text, file.at(slot.value.range[0]), file.at(slot.value.range[1]), raw), line };
  }
  if (!slot.key) throw new Error(`cannot replace the collection at ${fieldOf(slot.path)}`);
  const end = slot.value ? file.valueEnd(slot.value) : file.at(slot.key.range![1]) + 1;
  return { text: splice(file.text, file.at(slot.key.range![1]), end, `: ${raw}`), line };
}

/** Removes a key and its value from a block mapping. */
function deletePair(file: ParsedFile, slot: Slot): string | undefined {
  const map = slot.parent;
  if (!slot.key || !isMap(map) || map.flow) return undefined;
  const keyStart = file.at(slot.key.range![0]);
  const before = file.text.slice(lineStart(file.text, keyStart), keyStart);
  if (/-\s+$/.test(before)) {
    // The first key of a list item shares its line with the dash: pull the next key up onto it.
    const next = map.items[1]?.key;
    if (map.items[0]?.key !== slot.key || !isScalar(next)) return undefined;
    return splice(file.text, keyStart, file.at(next.range![0]), '');
  }
  if (!/^\s*$/.test(before)) return undefined;
  const end = lineEndAfter(file.text, slot.value ? file.valueEnd(slot.value) : keyStart);
  return splice(file.text, lineStart(file.text, keyStart), end, '');
}

function allowedKeys(file: ParsedFile, mapPath: Path): string[] {
  return schemaKeysAt(file.lang === 'ru' ? messengerRuSchema : messengerSchema, mapPath);
}

function misspell(rng: Rng, key: string): string {
  const i = rng.between(1, Math.max(1, key.length - 1));
  const options = [
    key.length > 2 ? key.slice(0, i) + key.slice(i + 1) : `${key}${key}`,
    key.length > 2 ? key.slice(0, i - 1) + key[i] + key[i - 1] + key.slice(i + 1) : `${key}x`,
    key.slice(0, i) + key[i - 1] + key.slice(i),
    key[0]!.toUpperCase() + key.slice(1),
    `${key}s`,
    key.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`),
    key.toLowerCase(),
    `${key}_`,
  ];
  return rng.pick(options);
}

// ————— prose edits —————

/** Inserts a snippet as its own block, after a blank line of the body. */
function insertBlock(rng: Rng, file: ParsedFile, snippet: string): { text: string; line: number } | undefined {
  const lines = file.text.split('\n');
  const blanks = file
    .bodyLines()
    .filter(([, text]) => text === '')
    .map(([index]) => index);
  if (!blanks.length) return undefined;
  const j = rng.pick(blanks);
  const out = [...lines.slice(0, j + 1), ...snippet.split('\n'), '', ...lines.slice(j + 1)];
  return { text: out.join('\n'), line: j + 2 };
}

/** Inserts a snippet inside a paragraph line: at its end, or at a space outside brackets. */
function insertInline(rng: Rng, file: ParsedFile, snippet: string): { text: string; line: number } | undefined {
  const candidates = file.bodyLines().filter(([, text]) => text.trim() !== '' && !/^\s{4}/.test(text));
  if (!candidates.length) return undefined;
  const [index, text] = rng.pick(candidates);
  const spaces: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (text[i] !== ' ' || text[i - 1] === '\\') continue;
    const prefix = text.slice(0, i);
    const balanced = (open: string, close: string) => prefix.split(open).length === prefix.split(close).length;
    if (balanced('[', ']') && balanced('(', ')') && prefix.split('`').length % 2 === 1) spaces.push(i);
  }
  const lines = file.text.split('\n');
  if (spaces.length && rng.chance(0.6)) {
    const at = rng.pick(spaces);
    lines[index] = `${text.slice(0, at + 1)}${snippet} ${text.slice(at + 1)}`;
  } else {
    lines[index] = `${text.replace(/\s+$/, '')} ${snippet}`;
  }
  return { text: lines.join('\n'), line: index + 1 };
}

// ————— the kinds —————

export interface Context {
  rng: Rng;
  en: ParsedFile;
  ru: ParsedFile;
}
type Made = Omit<Corruption, 'kind' | 'path'> & { path?: string };
type Generator = (ctx: Context) => Made | undefined;

const DATE_FIELDS = [
  'launched',
  'discontinued',
  'reviewed',
  'encryption.history.*.from',
  'owners.*.from',
  'owners.*.to',
  'users.*.date',
  'events.*.date',
  'sources.*.published',
  'sources.*.accessed',
];
const FULL_DATES = ['reviewed', 'sources.*.accessed'];
const TEXT_FIELDS = [
  'name',
  'summary',
  'aliases.*',
  'owners.*.owner',
  'users.*.note.en',
  'users.*.note.ru',
  'users.*.population.en',
  'users.*.measurer',
  'events.*.title.en',
  'events.*.title.ru',
  'sources.*.title',
  'sources.*.publisher',
  'sources.*.authors.*',
  'encryption.protocol',
  'openSource.licence',
];
const STRING_FIELDS = [
  ...TEXT_FIELDS,
  'id',
  'successor',
  'website',
  'users.*.source',
  'events.*.source',
  'owners.*.source',
  'sources.*.id',
  'sources.*.url',
  'sources.*.language',
  'users.*.scope',
  'users.*.metric',
  'users.*.measuredBy',
  'category',
  'architecture',
  'events.*.kind',
];
const LIST_FIELDS = ['aliases', 'platforms', 'owners', 'users', 'events', 'sources', 'sources.*.authors'];
const OBJECT_FIELDS = ['encryption', 'users.*.note', 'openSource', 'business', 'events.*.title', 'owners.*.price'];
const BOOLEAN_FIELDS = ['business.bots', 'business.channels', 'business.businessApi', 'business.payments', 'business.ads'];
const NUMBER_FIELDS = ['users.*.value', 'owners.*.price.amount'];
const REQUIRED: Record<string, string[]> = {
  '': ['id', 'name', 'summary', 'category', 'sources', 'reviewed'],
  'users.*': ['date', 'value', 'metric', 'scope', 'measuredBy', 'source'],
  'events.*': ['date', 'kind', 'title', 'source'],
  'events.*.title': ['en', 'ru'],
  'owners.*': ['owner', 'from', 'source'],
  'sources.*': ['id', 'title', 'publisher', 'url', 'accessed', 'language'],
  encryption: ['history'],
  'encryption.history.*': ['from', 'source'],
  openSource: ['client'],
  clientOf: ['networks', 'source'],
  noOwner: ['note', 'source'],
};
const SOURCE_REFS = [
  'owners.*.source',
  'users.*.source',
  'events.*.source',
  'encryption.history.*.source',
  'openSource.source',
  'business.source',
  'noOwner.source',
  'clientOf.source',
];
const ENUMS: Record<string, string[]> = {
  category: ['messaging', 'Consumer', 'enterprise', 'social-network', 'business', 'consumer ', 'other'],
  architecture: ['decentralized', 'p2p', 'Centralized', 'centralised', 'hybrid', 'federation', 'peer to peer'],
  phoneNumber: ['yes', 'mandatory', 'Required', 'none', 'sometimes'],
  'platforms.*': ['iphone', 'Android', 'win', 'mac', 'browser', 'desktop', 'ios '],
  'users.*.metric': ['active', 'monthly-active-users', 'MAU', 'daily', 'downloads', 'registered-users', 'accounts', 'peak'],
  'users.*.scope': ['global', 'World', 'ru', 'RUS', 'SU', 'UK', 'XX', 'all'],
  'events.*.kind': ['launched', 'ban', 'acquired', 'Launch', 'blocked', 'sale', 'closure', 'data-breach'],
  'events.*.jurisdiction': ['UK', 'SU', 'ru', 'RUS', 'XX', 'Russia', 'EU '],
  origin: ['UK', 'SU', 'ru', 'USA', 'XX', 'Russia'],
  headquarters: ['UK', 'SU', 'ru', 'USA', 'XX', 'Russia'],
  'encryption.history.*.oneToOne': ['on', 'off', 'yes', 'always', 'e2e', 'Default', 'partial'],
  'encryption.history.*.groups': ['on', 'off', 'yes', 'always', 'e2e', 'Default', 'partial'],
  'encryption.history.*.calls': ['on', 'off', 'yes', 'always', 'e2e', 'Default', 'partial'],
  'encryption.history.*.backups': ['on', 'off', 'yes', 'always', 'e2e', 'Default', 'partial'],
  'users.*.measuredBy': ['official', 'true', 'Company', 'third-party', 'poll', 'Panel'],
  'openSource.client': ['maybe', 'Yes', 'partial', 'open', 'none'],
  'openSource.server': ['maybe', 'Yes', 'partial', 'open', 'none'],
  'sources.*.language': ['EN', 'eng', 'english', 'en-US', 'ру'],
  'owners.*.price.currency': ['usd', 'US$', 'dollars', 'EURO'],
};

/** A field-level edit: pick a slot from the English file (or the Russian summary), change its value. */
function valueKind(patterns: readonly string[], raws: (rng: Rng, slot: Slot) => string | undefined, ruToo = false): Generator {
  return ({ rng, en, ru }) => {
    const ruSlots = ruToo ? ru.find((slot) => slot.pattern === 'summary' && scalarValue(slot)) : [];
    const enSlots = en.find((slot) => patterns.includes(slot.pattern) && (scalarValue(slot) || (!!slot.key && !!slot.value)));
    const useRu = ruSlots.length > 0 && (!enSlots.length || rng.chance(0.25));
    const file = useRu ? ru : en;
    const slots = useRu ? ruSlots : enSlots;
    if (!slots.length) return undefined;
    const slot = rng.pick(slots);
    const raw = raws(rng, slot);
    if (raw === undefined) return undefined;
    const { text, line } = replaceValue(file, slot, raw);
    return { lang: file.lang, path: file.path, text, field: fieldOf(slot.path), line, detail: `${fieldOf(slot.path)}: ${raw}` };
  };
}

export const KINDS: Record<string, Generator> = {
  // Dates
  'date-impossible': valueKind(DATE_FIELDS, (rng) => quote(rng, rng.pick(['2021-02-30', '2019-04-31', '2023-02-29', '1900-02-29', '2021-06-00', '2021-11-31']))),
  'date-malformed': valueKind(DATE_FIELDS, (rng) => quote(rng, rng.pick(['2021-13', '2021-00', '2021-13-01', '2021-1-5', '2021-003', '21-03-15', '2021-03-15T10:00:00Z']))),
  'date-in-words': valueKind(DATE_FIELDS, (rng) => {
    const words = rng.pick(['March 2015', '15 March 2015', '2015/03/15', '15.03.2015', 'Q1 2015', 'early 2015', '2015–03', 'mid-2010s', 'n/a', 'unknown']);
    return rng.chance(0.5) ? quote(rng, words) : words;
  }),
  'date-unquoted-impossible': valueKind(DATE_FIELDS, (rng) => rng.pick(['2021-02-30', '2021-13', '2021-02-29', '2019-4-31', '2021-13-01', '2021-00', '2022-11-31'])),
  'date-in-future': valueKind(DATE_FIELDS, (rng, slot) => quote(rng, FULL_DATES.includes(slot.pattern) ? '2999-01-01' : rng.pick(['2999', '2999-01', '2999-12-31']))),

  // Types
  'type-string-for-number': valueKind(NUMBER_FIELDS, (rng) => rng.pick(['"20000000"', '"20 000 000"', '20 million', '"1e6"', "'500M'", '"12,5"', 'many'])),
  'type-number-for-string': valueKind(STRING_FIELDS, (rng) => rng.pick(['42', '3.14', '-1', '0x1F', '1e3', '.inf', 'true', 'false', 'null', '~', '2021']), true),
  'type-object-for-list': valueKind(LIST_FIELDS, (rng) => rng.pick(['{ a: 1 }', '{}', '{ android: true, ios: true }', 'android', '"Signal"', '42'])),
  'type-list-for-object': valueKind(OBJECT_FIELDS, (rng) => rng.pick(['[default, default]', '[]', '[{ oneToOne: default }]', 'yes', '"default"', '1'])),
  'type-bad-boolean': valueKind(BOOLEAN_FIELDS, (rng) => rng.pick(['"true"', 'yes', 'no', '"false"', '1', '0', 'on', 'off', 'Y'])),
  'value-empty': valueKind(TEXT_FIELDS, (rng, slot) => rng.pick(slot.key ? ['""', "''", '"   "', ''] : ['""', "''", '"   "']), true),
  'value-too-long': valueKind(
    ['summary', 'events.*.title.en', 'events.*.title.ru'],
    (rng) => JSON.stringify(Array.from({ length: rng.between(90, 140) }, () => rng.pick(['lorem', 'ipsum', 'dolor', 'sit', 'amet'])).join(' ')),
    true,
  ),
  'enum-wrong': valueKind(Object.keys(ENUMS), (rng, slot) => {
    const value = rng.pick(ENUMS[slot.pattern]!);
    return /^\s|\s$|^(?:yes|no|on|off)$/.test(value) || rng.chance(0.3) ? JSON.stringify(value) : value;
  }),
  'url-not-https': valueKind(['sources.*.url', 'website'], (rng, slot) => {
    const url = String((slot.value as Scalar).value);
    return rng.chance(0.6)
      ? url.replace(/^https:/, 'http:')
      : rng.pick(['ftp://example.org/page', '//example.org/page', 'www.example.org', 'example.org/page', 'javascript:alert(1)', 'htps://example.org', 'https//example.org']);
  }),
  'source-ref-unknown': ({ rng, en }) => {
    const ids = new Set(en.find((slot) => slot.pattern === 'sources.*.id').map((slot) => String((slot.value as Scalar).value)));
    const slots = en.find((slot) => SOURCE_REFS.includes(slot.pattern) && scalarValue(slot));
    if (!slots.length) return undefined;
    const slot = rng.pick(slots);
    const original = String((slot.value as Scalar).value);
    const raw = rng.pick([`${original}-2`, 'no-such-source', `${original.split('-')[0]}`, 'wikipedia', `${original}x`]);
    if (ids.has(raw) || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw)) return undefined;
    const { text, line } = replaceValue(en, slot, raw);
    return { lang: 'en', text, field: fieldOf(slot.path), line, detail: `${fieldOf(slot.path)}: ${original} → ${raw}` };
  },
  'source-id-duplicate': ({ rng, en }) => {
    const slots = en.find((slot) => slot.pattern === 'sources.*.id' && scalarValue(slot));
    if (slots.length < 2) return undefined;
    const [a, b] = rng
      .shuffle(slots)
      .slice(0, 2)
      .sort((x, y) => (x.path[1] as number) - (y.path[1] as number));
    const id = String((a!.value as Scalar).value);
    if (id === String((b!.value as Scalar).value)) return undefined;
    const { text, line } = replaceValue(en, b!, id);
    return { lang: 'en', text, field: fieldOf(b!.path), line, detail: `${fieldOf(b!.path)}: ${id} (as ${fieldOf(a!.path)})` };
  },

  // Dates that contradict each other
  'date-order': ({ rng, en }) => {
    const dateOf = (path: Path) => {
      const slot = en.find((s) => fieldOf(s.path) === fieldOf(path))[0];
      return slot && isScalar(slot.value) && typeof slot.value.value === 'string' && /^\d{4}(?:-\d{2}){0,2}$/.test(slot.value.value) ? { slot, date: slot.value.value } : undefined;
    };
    const variant = rng.pick(['discontinued', 'owner-to', 'users', 'events']);
    if (variant === 'discontinued' || variant === 'owner-to') {
      const pairs: [Path, Path][] =
        variant === 'discontinued' ? [[['launched'], ['discontinued']]] : en.find((s) => s.pattern === 'owners.*.to').map((s) => [[...s.path.slice(0, -1), 'from'], s.path]);
      const usable = pairs.map(([a, b]) => [dateOf(a), dateOf(b)] as const).filter(([a, b]) => a && b);
      if (!usable.length) return undefined;
      const [start, end] = rng.pick(usable);
      const raw = `"${Number(start!.date.slice(0, 4)) - rng.between(1, 5)}"`;
      const { text, line } = replaceValue(en, end!.slot, raw);
      return { lang: 'en', text, field: fieldOf(end!.slot.path), line, detail: `${fieldOf(end!.slot.path)}: ${raw}, before ${fieldOf(start!.slot.path)} ${start!.date}` };
    }
    // Two neighbours of a list, swapped: the second is now older than the first.
    const list = en
      .find((s) => s.pattern === `${variant}.*.date`)
      .map((s) => dateOf(s.path)!)
      .filter(Boolean);
    const swaps = list
      .slice(1)
      .map((b, i) => [list[i]!, b] as const)
      .filter(([a, b]) => a.date.length === b.date.length && a.date < b.date);
    if (!swaps.length) return undefined;
    const [a, b] = rng.pick(swaps);
    const first = replaceValue(en, b.slot, JSON.stringify(a.date));
    const text = splice(first.text, en.at(a.slot.value!.range![0]), en.at(a.slot.value!.range![1]), JSON.stringify(b.date));
    return { lang: 'en', text, field: fieldOf(b.slot.path), line: first.line, detail: `${fieldOf(a.slot.path)} and ${fieldOf(b.slot.path)} swapped (${a.date} ↔ ${b.date})` };
  },

  // Keys
  'key-missing': ({ rng, en, ru }) => {
    const useRu = rng.chance(0.15);
    const file = useRu ? ru : en;
    const slots = useRu
      ? ru.find((slot) => slot.pattern === 'summary')
      : en.find((slot) => {
          const parent = slot.pattern.split('.').slice(0, -1).join('.');
          return !!REQUIRED[parent]?.includes(String(slot.path.at(-1)));
        });
    if (!slots.length) return undefined;
    const slot = rng.pick(slots);
    const text = deletePair(file, slot);
    if (text === undefined) return undefined;
    const parentPath = slot.path.slice(0, -1);
    let lines: [number, number] = [1, lineAt(text, text.indexOf('\n---\n', 3) + 1)];
    if (parentPath.length) {
      // The check may point at the object that lacks the key: its first line, or the key that holds it.
      const parent = file.doc.getIn(parentPath, true) as YamlNode;
      const holder = file.slots.find((s) => s.value === parent)?.key;
      const removed = file.text.length - text.length;
      lines = [file.lineOfNode(holder ?? parent), lineAt(text, file.at(parent.range![1]) - removed - 1)];
    }
    return { lang: file.lang, path: file.path, text, field: fieldOf(slot.path), lines, detail: `removed ${fieldOf(slot.path)}` };
  },
  'key-misspelled': ({ rng, en, ru }) => {
    const file = rng.chance(0.15) ? ru : en;
    const slots = file.find((slot) => !!slot.key && slot.key.type === 'PLAIN');
    if (!slots.length) return undefined;
    const slot = rng.pick(slots);
    const key = String(slot.path.at(-1));
    const parentPath = slot.path.slice(0, -1);
    const taken = new Set([...allowedKeys(file, parentPath), ...(slot.parent as YAMLMap).items.map((pair) => String((pair.key as Scalar).value))]);
    const wrong = misspell(rng, key);
    if (taken.has(wrong) || !/^[A-Za-z_]\w*$/.test(wrong)) return undefined;
    const text = splice(file.text, file.at(slot.key!.range![0]), file.at(slot.key!.range![1]), wrong);
    return { lang: file.lang, path: file.path, text, field: fieldOf([...parentPath, wrong]), line: file.lineOfNode(slot.key!), detail: `${fieldOf(slot.path)} renamed ${wrong}` };
  },
  'key-unknown-added': ({ rng, en, ru }) => {
    const file = rng.chance(0.15) ? ru : en;
    const maps: Path[] = [[], ...file.find((slot) => isMap(slot.value) && !(slot.value as YAMLMap).flow).map((slot) => slot.path)];
    const mapPath = rng.pick(maps);
    const map = (mapPath.length ? file.doc.getIn(mapPath, true) : file.doc.contents) as YAMLMap;
    const key = rng.pick(['notes', 'tags', 'verified', 'homepage', 'comment', 'extra', 'todo', 'lastUpdated', 'rating', 'Name', 'source_url', '2020', '1']);
    const taken = new Set([...allowedKeys(file, mapPath), ...map.items.map((pair) => String((pair.key as Scalar).value))]);
    if (taken.has(key)) return undefined;
    const raw = rng.pick(['x', 'true', '1', '[a, b]', '"text"', '2020']);
    const keys = map.items.map((pair) => pair.key as Scalar);
    const column = file.at(keys[0]!.range![0]) - lineStart(file.text, file.at(keys[0]!.range![0]));
    // Before one of the keys after the first (their lines hold only indentation before the key), or after the last.
    const k = rng.int(keys.length);
    const at = k > 0 ? lineStart(file.text, file.at(keys[k]!.range![0])) : lineEndAfter(file.text, file.valueEnd(map));
    const text = splice(file.text, at, at, `${' '.repeat(column)}${key}: ${raw}\n`);
    return { lang: file.lang, path: file.path, text, field: fieldOf([...mapPath, key]), line: lineAt(text, at), detail: `added ${fieldOf([...mapPath, key])}: ${raw}` };
  },

  // Broken YAML
  'yaml-tab-indent': ({ rng, en, ru }) => {
    const file = rng.chance(0.2) ? ru : en;
    const lines = file.text.split('\n');
    const candidates = lines.map((line, index) => [index, line] as const).filter(([index, line]) => index > 0 && index < file.closeLine - 1 && /^ +\S/.test(line));
    if (!candidates.length) return undefined;
    const [index, line] = rng.pick(candidates);
    const indent = /^ +/.exec(line)![0];
    lines[index] = rng.pick(['\t' + line.trimStart(), '\t' + line.slice(2), indent.slice(2) + '\t' + line.trimStart()].filter((l) => l.startsWith('\t') || l.includes('\t')));
    return { lang: file.lang, path: file.path, text: lines.join('\n'), field: 'frontmatter', line: index + 1, detail: `tab on line ${index + 1}: ${JSON.stringify(lines[index])}` };
  },
  'yaml-unclosed-quote': ({ rng, en, ru }) => {
    const file = rng.chance(0.3) ? ru : en;
    const lines = file.text.split('\n');
    const candidates = lines
      .map((line, index) => [index, line] as const)
      .filter(([index, line]) => index > 0 && index < file.closeLine - 1 && /^\s*(?:- )?(?:[A-Za-z]\w*: )?(["'])[^"']*\1\s*$/.test(line));
    if (!candidates.length) return undefined;
    const [index, line] = rng.pick(candidates);
    lines[index] = line.replace(/\s*$/, '').slice(0, -1);
    return { lang: file.lang, path: file.path, text: lines.join('\n'), field: 'frontmatter', line: index + 1, detail: `unclosed quote on line ${index + 1}: ${lines[index]}` };
  },
  'yaml-bad-indent': ({ rng, en }) => {
    const lines = en.text.split('\n');
    // Lines inside a list of mappings: the dash of a later item, or a key after the first of an item.
    const candidates = lines
      .map((line, index) => [index, line] as const)
      .filter(
        ([index, line]) =>
          index > 1 &&
          index < en.closeLine - 1 &&
          /^ {2,}(?:- )?[A-Za-z]\w*:/.test(line) &&
          /^ +(?:- )?[A-Za-z]\w*:/.test(lines[index - 1]!) &&
          !/^\s*\w+:\s*$/.test(lines[index - 1]!),
      );
    if (!candidates.length) return undefined;
    const [index, line] = rng.pick(candidates);
    const deeper = rng.chance(0.5);
    lines[index] = deeper ? ` ${line}` : line.slice(1);
    // A line indented one space too far may be read as the continuation of the value above it:
    // the check may then point at the line holding that value, and say so.
    const where = deeper ? { lines: [index, index + 1] as [number, number] } : { line: index + 1 };
    return { lang: 'en', text: lines.join('\n'), field: 'frontmatter', ...where, detail: `indentation of line ${index + 1}: ${JSON.stringify(lines[index])}` };
  },
  'yaml-stray-colon': ({ rng, en, ru }) => {
    const file = rng.chance(0.25) ? ru : en;
    const slots = file.find(
      (slot) => !!slot.key && isScalar(slot.value) && typeof slot.value.value === 'string' && file.lineOfNode(slot.key) === lineAt(file.text, file.valueEnd(slot.value)),
    );
    const plain = slots.filter((slot) => (slot.value as Scalar).type === 'PLAIN' && !(slot.parent as YAMLMap).flow);
    if (!plain.length) return undefined;
    const slot = rng.pick(plain);
    const value = slot.value as Scalar;
    const start = file.at(value.range![0]);
    const end = file.at(value.range![1]);
    const spaces = [...file.text.slice(start, end).matchAll(/ /g)].map((m) => start + m.index);
    const at = spaces.length && rng.chance(0.6) ? rng.pick(spaces) : end;
    const text = splice(file.text, at, at, at === end ? rng.pick([':', ': x']) : ':');
    return {
      lang: file.lang,
      path: file.path,
      text,
      field: 'frontmatter',
      line: file.lineOfNode(slot.key!),
      detail: `colon in ${fieldOf(slot.path)}: ${text.slice(lineStart(text, at), lineEndAfter(text, at) - 1)}`,
    };
  },
  'yaml-tag-start': ({ rng, en, ru }) => {
    // A value starting with ! is a YAML tag: Astro's parser stops at an unknown one.
    const file = rng.chance(0.25) ? ru : en;
    const slots = file.find((slot) => !!slot.key && isScalar(slot.value) && typeof slot.value.value === 'string' && slot.value.type === 'PLAIN' && !(slot.parent as YAMLMap).flow);
    if (!slots.length) return undefined;
    const slot = rng.pick(slots);
    const tag = rng.pick(['!Important', '!NEW', '!Beta', '!wow', '!<tag:example.org,2026:x>', '!!bool', '!!float']);
    const at = file.at(slot.value!.range![0]);
    const text = splice(file.text, at, at, `${tag} `);
    return { lang: file.lang, path: file.path, text, field: 'frontmatter', line: file.lineOfNode(slot.key!), detail: `${fieldOf(slot.path)}: ${tag} …` };
  },
  'yaml-missing-colon': ({ rng, en }) => {
    const slots = en.find((slot) => !!slot.key && isScalar(slot.value) && !(slot.parent as YAMLMap).flow && slot.path.length === 1);
    if (!slots.length) return undefined;
    const slot = rng.pick(slots);
    const colon = en.at(slot.key!.range![1]);
    if (en.text[colon] !== ':') return undefined;
    const text = splice(en.text, colon, colon + 1, '');
    return { lang: 'en', text, field: 'frontmatter', line: en.lineOfNode(slot.key!), detail: `no colon after ${fieldOf(slot.path)}` };
  },
  'yaml-duplicate-key': ({ rng, en }) => {
    const slots = en.find(
      (slot) => !!slot.key && isScalar(slot.value) && !(slot.parent as YAMLMap).flow && en.lineOfNode(slot.key) === lineAt(en.text, en.valueEnd(slot.value as YamlNode)),
    );
    const simple = slots.filter((slot) => !/-\s+$/.test(en.text.slice(lineStart(en.text, en.at(slot.key!.range![0])), en.at(slot.key!.range![0]))));
    if (!simple.length) return undefined;
    const slot = rng.pick(simple);
    const start = lineStart(en.text, en.at(slot.key!.range![0]));
    const end = lineEndAfter(en.text, start);
    const line = en.text.slice(start, end);
    const text = splice(en.text, end, end, line);
    return { lang: 'en', text, field: 'frontmatter', line: lineAt(text, end), detail: `${fieldOf(slot.path)} written twice` };
  },
  'frontmatter-fence': ({ rng, en, ru }) => {
    const file = rng.chance(0.3) ? ru : en;
    const what = rng.pick(['no opening', 'no closing', 'closing ----', 'closing ...']);
    const text =
      what === 'no opening' ? file.text.slice(4) : splice(file.text, file.fmEnd, file.fmEnd + 4, what === 'no closing' ? '' : what === 'closing ----' ? '----\n' : '...\n');
    return { lang: file.lang, path: file.path, text, field: 'frontmatter', lines: [1, file.closeLine], detail: what };
  },

  // Unsafe MDX in the prose
  'mdx-import-export': ({ rng, en, ru }) => {
    const file = rng.chance(0.5) ? ru : en;
    const snippet = rng.pick([
      'import X from "./x.js"',
      "import fs from 'node:fs'",
      "import { Figure } from '../../src/components/Figure.astro'",
      'export const meta = { title: "x" }',
      'export default function Layout({ children }) { return children }',
    ]);
    const made = insertBlock(rng, file, snippet);
    return made && { lang: file.lang, path: file.path, ...made, field: 'body', detail: snippet };
  },
  'mdx-expression': ({ rng, en, ru }) => {
    const file = rng.chance(0.5) ? ru : en;
    const snippet = rng.pick(['{1 + 1}', '{props.secret}', '{process.env.HOME}', '{/* note */}', '{`${1}`}', '{}']);
    const made = rng.chance(0.3) ? insertBlock(rng, file, snippet) : insertInline(rng, file, snippet);
    return made && { lang: file.lang, path: file.path, ...made, field: 'body', detail: snippet };
  },
  'mdx-script': ({ rng, en, ru }) => {
    const file = rng.chance(0.5) ? ru : en;
    const snippet = rng.pick(['<script>alert(1)</script>', '<script src="https://evil.example/x.js"></script>', '<SCRIPT>alert(1)</SCRIPT>', '<script />']);
    const made = rng.chance(0.5) ? insertBlock(rng, file, snippet) : insertInline(rng, file, snippet);
    return made && { lang: file.lang, path: file.path, ...made, field: 'body', detail: snippet };
  },
  'mdx-iframe': ({ rng, en, ru }) => {
    const file = rng.chance(0.5) ? ru : en;
    const snippet = rng.pick([
      '<iframe src="https://example.org"></iframe>',
      '<iframe src="https://example.org" />',
      '<object data="x.swf" />',
      '<embed src="x" />',
      '<form action="https://evil.example"><input /></form>',
    ]);
    const made = rng.chance(0.5) ? insertBlock(rng, file, snippet) : insertInline(rng, file, snippet);
    return made && { lang: file.lang, path: file.path, ...made, field: 'body', detail: snippet };
  },
  'mdx-event-handler': ({ rng, en, ru }) => {
    const file = rng.chance(0.5) ? ru : en;
    const snippet = rng.pick([
      '<img src="x" onerror="alert(1)" />',
      '<img src="x" onError={() => alert(1)} />',
      '<a href="#" onclick="steal()">x</a>',
      '<div onmouseover="alert(1)">x</div>',
      '<svg onload="alert(1)" />',
    ]);
    const made = rng.chance(0.5) ? insertBlock(rng, file, snippet) : insertInline(rng, file, snippet);
    return made && { lang: file.lang, path: file.path, ...made, field: 'body', detail: snippet };
  },
  'mdx-script-url': ({ rng, en, ru }) => {
    const file = rng.chance(0.5) ? ru : en;
    const block = rng.chance(0.2);
    const snippet = block
      ? rng.pick(['[evil]: javascript:alert(1)', '[x]: JAVASCRIPT:alert(1)'])
      : rng.pick([
          '[click](javascript:alert(1))',
          '[x](JavaScript:alert(document.cookie))',
          '![x](javascript:alert(1))',
          '[x](data:text/html;base64,PHNjcmlwdD4=)',
          '[x](vbscript:msgbox(1))',
          '[x]( javascript:void(0))',
        ]);
    const made = block ? insertBlock(rng, file, snippet) : insertInline(rng, file, snippet);
    return made && { lang: file.lang, path: file.path, ...made, field: 'body', detail: snippet };
  },
  'mdx-unknown-component': ({ rng, en, ru }) => {
    const file = rng.chance(0.5) ? ru : en;
    const snippet = rng.pick([
      '<Chart data="x" />',
      '<Figure id="signal" metric="mau" />',
      '<Messenger id="telegram" />',
      '<Cite id="x" />',
      '<Widget>text</Widget>',
      '<custom-element />',
      '<Foo.Bar />',
      '<details><summary>x</summary>y</details>',
      '<b>bold</b>',
      '<br />',
      '<></>',
    ]);
    const made = rng.chance(0.5) ? insertBlock(rng, file, snippet) : insertInline(rng, file, snippet);
    return made && { lang: file.lang, path: file.path, ...made, field: 'body', detail: snippet };
  },
};

/** Makes one corruption of one of the entries, with the given kind if it applies to some entry. */
export function corrupt(rng: Rng, kind: string, entries: readonly { files: EntryFiles; en: ParsedFile; ru: ParsedFile }[]): Corruption | undefined {
  const generate = KINDS[kind];
  if (!generate) throw new Error(`unknown corruption kind ${kind}`);
  for (let attempt = 0; attempt < 40; attempt++) {
    const entry = rng.pick(entries);
    const made = generate({ rng, en: entry.en, ru: entry.ru });
    if (made) return { kind, path: made.lang === 'en' ? entry.en.path : entry.ru.path, ...made } as Corruption;
  }
  return undefined;
}
