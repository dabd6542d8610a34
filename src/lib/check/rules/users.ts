import type { Finding } from '../problem.ts';
import { dateOf, repeatedRows, rowsAt, type Row } from '../raw.ts';

/** One figure per date, metric and scope: a second one is a copy or a typo. */
export function checkOneFigurePerDate(data: unknown): Finding[] {
  const keyOf = (point: Row) => {
    const date = dateOf(point['date']);
    return date && [date, String(point['metric']), String(point['scope'])].join('|');
  };
  return repeatedRows(rowsAt(data, ['users']), keyOf).map(({ row, index, first }) => ({
    path: ['users', index],
    message: `repeats users[${first}]: same date ${dateOf(row['date'])}, metric ${String(row['metric'])} and scope ${String(row['scope'])} (expected one figure per date, metric and scope)`,
    severity: 'error' as const,
  }));
}
