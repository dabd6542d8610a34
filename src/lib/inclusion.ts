// Why an entry is in the atlas: which of the four criteria on /about/ it meets, and what shows it.
// Audience and regulation are read from the entry's own figures and events, so they can never
// disagree with them; history and technology, which no field shows, are stated in `inclusion`
// with a note and a source. The content check refuses an entry that meets none.
import type { AtlasEvent } from '../schemas/event.ts';
import type { Messenger } from '../schemas/messenger.ts';
import type { UserCount } from '../schemas/user-count.ts';
import { comparePartialDates } from './partial-date.ts';
import { AUDIENCE_THRESHOLD, AUTHORITY_EVENT_KINDS, isPercentMetric, type InclusionCriterion } from './vocabulary.ts';

export type InclusionReason =
  | { criterion: 'audience'; figure: UserCount }
  | { criterion: 'regulation'; event: AtlasEvent }
  | { criterion: InclusionCriterion; note: { en: string; ru: string }; source: string };

/** An event is an authority's act when its kind always is one, or when it names the jurisdiction that acted. */
export const isAuthorityAct = (event: Pick<AtlasEvent, 'kind' | 'jurisdiction'>): boolean =>
  (AUTHORITY_EVENT_KINDS as readonly string[]).includes(event.kind) || event.jurisdiction !== undefined;

/** A figure that meets the audience criterion: a count (not a percentage) of at least the threshold. */
export const showsAudience = (point: Pick<UserCount, 'value' | 'metric'>): boolean => !isPercentMetric(point.metric) && point.value >= AUDIENCE_THRESHOLD;

/** The largest figure that meets the audience criterion; on a tie, the earliest. */
export function audienceFigure(users: readonly UserCount[]): UserCount | undefined {
  let best: UserCount | undefined;
  for (const point of users) {
    if (!showsAudience(point)) continue;
    if (!best || point.value > best.value) best = point;
  }
  return best;
}

/** The earliest act of an authority among the events; on a tie, the first in the file. */
export function firstAuthorityAct(events: readonly AtlasEvent[]): AtlasEvent | undefined {
  return events.filter(isAuthorityAct).reduce<AtlasEvent | undefined>((first, event) => (!first || comparePartialDates(event.date, first.date) < 0 ? event : first), undefined);
}

/** Every criterion the entry meets, in the order of /about/: audience, then regulation, then what `inclusion` states. */
export function inclusionReasons(m: Pick<Messenger, 'users' | 'events' | 'inclusion'>): InclusionReason[] {
  const reasons: InclusionReason[] = [];
  const figure = audienceFigure(m.users);
  if (figure) reasons.push({ criterion: 'audience', figure });
  const act = firstAuthorityAct(m.events);
  if (act) reasons.push({ criterion: 'regulation', event: act });
  if (m.inclusion) reasons.push({ criterion: m.inclusion.criterion, note: m.inclusion.note, source: m.inclusion.source });
  return reasons;
}
