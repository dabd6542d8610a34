import { execFileSync } from 'node:child_process';
import { parseGitLog, type Change } from '../lib/changes.ts';
import { loadMessengers } from './messengers.ts';

/**
 * The change log comes from git history, so editors never write it by hand. Without git (a
 * source archive), each entry's `reviewed` date stands in as its last update.
 */
export async function loadChanges(): Promise<Change[]> {
  try {
    const log = execFileSync('git', ['log', '--format=@%cs', '--name-status', '--', 'content/messengers'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const changes = parseGitLog(log);
    if (changes.length) return changes;
  } catch {
    // No git here: fall through to reviewed dates.
  }
  return (await loadMessengers())
    .map(({ entry }) => ({ date: entry.data.reviewed, id: entry.id, kind: 'updated' as const }))
    .sort((a, b) => b.date.localeCompare(a.date, 'en') || a.id.localeCompare(b.id, 'en'));
}
