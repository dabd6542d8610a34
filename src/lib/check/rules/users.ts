import type { Finding } from '../problem.ts';
import { dateOf, rowsAt } from '../raw.ts';

/** One figure per date, metric and scope: a second one is a copy or a typo. */
export function checkOneFigurePerDate(data: unknown): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  rowsAt(data, ['users']).forEach((point, i) => {
    const date = dateOf(point['date']);
    if (!date) return;
    const [metric, scope] = [String(point['metric']), String(point['scope'])];
    const key = `${date}|${metric}|${scope}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else {
      findings.push({
        path: ['users', i],
        message: `repeats users[${first}]: same date ${date}, metric ${metric} and scope ${scope} (expected one figure per date, metric and scope)`,
        severity: 'error',
      });
    }
  });
  return findings;
}
