import type { z } from 'astro/zod';

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
 * which id a field wants. Returns the `expected …` part for an id field, by where it sits.
 */
function expectedId(path: readonly PropertyKey[], context: IssueContext): string {
  const last = path.at(-1);
  if (last === 'source' && path.length > 1) {
    const ids = (context.sourceIds ?? []).slice(0, 3);
    return ids.length
      ? `expected the id of one of this entry's sources, e.g. ${ids.join(', ')}`
      : 'expected the id of one of this entry\'s sources, which are listed under sources:';
  }
  if (path.length === 1 && last === 'id') return `expected the file name without .mdx: ${ID_LETTERS}, e.g. yahoo-messenger`;
  if (path.length === 1 && last === 'successor') return 'expected the id of another entry, i.e. its file name without .mdx, e.g. yahoo-messenger';
  if (path[0] === 'sources' && last === 'id') return `expected a short name for this source that facts use to cite it: ${ID_LETTERS}, e.g. reuters-2018-block`;
  if (path[0] === 'messengers') return 'expected the id of an entry, i.e. its file name without .mdx, e.g. yahoo-messenger';
  return `expected an id: ${ID_LETTERS}, e.g. yahoo-messenger`;
}

/** Schema wordings that use programmer's or standards' words, in plain ones. */
function plainExpected(expected: string, path: readonly PropertyKey[], context: IssueContext): string {
  if (/kebab-case/.test(expected)) return expectedId(path, context);
  if (/^not an ISO 3166-1 country code/.test(expected)) return expected.replace('not an ISO 3166-1 country code', 'not a country code in use today');
  const option = /^Invalid option: expected one of (.+)$/.exec(expected);
  if (option) return `expected one of: ${option[1]!.split('|').map((value) => value.replace(/^"|"$/g, '')).join(', ')}`;
  const size = /^Too (small|big): expected \w+ to (?:have|be) ([<>]=?)(\d+) ?(\w*)$/.exec(expected);
  if (size) {
    const [, which, sign, count, unit] = size;
    const limit = which === 'small' ? (sign === '>' ? Number(count) + 1 : Number(count)) : sign === '<' ? Number(count) - 1 : Number(count);
    return `is too ${which === 'small' ? 'short' : 'long'} (expected ${which === 'small' ? 'at least' : 'at most'} ${limit}${unit ? ` ${unit.replace(/^elements$/, 'items')}` : ''})`;
  }
  return expected;
}

/**
 * Rewrites one zod issue as `received … (expected …)`. `received` is the value read from the file,
 * so the message quotes what the editor wrote.
 */
export function describeIssue(issue: Issue, received: unknown, knownKeys: (path: PropertyKey[]) => string[], context: IssueContext = {}): Described[] {
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(issue.path);
    return issue.keys.map((key) => {
      const guess = closest(key, known);
      const hint = guess ? `did you mean "${guess}"?` : `expected one of: ${known.join(', ')}`;
      return { path: [...issue.path, key], message: `unknown field (${hint})` };
    });
  }
  let expected = issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'invalid_type' && /^expected \w+, received/.test(expected)) {
    expected = `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
  }
  expected = plainExpected(expected, issue.path, context);
  if (/kebab-case/.test(issue.message) && received !== undefined && received !== null) {
    // The id is misspelt, or not an id at all: say what kind of id goes here.
    return [{ path: issue.path, message: `${show(received)} is not a valid id here (${expected})` }];
  }
  if (received === undefined || received === null) {
    return [{ path: issue.path, message: `missing (${expected.startsWith('expected') ? expected : `expected ${expected}`})` }];
  }
  const shown = show(received);
  if (expected.startsWith('expected')) return [{ path: issue.path, message: `${shown} is not allowed here (${expected})` }];
  if (expected.startsWith('not ')) return [{ path: issue.path, message: `${shown} is ${expected}` }];
  return [{ path: issue.path, message: `${shown} ${expected}` }];
}

export function show(value: unknown): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value) ?? String(value);
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
