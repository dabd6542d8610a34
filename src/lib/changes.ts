/** One change to an entry on one day. */
export interface Change {
  date: string;
  id: string;
  kind: 'added' | 'updated';
}

/**
 * Reads `git log --format=@%cs --name-status -- content/messengers` into changes by day, newest
 * first. A Russian text (`ru/<id>.mdx`) counts as its entry; templates are skipped; an entry
 * added and edited on the same day is listed once, as added.
 */
export function parseGitLog(log: string): Change[] {
  const byKey = new Map<string, Change>();
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) {
      date = line.slice(1).trim();
      continue;
    }
    const match = /^([AMR])\d*\t(?:\S+\t)?content\/messengers\/(?:ru\/)?([^/_][^/]*)\.mdx$/.exec(line.trim());
    if (!match || !date) continue;
    const id = match[2]!;
    const kind = match[1] === 'A' && !line.includes('/ru/') ? 'added' : 'updated';
    const key = `${date}|${id}`;
    const existing = byKey.get(key);
    if (!existing || (kind === 'added' && existing.kind === 'updated')) byKey.set(key, { date, id, kind });
  }
  return [...byKey.values()].sort((a, b) => b.date.localeCompare(a.date, 'en') || a.kind.localeCompare(b.kind, 'en') || a.id.localeCompare(b.id, 'en'));
}

/** Changes grouped by day, newest day first. */
export function groupByDate(changes: readonly Change[]): [string, Change[]][] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) groups.set(change.date, [...(groups.get(change.date) ?? []), change]);
  return [...groups.entries()];
}
