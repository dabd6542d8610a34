import type { EncryptionLevel } from '../schemas/encryption.ts';
import type { AtlasEvent } from '../schemas/event.ts';
import type { Messenger } from '../schemas/messenger.ts';
import type { Metric, UserCount } from '../schemas/user-count.ts';
import { comparePartialDates, monthsBetween, startOf, type PartialDate } from './partial-date.ts';

/** When figures of different metrics share a date, this order picks the headline one. */
const METRIC_PREFERENCE: readonly Metric[] = ['mau', 'monthly-active-accounts', 'dau', 'registered', 'peak-concurrent'];

/** The latest figure of each metric (any scope; world wins a tie on date). */
export function latestFigureByMetric(users: readonly UserCount[]): Map<Metric, UserCount> {
  const latest = new Map<Metric, UserCount>();
  for (const point of users) {
    const current = latest.get(point.metric);
    if (!current) {
      latest.set(point.metric, point);
      continue;
    }
    const order = comparePartialDates(point.date, current.date);
    if (order > 0 || (order === 0 && point.scope === 'world' && current.scope !== 'world')) latest.set(point.metric, point);
  }
  return latest;
}

/**
 * The one figure a table row shows: the latest worldwide figure (a country figure only when no
 * worldwide one exists); on the same date, the more active metric wins.
 */
export function headlineFigure(users: readonly UserCount[]): UserCount | undefined {
  const world = users.filter((point) => point.scope === 'world');
  const pool = world.length ? world : users;
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

export type RussiaStatus = 'available' | 'restricted' | 'blocked';
const RUSSIA_STATUS_BY_KIND: Partial<Record<AtlasEvent['kind'], RussiaStatus>> = {
  block: 'blocked',
  unblock: 'available',
  restriction: 'restricted',
};

/**
 * Status in Russia from the latest block, unblock or restriction event with jurisdiction RU;
 * `available` when none is recorded, undefined for a service that no longer runs.
 */
export function statusInRussia(messenger: Pick<Messenger, 'events' | 'discontinued'>): RussiaStatus | undefined {
  if (messenger.discontinued) return undefined;
  let status: RussiaStatus = 'available';
  let at: PartialDate | undefined;
  for (const event of messenger.events) {
    const next = RUSSIA_STATUS_BY_KIND[event.kind];
    if (!next || event.jurisdiction !== 'RU') continue;
    if (at === undefined || comparePartialDates(event.date, at) >= 0) [status, at] = [next, event.date];
  }
  return status;
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
    headlineSource: headline && messenger.sources.find((source) => source.id === headline.source),
    e2ee: messenger.encryption?.oneToOne,
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
