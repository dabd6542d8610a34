import { comparePartialDates } from '../../partial-date.ts';
import type { Finding } from '../problem.ts';
import { dateOf, rowsAt } from '../raw.ts';

/** The dated lists of an entry, each kept oldest first, and the date field that orders it. */
export const DATED_LISTS = [
  { path: ['owners'], date: 'from', items: 'owners' },
  { path: ['users'], date: 'date', items: 'user figures' },
  { path: ['events'], date: 'date', items: 'events' },
  { path: ['encryption', 'history'], date: 'from', items: 'steps' },
] as const;

/**
 * One rule for every dated list: each item's date is not before the one above it. Items without a
 * readable date are skipped (their own problem is reported elsewhere) and do not reset the order.
 */
export function checkOldestFirst(data: unknown): Finding[] {
  const findings: Finding[] = [];
  for (const list of DATED_LISTS) {
    let previous: string | undefined;
    rowsAt(data, list.path).forEach((item, i) => {
      const date = dateOf(item[list.date]);
      if (!date) return;
      if (previous && comparePartialDates(date, previous) < 0) {
        findings.push({ path: [...list.path, i, list.date], message: `${date} comes after ${previous} in the list (expected ${list.items} oldest first)`, severity: 'error' });
      }
      previous = date;
    });
  }
  return findings;
}
