import type { AtlasEvent } from '../schemas/event.ts';
import type { Source } from '../schemas/source.ts';
import type { UserCount } from '../schemas/user-count.ts';

/** Reference numbers in the order sources are listed: the page's numbered reference list. */
export function sourceNumbers(sources: readonly Pick<Source, 'id'>[]): Map<string, number> {
  return new Map(sources.map((source, index) => [source.id, index + 1]));
}

/** The id of a source's item in an entry page's reference list, which its [n] links and row citations point to. */
export function sourceAnchor(sourceId: string): string {
  return `source-${sourceId}`;
}

/** Stable anchors such as `event-2018-04-16-block`; a second event of the same day and kind gets `-2`. */
export function eventAnchors(events: readonly Pick<AtlasEvent, 'date' | 'kind'>[]): string[] {
  const seen = new Map<string, number>();
  return events.map((event) => {
    const base = `event-${event.date}-${event.kind}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

/**
 * Stable anchors of user figures such as `users-2018-03-mau-world` or `users-2020-05-monthly-reach-ru`:
 * date, metric and scope, which the content check keeps unique within an entry (a repeat gets `-2`).
 * A figure's citation points at its row.
 */
export function figureAnchors(users: readonly Pick<UserCount, 'date' | 'metric' | 'scope'>[]): string[] {
  const seen = new Map<string, number>();
  return users.map((point) => {
    const base = `users-${point.date}-${point.metric}-${point.scope.toLowerCase()}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

/**
 * A row of an entry page, as a site path: `/messengers/telegram/#users-2018-03-mau-world`. A single
 * figure gets the anchor its entry gives the first figure of its date, metric and scope (the
 * content check keeps those unique, so that is its own).
 */
export function entryRowPath(id: string, row: string | Pick<UserCount, 'date' | 'metric' | 'scope'>): string {
  return `/messengers/${id}/#${typeof row === 'string' ? row : figureAnchors([row])[0]}`;
}
