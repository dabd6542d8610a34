import type { Finding } from '../problem.ts';
import { rowsAt, textOf, valueAt } from '../raw.ts';

/** Every `source:` of an entry, with its path: owners, users, events, encryption steps, openSource, business. */
function sourceReferences(data: unknown): [PropertyKey[], string][] {
  const refs: [PropertyKey[], string][] = [];
  for (const list of [['owners'], ['users'], ['events'], ['encryption', 'history']]) {
    rowsAt(data, list).forEach((row, i) => {
      const ref = textOf(row['source']);
      if (ref !== undefined) refs.push([[...list, i, 'source'], ref]);
    });
  }
  for (const group of ['openSource', 'business']) {
    const ref = textOf(valueAt(data, [group, 'source']));
    if (ref !== undefined) refs.push([[group, 'source'], ref]);
  }
  return refs;
}

/** Source ids are unique, every `source:` names one of them, and a source nothing cites is noted. */
export function checkSources(data: unknown): Finding[] {
  const findings: Finding[] = [];
  const sources = rowsAt(data, ['sources']);
  const ids = new Set<string>();
  sources.forEach((source, i) => {
    const id = textOf(source['id']);
    if (id === undefined) return;
    if (ids.has(id)) findings.push({ path: ['sources', i, 'id'], message: `"${id}" is used by two sources (expected each source id once)`, severity: 'error' });
    ids.add(id);
  });
  const used = new Set<string>();
  for (const [path, id] of sourceReferences(data)) {
    used.add(id);
    if (!ids.has(id)) {
      const known = ids.size ? `one of: ${[...ids].join(', ')}` : 'a source listed under sources:';
      findings.push({ path, message: `"${id}" is not in this entry's sources (expected ${known})`, severity: 'error' });
    }
  }
  sources.forEach((source, i) => {
    const id = textOf(source['id']);
    if (id === undefined || used.has(id)) return;
    // Prose and the fields without a source: (launched, website, platforms…) rest on sources too:
    // an uncited source is often right, so this is a note, never advice to throw evidence away.
    findings.push({
      path: ['sources', i, 'id'],
      message: `"${id}" is not cited by any field — fine if it supports the prose, launched, website or platforms, which have no source: field (if it backs a user figure, event, owner, encryption, openSource or business, add source: ${id} there; if it backs nothing, remove it)`,
      severity: 'warning',
    });
  });
  return findings;
}
