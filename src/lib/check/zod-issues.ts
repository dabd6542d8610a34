import type { z } from 'astro/zod';

/** What the check reads of a schema's shape: the keys an object takes, and which fields are ids. */
export interface SchemaShape {
  keysAt(path: readonly PropertyKey[]): string[];
  requiredKeysAt(path: readonly PropertyKey[]): string[];
  isIdAt(path: readonly PropertyKey[]): boolean;
  /** Is the id at `path` one of the entry's own sources (the schema marks those fields)? */
  isSourceRefAt(path: readonly PropertyKey[]): boolean;
}

/** A zod issue, turned into words for an editor who is not a programmer. */
export interface Described {
  path: PropertyKey[];
  message: string;
}

type Issue = z.core.$ZodIssue;

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ", or [a, b])',
  object: 'fields indented under this one',
  date: 'a date',
};

/** What the entry around the faulty field offers, so a message can name real choices. */
export interface IssueContext {
  /** The ids under this file's `sources:`. */
  sourceIds?: readonly string[];
}

const ID_LETTERS = 'lower-case Latin letters, digits and hyphens';

/**
 * The schemas describe ids with one wording everywhere ("kebab-case"); an editor needs to know
 * which id a field wants. Returns the `expected …` part for an id field: a source's where the
 * schema marks the field as one, otherwise by where it sits.
 */
function expectedId(path: readonly PropertyKey[], sourceRef: boolean, context: IssueContext): string {
  const last = path.at(-1);
  if (sourceRef) {
    const ids = (context.sourceIds ?? []).slice(0, 3);
    return ids.length
      ? `expected the id of one of this entry's sources, e.g. ${ids.join(', ')}`
      : "expected the id of one of this entry's sources, which are listed under sources:";
  }
  if (path.length === 1 && last === 'id') return `expected the file name without .mdx: ${ID_LETTERS}, e.g. yahoo-messenger`;
  if (path.length === 1 && last === 'successor') return 'expected the id of another entry, i.e. its file name without .mdx, e.g. yahoo-messenger';
  if (path[0] === 'sources' && last === 'id') return `expected a short name for this source that facts use to cite it: ${ID_LETTERS}, e.g. reuters-2018-block`;
  if (path[0] === 'messengers') return 'expected the id of an entry, i.e. its file name without .mdx, e.g. yahoo-messenger';
  return `expected an id: ${ID_LETTERS}, e.g. yahoo-messenger`;
}

const LENGTH_ORIGINS = { string: true, array: true, set: true, file: true };

/** A limit in words: `at least 1 item`, `at most 200 characters`, `more than 0`. */
function limitWords(origin: string, bound: 'min' | 'max', limit: number | bigint, inclusive: boolean | undefined): string {
  const units: Record<string, [string, string]> = { string: ['character', 'characters'], array: ['item', 'items'], set: ['item', 'items'], file: ['byte', 'bytes'] };
  const unit = units[origin];
  if (!unit) return `${bound === 'min' ? (inclusive === false ? 'more than' : 'at least') : inclusive === false ? 'less than' : 'at most'} ${limit}`;
  // Lengths are whole numbers: "more than 0 items" is "at least 1 item".
  const count = inclusive === false ? BigInt(limit) + (bound === 'min' ? 1n : -1n) : BigInt(limit);
  return `${bound === 'min' ? 'at least' : 'at most'} ${count} ${count === 1n ? unit[0] : unit[1]}`;
}

/**
 * zod's error map for the content check (as Starlight's `utils/error-map.ts`): words the issues a
 * schema leaves to zod from the issue's own fields — the type, the allowed values, the limits —
 * never from zod's English. A schema's own `error` text takes precedence, so this only covers
 * what the schemas do not word themselves.
 */
export const editorErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `expected one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return `is too ${issue.origin in LENGTH_ORIGINS ? 'short' : 'small'} (expected ${limitWords(issue.origin, 'min', issue.minimum, issue.inclusive)})`;
    case 'too_big':
      return `is too ${issue.origin in LENGTH_ORIGINS ? 'long' : 'big'} (expected ${limitWords(issue.origin, 'max', issue.maximum, issue.inclusive)})`;
    default:
      return 'expected another kind of value (the commented template, content/messengers/_template.mdx, shows what each field takes)';
  }
};

/**
 * Rewrites one zod issue as `received … (expected …)`. `received` is the value read from the file,
 * so the message quotes what the editor wrote. The issue's message is already in the editor's words:
 * the schema's own text, or `editorErrorMap`'s.
 */
export function describeIssue(issue: Issue, received: unknown, shape: SchemaShape, context: IssueContext = {}): Described[] {
  if (issue.code === 'unrecognized_keys') {
    const known = shape.keysAt(issue.path);
    return issue.keys.map((key) => {
      const guess = closest(key, known);
      const hint = guess ? `did you mean "${guess}"?` : `expected one of: ${known.join(', ')}`;
      return { path: [...issue.path, key], message: `unknown field (${hint})` };
    });
  }
  const missing = received === undefined || received === null;
  if (received === null && issue.code === 'invalid_type' && issue.expected === 'object') {
    // A field written but left empty (`encryption:` with nothing under it): name what it lacks,
    // so the editor sees which lines went missing, not only that the block is empty.
    const name = String(issue.path.at(-1) ?? 'this field');
    const required = shape.requiredKeysAt(issue.path);
    const optional = !shape.requiredKeysAt(issue.path.slice(0, -1)).includes(name);
    if (required.length) {
      return required.map((key) => ({
        path: [...issue.path, key],
        message: `missing (${name}: has nothing under it; expected ${key}: indented under ${name}:${optional ? `, or leave ${name} out` : ''})`,
      }));
    }
  }
  if (shape.isIdAt(issue.path) && !Array.isArray(received)) {
    // The id is absent, misspelt, or not an id at all: say what kind of id goes here. (A list
    // where one id or a list is allowed has its own words: empty, or naming a source twice.)
    const expected = expectedId(issue.path, shape.isSourceRefAt(issue.path), context);
    return [{ path: issue.path, message: missing ? `missing (${expected})` : `${show(received)} is not a valid id here (${expected})` }];
  }
  const expected = issue.message;
  if (missing) return [{ path: issue.path, message: `missing (${expected.startsWith('expected') ? expected : `expected ${expected}`})` }];
  const shown = show(received);
  if (expected.startsWith('expected')) return [{ path: issue.path, message: `${shown} is not allowed here (${expected})` }];
  if (expected.startsWith('not ')) return [{ path: issue.path, message: `${shown} is ${expected}` }];
  return [{ path: issue.path, message: `${shown} ${expected}` }];
}

export function show(value: unknown): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The known key nearest to a misspelling, if it is close enough to be a plausible typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
