// Reading raw frontmatter: the rules run on what the file says, before and whatever the schema
// decides, so an editor sees every problem in one run. Nothing here trusts a value's type.
import { isPartialDate } from '../partial-date.ts';

export type Row = Record<string, unknown>;

export const isRow = (value: unknown): value is Row => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The value at `path`, or undefined where the data has no such place. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** The list at `path` as rows: an item that is not a group of fields reads as an empty one. */
export const rowsAt = (data: unknown, path: readonly PropertyKey[]): Row[] => {
  const value = valueAt(data, path);
  return Array.isArray(value) ? value.map((item) => (isRow(item) ? item : {})) : [];
};

export const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The rows whose key an earlier row already had, each with its index and the index of the first
 * row with that key. A row with no key (a field missing or malformed, which other rules report)
 * takes part in no repeat.
 */
export function repeatedRows(rows: readonly Row[], keyOf: (row: Row) => string | undefined): { row: Row; index: number; first: number }[] {
  const first = new Map<string, number>();
  return rows.flatMap((row, index) => {
    const key = keyOf(row);
    if (key === undefined) return [];
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, index);
      return [];
    }
    return [{ row, index, first: earlier }];
  });
}

/** A date as the schema reads it (YAML turns an unquoted `1996` into a number), if it is a valid one. */
export const dateOf = (value: unknown): string | undefined => {
  const written = typeof value === 'number' ? String(value) : textOf(value);
  return written !== undefined && isPartialDate(written) ? written : undefined;
};

export const quoted = (date: string) => `"${date}"`;
