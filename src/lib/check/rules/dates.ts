import { isCertainlyBefore, isInFuture } from '../../partial-date.ts';
import type { Finding } from '../problem.ts';
import { dateOf, rowsAt, valueAt } from '../raw.ts';

/** Every date-valued field, as [path, value] pairs, from the raw data (so it works on invalid entries too). */
function datePaths(data: unknown): [PropertyKey[], unknown][] {
  const found: [PropertyKey[], unknown][] = [];
  const list = (path: PropertyKey[], fields: string[]) => {
    const items = valueAt(data, path);
    if (Array.isArray(items)) items.forEach((item, i) => fields.forEach((field) => found.push([[...path, i, field], valueAt(item, [field])])));
  };
  for (const key of ['launched', 'discontinued', 'reviewed']) found.push([[key], valueAt(data, [key])]);
  list(['encryption', 'history'], ['from']);
  list(['owners'], ['from', 'to']);
  list(['users'], ['date']);
  list(['events'], ['date']);
  list(['sources'], ['published', 'accessed']);
  return found.filter(([, value]) => value !== undefined);
}

/** Nothing is dated after the build date. */
export function checkFutureDates(data: unknown, today: string): Finding[] {
  return datePaths(data).flatMap(([path, value]) => {
    const date = dateOf(value);
    return date && isInFuture(date, today) ? [{ path, message: `${date} is in the future (expected a date on or before ${today})`, severity: 'error' as const }] : [];
  });
}

/** A service shuts down after it launched, and an ownership ends after it began. */
export function checkSpans(data: unknown): Finding[] {
  const findings: Finding[] = [];
  const launched = dateOf(valueAt(data, ['launched']));
  const discontinued = dateOf(valueAt(data, ['discontinued']));
  if (launched && discontinued && isCertainlyBefore(discontinued, launched)) {
    findings.push({ path: ['discontinued'], message: `${discontinued} is before the launch on ${launched} (expected a date after launched)`, severity: 'error' });
  }
  rowsAt(data, ['owners']).forEach((owner, i) => {
    const from = dateOf(owner['from']);
    const to = dateOf(owner['to']);
    if (from && to && isCertainlyBefore(to, from)) {
      findings.push({ path: ['owners', i, 'to'], message: `${to} is before the start of this ownership, ${from} (expected a date after from)`, severity: 'error' });
    }
  });
  return findings;
}
