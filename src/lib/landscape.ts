// The overview's view model (DESIGN §2 `/`, §5 "Like for like"): rankings that never put two
// metrics or two scopes side by side, fresh figures apart from stale ones, the Russian market, and
// the encryption headline with its unknowns counted apart. Pure: entries in, plain data out.
import type { AtlasEvent } from '../schemas/event.ts';
import type { Messenger } from '../schemas/messenger.ts';
import type { Source } from '../schemas/source.ts';
import type { UserCount } from '../schemas/user-count.ts';
import { compareScopes, latestFigures, statusPlaces, STALE_AFTER_MONTHS, statusIn, type CountryStatus, type StatusInCountry } from './derive.ts';
import { currentEncryption } from './encryption.ts';
import { comparePartialDates, monthsBetween } from './partial-date.ts';
import { ENCRYPTION_LEVELS, METRICS, type EncryptionLevel, type Metric } from './vocabulary.ts';
import { sourceOf } from './sources.ts';

/** One messenger's figure in a ranking, with what a reader needs to cite it. */
export interface RankedFigure {
  id: string;
  name: string;
  point: UserCount;
  source: Source | undefined;
  /** Older than 24 months before the build date. */
  stale: boolean;
}

/** Everyone's latest figure of one (metric, scope) pair: fresh ones ranked, stale ones apart. */
export interface Ranking {
  metric: Metric;
  scope: string;
  /**
   * Survey shares only: the one survey wave all figures here come from (who asked, and when).
   * Two polls put different questions to different people, so their percentages are never ranked
   * against each other, even in the same country.
   */
  survey?: SurveyWave;
  fresh: RankedFigure[];
  stale: RankedFigure[];
}

/** A survey wave: its pollster (or, failing a name, its source) and the date its figures describe. */
export interface SurveyWave {
  measurer: string;
  date: string;
}

/** The wave a figure belongs to when its metric is a survey share; undefined for every other metric. */
export function surveyWave(point: UserCount): SurveyWave | undefined {
  return point.metric === 'survey-share' ? { measurer: point.measurer ?? point.source, date: point.date } : undefined;
}

/** A figure is fresh when it is at most 24 months older than the build date. */
export const isFreshFigure = (point: Pick<UserCount, 'date'>, today: string): boolean => monthsBetween(point.date, today) <= STALE_AFTER_MONTHS;

const byValue = (a: RankedFigure, b: RankedFigure) => b.point.value - a.point.value || a.name.localeCompare(b.name, 'en');

/**
 * Rankings per (metric, scope) among running messengers, each a list of latest figures of that one
 * pair, and for survey shares of one survey wave too. A list is ranked only when at least
 * `minFresh` messengers have a fresh figure in it; stale figures are listed after, never ranked
 * above fresh ones. Lists by place (world, Russia, then countries by code), then in vocabulary
 * order, the newer survey first.
 */
export function rankings(messengers: readonly Messenger[], today: string, options: { minFresh?: number; scope?: (scope: string) => boolean } = {}): Ranking[] {
  const { minFresh = 3, scope: keepScope = () => true } = options;
  const pairs = new Map<string, Ranking>();
  for (const messenger of messengers) {
    if (messenger.discontinued) continue;
    for (const point of latestFigures(messenger)) {
      if (!keepScope(point.scope)) continue;
      const survey = surveyWave(point);
      const key = [point.metric, point.scope, ...(survey ? [survey.measurer, survey.date] : [])].join('\u0000');
      const ranking = pairs.get(key) ?? { metric: point.metric, scope: point.scope, ...(survey && { survey }), fresh: [], stale: [] };
      pairs.set(key, ranking);
      const stale = !isFreshFigure(point, today);
      const entry: RankedFigure = { id: messenger.id, name: messenger.name, point, source: sourceOf(messenger, point.source), stale };
      (stale ? ranking.stale : ranking.fresh).push(entry);
    }
  }
  return [...pairs.values()]
    .filter((ranking) => ranking.fresh.length >= minFresh)
    .map((ranking) => ({ ...ranking, fresh: ranking.fresh.sort(byValue), stale: ranking.stale.sort(byValue) }))
    .sort(
      (a, b) =>
        compareScopes(a.scope, b.scope) ||
        METRICS.indexOf(a.metric) - METRICS.indexOf(b.metric) ||
        (a.survey && b.survey ? comparePartialDates(b.survey.date, a.survey.date) : 0) ||
        (a.survey?.measurer ?? '').localeCompare(b.survey?.measurer ?? '', 'en'),
    );
}

/** The messengers at the top of rankings: the first `perList` fresh figures of each, each messenger once, in list order. */
export function topOfRankings(lists: readonly Ranking[], perList = 5): string[] {
  return [...new Set(lists.flatMap((ranking) => ranking.fresh.slice(0, perList).map((item) => item.id)))];
}

export { statusIn, type CountryStatus, type StatusInCountry } from './derive.ts';

/** One messenger's line in the Russian-market section. */
export interface RussiaLine {
  id: string;
  name: string;
  status: StatusInCountry;
}

/** A dated event of some messenger, for "latest regulatory events". */
export interface EventLine {
  id: string;
  name: string;
  event: AtlasEvent;
  source: Source | undefined;
}

const REGULATORY_KINDS: readonly AtlasEvent['kind'][] = ['block', 'unblock', 'restriction', 'registry', 'warning', 'law', 'fine'];

/** The Russian market, derived from data: audience, status, latest regulatory events, Max. */
export interface RussiaMarket {
  /** Rankings of Russia-scoped figures (panel reach, surveys, company figures for Russia). */
  audience: Ranking[];
  /** Running messengers that are restricted or blocked in Russia, most recent first. */
  notAvailable: RussiaLine[];
  /** The latest regulatory events with jurisdiction RU, newest first. */
  latestEvents: EventLine[];
  /** The national messenger, when the atlas has it. */
  max: { id: string; name: string; figures: RankedFigure[] } | undefined;
}

export function russiaMarket(messengers: readonly Messenger[], today: string, options: { events?: number; minFresh?: number } = {}): RussiaMarket {
  const running = messengers.filter((m) => !m.discontinued);
  const notAvailable = running
    .map((m) => ({ id: m.id, name: m.name, status: statusIn(m, 'RU') }))
    .filter((line) => line.status.status !== 'available')
    .sort((a, b) => comparePartialDates(b.status.since ?? '0000', a.status.since ?? '0000') || a.name.localeCompare(b.name, 'en'));
  const latestEvents = messengers
    .flatMap((m) =>
      m.events.filter((e) => e.jurisdiction === 'RU' && REGULATORY_KINDS.includes(e.kind)).map((event) => ({ id: m.id, name: m.name, event, source: sourceOf(m, event.source) })),
    )
    .sort((a, b) => comparePartialDates(b.event.date, a.event.date) || a.name.localeCompare(b.name, 'en'))
    .slice(0, options.events ?? 8);
  const maxEntry = messengers.find((m) => m.id === 'max');
  const max = maxEntry && {
    id: maxEntry.id,
    name: maxEntry.name,
    figures: latestFigures(maxEntry).map((point) => ({
      id: maxEntry.id,
      name: maxEntry.name,
      point,
      source: sourceOf(maxEntry, point.source),
      stale: !isFreshFigure(point, today),
    })),
  };
  return { audience: rankings(messengers, today, { minFresh: options.minFresh ?? 2, scope: (scope) => scope === 'RU' }), notAvailable, latestEvents, max };
}

/** The encryption headline: running messengers by their one-to-one level, unknowns counted apart. */
export interface EncryptionHeadline {
  running: number;
  byLevel: Record<EncryptionLevel, { id: string; name: string }[]>;
  unknown: { id: string; name: string }[];
}

export function encryptionHeadline(messengers: readonly Messenger[]): EncryptionHeadline {
  const byLevel = Object.fromEntries(ENCRYPTION_LEVELS.map((level) => [level, [] as { id: string; name: string }[]])) as EncryptionHeadline['byLevel'];
  const unknown: { id: string; name: string }[] = [];
  const running = messengers.filter((m) => !m.discontinued).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  for (const m of running) {
    const level = currentEncryption(m.encryption)?.oneToOne;
    (level ? byLevel[level] : unknown).push({ id: m.id, name: m.name });
  }
  return { running: running.length, byLevel, unknown };
}

/** One jurisdiction's status for a messenger, from its latest block, unblock or restriction there. */
export interface JurisdictionStatus extends StatusInCountry {
  jurisdiction: string;
}

/**
 * Status in every jurisdiction that ever blocked, unblocked or restricted the messenger (DESIGN §3):
 * Russia first, then the rest by the date of their latest decision, newest first.
 */
export function statusByCountry(messenger: Pick<Messenger, 'events'>): JurisdictionStatus[] {
  return statusPlaces(messenger)
    .map((jurisdiction) => ({ jurisdiction, ...statusIn(messenger, jurisdiction) }))
    .sort(
      (a, b) =>
        Number(b.jurisdiction === 'RU') - Number(a.jurisdiction === 'RU') ||
        comparePartialDates(b.since ?? '0000', a.since ?? '0000') ||
        a.jurisdiction.localeCompare(b.jurisdiction, 'en'),
    );
}

/** Every country where some messenger was ever blocked or restricted: the table's country choice. */
export function restrictingCountries(messengers: readonly Pick<Messenger, 'events'>[]): string[] {
  return [...new Set(messengers.flatMap(statusPlaces))].sort();
}

/** One messenger's line in the Russian regulation table: register entries, measures, status now. */
export interface RegulationLine {
  id: string;
  name: string;
  running: boolean;
  /** Entry into the register of information-dissemination organisers, if recorded. */
  ori: AtlasEvent | undefined;
  /** Entry into the register of social networks, if recorded. */
  socialNetworks: AtlasEvent | undefined;
  /** Blocks, unblocks, restrictions and warnings by Russian authorities, oldest first. */
  measures: AtlasEvent[];
  /** Status in Russia now (undefined once the service has shut down). */
  status: CountryStatus | undefined;
}

const MEASURE_KINDS: readonly AtlasEvent['kind'][] = ['block', 'unblock', 'restriction', 'warning'];

/**
 * The law guide's table (issue #17), built from data rather than typed by hand: every messenger
 * with a Russian register entry or a Russian block, restriction or warning, A–Z.
 */
export function russiaRegulationTable(messengers: readonly Messenger[]): RegulationLine[] {
  const first = (events: AtlasEvent[]) => events.sort((a, b) => comparePartialDates(a.date, b.date))[0];
  return messengers
    .map((m) => {
      const ru = m.events.filter((e) => e.jurisdiction === 'RU');
      return {
        id: m.id,
        name: m.name,
        running: !m.discontinued,
        ori: first(ru.filter((e) => e.kind === 'registry' && e.register === 'ori')),
        socialNetworks: first(ru.filter((e) => e.kind === 'registry' && e.register === 'social-networks')),
        measures: ru.filter((e) => MEASURE_KINDS.includes(e.kind)).sort((a, b) => comparePartialDates(a.date, b.date)),
        status: m.discontinued ? undefined : statusIn(m, 'RU').status,
      };
    })
    .filter((line) => line.ori || line.socialNetworks || line.measures.length)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
