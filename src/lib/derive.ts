import type { AtlasEvent } from '../schemas/event.ts';
import type { FactField, Messenger } from '../schemas/messenger.ts';
import type { UserCount } from '../schemas/user-count.ts';
import { currentEncryption } from './encryption.ts';
import { comparePartialDates, monthsBetween, startOf, type PartialDate } from './partial-date.ts';
import { BUSINESS_FEATURES, isPercentMetric, METRIC_PREFERENCE, METRICS, type EncryptionLevel } from './vocabulary.ts';
import { sourceIds, sourceOf } from './sources.ts';

/** Orders places the way every list of figures does: worldwide first, then Russia, then other countries by code. */
export function compareScopes(a: string, b: string): number {
  const rank = (scope: string) => (scope === 'world' ? '0' : scope === 'RU' ? '1' : `2${scope}`);
  return rank(a).localeCompare(rank(b), 'en');
}

/** The key of a (metric, scope) pair: figures are only ever compared within one. */
export const pairKey = (point: Pick<UserCount, 'metric' | 'scope'>): string => `${point.metric}:${point.scope}`;

/**
 * The latest figure of each (metric, scope) pair, one per pair: metrics in vocabulary order, then
 * `world` before countries A–Z. On equal dates the later one in the file wins (files are oldest first).
 */
export function latestFigures(entry: Pick<Messenger, 'users'>): UserCount[] {
  const latest = new Map<string, UserCount>();
  for (const point of entry.users) {
    const current = latest.get(pairKey(point));
    if (!current || comparePartialDates(point.date, current.date) >= 0) latest.set(pairKey(point), point);
  }
  return [...latest.values()].sort((a, b) => METRICS.indexOf(a.metric) - METRICS.indexOf(b.metric) || compareScopes(a.scope, b.scope));
}

/** The latest figure of one metric in one scope (default: worldwide), or undefined. */
export function latestFigure(entry: Pick<Messenger, 'users'>, metric: UserCount['metric'], scope = 'world'): UserCount | undefined {
  return latestFigures(entry).find((point) => point.metric === metric && point.scope === scope);
}

/**
 * The one figure a table row shows: the latest worldwide count (a country figure only when no
 * worldwide one exists); on the same date, the more active metric wins. Percentages (survey
 * shares) are never a headline: they are not counts of users.
 */
export function headlineFigure(users: readonly UserCount[]): UserCount | undefined {
  const counts = users.filter((point) => !isPercentMetric(point.metric));
  const world = counts.filter((point) => point.scope === 'world');
  const pool = world.length ? world : counts;
  let best: UserCount | undefined;
  for (const point of pool) {
    if (!best) {
      best = point;
      continue;
    }
    const order = comparePartialDates(point.date, best.date);
    if (order > 0 || (order === 0 && METRIC_PREFERENCE.indexOf(point.metric) < METRIC_PREFERENCE.indexOf(best.metric))) best = point;
  }
  return best;
}

export const STALE_AFTER_MONTHS = 24;

/**
 * Stale: the messenger still runs but no user figure is newer than 24 months before `today`
 * (DESIGN §3). A shut-down service cannot get new figures, so it is never stale.
 */
export function isStale(messenger: Pick<Messenger, 'users' | 'discontinued'>, today: string): boolean {
  if (messenger.discontinued) return false;
  return !messenger.users.some((point) => monthsBetween(point.date, today) <= STALE_AFTER_MONTHS);
}

/** Where a messenger stands in one country, from its latest block, unblock or restriction there. */
export type CountryStatus = 'available' | 'restricted' | 'blocked';
export type RussiaStatus = CountryStatus;
const STATUS_BY_KIND: Partial<Record<AtlasEvent['kind'], CountryStatus>> = { block: 'blocked', unblock: 'available', restriction: 'restricted' };

/** The status an event of this kind sets in its country (block, unblock, restriction), or undefined. Takes any text, so the content check can ask it of raw data. */
export const statusOfKind = (kind: string): CountryStatus | undefined => STATUS_BY_KIND[kind as AtlasEvent['kind']];

/** True for the event kinds that set a status in a country: block, unblock, restriction. */
export const isStatusEvent = (kind: AtlasEvent['kind']): boolean => statusOfKind(kind) !== undefined;

export interface StatusInCountry {
  status: CountryStatus;
  /** The event that set it; undefined when nothing was ever recorded (available). */
  since: PartialDate | undefined;
  event: AtlasEvent | undefined;
}

/** Status in one jurisdiction from the latest block, unblock or restriction event there (DESIGN §3). */
export function statusIn(messenger: Pick<Messenger, 'events'>, jurisdiction: string): StatusInCountry {
  let found: AtlasEvent | undefined;
  for (const event of messenger.events) {
    if (event.jurisdiction !== jurisdiction || !isStatusEvent(event.kind)) continue;
    if (!found || comparePartialDates(event.date, found.date) >= 0) found = event;
  }
  const status = found && STATUS_BY_KIND[found.kind];
  return found && status ? { status, since: found.date, event: found } : { status: 'available', since: undefined, event: undefined };
}

/** Status in Russia (`available` when nothing is recorded), undefined for a service that no longer runs. */
export function statusInRussia(messenger: Pick<Messenger, 'events' | 'discontinued'>): RussiaStatus | undefined {
  return messenger.discontinued ? undefined : statusIn(messenger, 'RU').status;
}

/** Every jurisdiction with a block, unblock or restriction on record, each once: Russia first, then by code. */
export function statusPlaces(messenger: Pick<Messenger, 'events'>): string[] {
  const places = new Set(messenger.events.flatMap((event) => (event.jurisdiction && isStatusEvent(event.kind) ? [event.jurisdiction] : [])));
  return [...places].sort((a, b) => Number(b === 'RU') - Number(a === 'RU') || a.localeCompare(b, 'en'));
}

/**
 * Where a running service is blocked or restricted now (country codes, as `statusPlaces` orders
 * them): the table's "blocked or restricted in" filter. Empty for a service that no longer runs,
 * as in the Russia column.
 */
export function limitedIn(messenger: Pick<Messenger, 'events' | 'discontinued'>): string[] {
  if (messenger.discontinued) return [];
  return statusPlaces(messenger).filter((place) => statusIn(messenger, place).status !== 'available');
}

export interface Lifespan {
  from: PartialDate;
  /** Shutdown date, or undefined while the service runs. */
  to: PartialDate | undefined;
  /** Whole years from launch to shutdown or `today`. */
  years: number;
}

/** Launch to shutdown or `today`; undefined when no source gives the launch. */
export function lifespan(messenger: Pick<Messenger, 'launched' | 'discontinued'>, today: string): Lifespan | undefined {
  if (!messenger.launched) return undefined;
  const end = messenger.discontinued ?? today;
  return { from: messenger.launched, to: messenger.discontinued, years: Math.floor(monthsBetween(messenger.launched, end) / 12) };
}

/** What the comparison table and the overview need of one messenger, derived once. */
export interface MessengerSummary {
  id: string;
  name: string;
  category: Messenger['category'];
  launched: PartialDate | undefined;
  discontinued: PartialDate | undefined;
  headline: UserCount | undefined;
  headlineSource: Messenger['sources'][number] | undefined;
  e2ee: EncryptionLevel | undefined;
  openSourceClient: 'yes' | 'partly' | 'no' | undefined;
  phoneNumber: Messenger['phoneNumber'];
  russia: RussiaStatus | undefined;
  stale: boolean;
}

export function summarize(messenger: Messenger, today: string): MessengerSummary {
  const headline = headlineFigure(messenger.users);
  return {
    id: messenger.id,
    name: messenger.name,
    category: messenger.category,
    launched: messenger.launched,
    discontinued: messenger.discontinued,
    headline,
    headlineSource: headline && sourceOf(messenger, headline.source),
    e2ee: currentEncryption(messenger.encryption)?.oneToOne,
    openSourceClient: messenger.openSource?.client,
    phoneNumber: messenger.phoneNumber,
    russia: statusInRussia(messenger),
    stale: isStale(messenger, today),
  };
}

/** Entries in launch order, oldest first, unknown launches last; names break ties. */
export function byLaunch<T extends { launched?: PartialDate | undefined; name: string }>(items: readonly T[]): T[] {
  const key = (item: T) => (item.launched ? startOf(item.launched) : Infinity);
  return [...items].sort((a, b) => key(a) - key(b) || a.name.localeCompare(b.name, 'en'));
}

/** The sources factSources names for a plain fact, one id or a list, as a list (empty when none). */
export function namedFactSourceIds(entry: Pick<Messenger, 'factSources'>, field: FactField): string[] {
  return sourceIds(entry.factSources?.[field]);
}

/**
 * The ids of the sources behind a plain fact: those factSources names (one, or a list where no one
 * source settles the whole fact), or, for the launch and shutdown dates, the source of the launch or
 * shutdown event dated the same (the check keeps `discontinued` and the last shutdown event in
 * step). Empty when no source is tied to it.
 */
export function factSourceIds(entry: Pick<Messenger, 'factSources' | 'events' | 'launched' | 'discontinued'>, field: FactField): string[] {
  const named = namedFactSourceIds(entry, field);
  if (named.length > 0) return named;
  const kind = field === 'launched' ? 'launch' : field === 'discontinued' ? 'shutdown' : undefined;
  const date = field === 'launched' ? entry.launched : field === 'discontinued' ? entry.discontinued : undefined;
  if (kind === undefined || date === undefined) return [];
  const event = entry.events.findLast((event) => event.kind === kind && event.date === date);
  return event ? [event.source] : [];
}

/**
 * The sources that back one owner row: its own `source` (who owned it), and where its `from` is the
 * launch date or its `to` the shutdown date, the launch or shutdown event's source, which backs that
 * date — a founder's row usually cites an article about the company, not the launch. Each id once.
 */
export function ownerSourceIds(entry: Pick<Messenger, 'factSources' | 'events' | 'launched' | 'discontinued'>, owner: Messenger['owners'][number]): string[] {
  const ids = [owner.source];
  if (owner.from === entry.launched) ids.push(...factSourceIds(entry, 'launched'));
  if (owner.to !== undefined && owner.to === entry.discontinued) ids.push(...factSourceIds(entry, 'discontinued'));
  return [...new Set(ids)];
}

/**
 * The business block's shared `source`, when it backs at least one feature shown (one that names
 * no source of its own under `sources`); undefined when every feature cites its own.
 */
export function sharedBusinessSource(business: Messenger['business']): string | undefined {
  if (!business?.source) return undefined;
  return BUSINESS_FEATURES.some((feature) => business[feature] !== undefined && business.sources?.[feature] === undefined) ? business.source : undefined;
}
