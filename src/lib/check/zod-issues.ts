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

/**
 * Rewrites one zod issue as `received … (expected …)`. `received` is the value read from the file,
 * so the message quotes what the editor wrote.
 */
export function describeIssue(issue: Issue, received: unknown, knownKeys: (path: PropertyKey[]) => string[]): Described[] {
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
