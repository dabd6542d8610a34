// The view model of a year page (DESIGN §2 `/years/<YYYY>/`): the landscape as the atlas knew it at
// the end of one year (on the build date for the current year), and what happened that year. It is
// built from the entries as known on that day (`at-date.ts`), so no later figure, status, owner or
// event can reach it. Pure: entries in, plain data out; the page only words it.
import type { AtlasEvent } from '../schemas/event.ts';
import type { Messenger } from '../schemas/messenger.ts';
import type { UserCount } from '../schemas/user-count.ts';
import { asOfDay, stateAt, yearRange, type Day, type StateAt } from './at-date.ts';
import { eventAnchors } from './anchors.ts';
import { byLaunch, compareScopes } from './derive.ts';
import { isFreshFigure, rankings, type CountryStatus, type Ranking } from './landscape.ts';
import { comparePartialDates, type PartialDate } from './partial-date.ts';
import type { EncryptionLevel, EventKind } from './vocabulary.ts';
import { sourceOf } from './sources.ts';

/** Where a fact on a year page comes from: enough to link it, nothing dated. */
export interface SourceLink {
  url: string;
  publisher: string;
}

export interface YearFigure {
  point: UserCount;
  source: SourceLink | undefined;
  /** More than 24 months older than the page's day. */
  stale: boolean;
}

/** One messenger's line in the year's table. */
export interface YearRow {
  id: string;
  /** The name of the time. */
  name: string;
  launched: PartialDate | undefined;
  /** Set when it shut down during the year (the rows of earlier shutdowns are not in the table). */
  closed: PartialDate | undefined;
  owner: string | undefined;
  e2ee: EncryptionLevel | undefined;
  /** The figures the row shows (see `rowFigures`). */
  figures: YearFigure[];
  /** The figures known then that the row leaves to the entry page: how many, and for where. */
  more: { count: number; scopes: string[] };
  /** Undefined once shut down. */
  russia: CountryStatus | undefined;
  /** Other jurisdictions where it was blocked or restricted then. */
  elsewhere: { jurisdiction: string; status: Exclude<CountryStatus, 'available'> }[];
}

export interface YearEvent {
  id: string;
  name: string;
  /** The event's row on its entry page (`event-2018-04-16-block`), which cites its source. */
  anchor: string;
  date: PartialDate;
  kind: EventKind;
  jurisdiction: string | undefined;
  title: AtlasEvent['title'];
  source: SourceLink | undefined;
  /** The same act told on other entries (see `mergeShared`): their names and rows, listed after it. */
  also: { id: string; name: string; anchor: string }[];
}

export interface YearModel {
  year: number;
  /** The day the page shows: 31 December, or the build date in the build year. */
  day: Day;
  /** The build year, shown as of the build date. */
  current: boolean;
  previous: number | undefined;
  next: number | undefined;
  /** Running at `day`, or shut down during the year; in launch order. */
  rows: YearRow[];
  /** Shut down in an earlier year. */
  closedEarlier: { id: string; name: string; closed: PartialDate }[];
  launches: { id: string; name: string; date: PartialDate }[];
  shutdowns: { id: string; name: string; date: PartialDate }[];
  /** Acquisitions and renames. */
  corporate: YearEvent[];
  /** Blocks, unblocks, restrictions, warnings, registers, fines and laws. */
  regulatory: YearEvent[];
  /** Breaches, policy changes and encryption changes. */
  privacy: YearEvent[];
  /** Rankings per (metric, scope) among the running messengers, fresh meaning within 24 months of `day`. */
  rankings: Ranking[];
  minFresh: number;
  summary: {
    running: number;
    launched: number;
    closed: number;
    e2eeDefault: number;
    e2eeKnown: number;
    notAvailableInRussia: number;
    /** The first worldwide ranking's leader, if any. */
    largest: { name: string; point: UserCount } | undefined;
  };
}

const CORPORATE: readonly EventKind[] = ['acquisition', 'rename'];
const REGULATORY: readonly EventKind[] = ['block', 'unblock', 'restriction', 'warning', 'registry', 'fine', 'law'];
const PRIVACY: readonly EventKind[] = ['breach', 'policy-change', 'encryption-change'];

/** A year page ranks a measure once this many messengers have a fresh figure of it. */
export const YEAR_MIN_FRESH = 2;

/** The year of a partial date: its first four digits (every form starts YYYY). */
const yearOf = (date: PartialDate) => Number(date.slice(0, 4));
const link = (m: Messenger, id: string): SourceLink | undefined => {
  const source = sourceOf(m, id);
  return source && { url: source.url, publisher: source.publisher };
};

/** The places a year row always shows figures for: the world, and Russia, the readers' market. */
const MAIN_SCOPES: ReadonlySet<string> = new Set(['world', 'RU']);

/**
 * What one row of a year's table shows of the figures known then (the latest per metric and
 * place): the fresh ones for the world and Russia; failing those, the fresh ones for other
 * countries; failing any fresh figure, only the newest stale one, worldwide or Russian if there
 * is one. The rest are counted, with their places, and left to the entry page: a messenger with
 * survey shares from ten countries would otherwise fill a phone's screen with one cell, and the
 * page with figures no ranking on it compares.
 */
export function rowFigures(all: readonly YearFigure[]): Pick<YearRow, 'figures' | 'more'> {
  const fresh = all.filter((figure) => !figure.stale);
  const main = (list: readonly YearFigure[]) => list.filter((figure) => MAIN_SCOPES.has(figure.point.scope));
  const freshMain = main(fresh);
  const allMain = main(all);
  let figures: YearFigure[];
  if (freshMain.length) figures = freshMain;
  else if (fresh.length) figures = fresh;
  else {
    const pool = allMain.length ? allMain : all;
    const newest = pool.reduce<YearFigure | undefined>((best, figure) => (!best || comparePartialDates(figure.point.date, best.point.date) > 0 ? figure : best), undefined);
    figures = newest ? [newest] : [];
  }
  const rest = all.filter((figure) => !figures.includes(figure));
  const scopes = [...new Set(rest.map((figure) => figure.point.scope))].sort(compareScopes);
  return { figures, more: { count: rest.length, scopes } };
}

/** A title with its own messenger's name blanked out, to tell one act told on several entries. */
const titleShape = (title: string, name: string) => (name ? title.split(name).join('\u0000') : title);

/**
 * One act told on several entries is listed once: same day, kind, authority and source address,
 * and titles that differ only by each entry's own name (a law naming five apps, one block of three).
 * It keeps the first entry's line and links the others' rows after it. Acts that differ in more
 * than the name, such as two fines of different amounts reported in one article, stay apart.
 */
export function mergeShared(events: readonly YearEvent[]): YearEvent[] {
  const merged: YearEvent[] = [];
  const first = new Map<string, YearEvent>();
  for (const event of events) {
    const key =
      event.source &&
      [event.date, event.kind, event.jurisdiction ?? '', event.source.url, titleShape(event.title.en, event.name), titleShape(event.title.ru, event.name)].join('\u0001');
    const earlier = key === undefined ? undefined : first.get(key);
    if (earlier) {
      earlier.also.push({ id: event.id, name: event.name, anchor: event.anchor });
      continue;
    }
    const item = { ...event, also: [...event.also] };
    if (key !== undefined) first.set(key, item);
    merged.push(item);
  }
  return merged;
}

/** The year page's model. `years` is the range of year pages (for previous and next). */
export function yearModel(messengers: readonly Messenger[], year: number, today: Day, years: readonly number[] = yearRange(messengers, today)): YearModel {
  const day = asOfDay(String(year), today);
  const states = messengers.map((m) => stateAt(m, day, today)).filter((state): state is StateAt => state !== undefined);
  const inYear = (date: PartialDate | undefined) => date !== undefined && yearOf(date) === year;
  const shown = byLaunch(states.filter((s) => s.running || inYear(s.then.discontinued)).map((s) => ({ ...s, launched: s.then.launched })));
  const rows: YearRow[] = shown.map((s) => ({
    id: s.then.id,
    name: s.name,
    launched: s.then.launched,
    closed: s.then.discontinued,
    owner: s.owner?.owner,
    e2ee: s.encryption?.oneToOne,
    ...rowFigures(s.figures.map((point) => ({ point, source: link(s.then, point.source), stale: !isFreshFigure(point, day) }))),
    russia: s.russia,
    elsewhere: s.running
      ? s.jurisdictions.flatMap(({ jurisdiction, status }) => (jurisdiction !== 'RU' && status.status !== 'available' ? [{ jurisdiction, status: status.status }] : []))
      : [],
  }));
  const closedEarlier = states
    .filter((s) => !s.running && !inYear(s.then.discontinued))
    .map((s) => ({ id: s.then.id, name: s.name, closed: s.then.discontinued! }))
    .sort((a, b) => a.closed.localeCompare(b.closed) || a.name.localeCompare(b.name, 'en'));
  const dated = <T extends { date: PartialDate; name: string }>(list: T[]) => list.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name, 'en'));
  const launches = dated(states.filter((s) => inYear(s.then.launched)).map((s) => ({ id: s.then.id, name: s.name, date: s.then.launched! })));
  const shutdowns = dated(states.filter((s) => inYear(s.then.discontinued)).map((s) => ({ id: s.then.id, name: s.name, date: s.then.discontinued! })));
  const events = dated(
    states.flatMap((s) => {
      // Anchors count an entry's events in order; the state's events are the entry's up to the
      // page's day, so each keeps the anchor it has on the entry page.
      const anchors = eventAnchors(s.then.events);
      return s.then.events
        .map((event, index) => ({ event, anchor: anchors[index]! }))
        .filter(({ event }) => inYear(event.date))
        .map(({ event, anchor }) => ({
          id: s.then.id,
          name: s.name,
          anchor,
          date: event.date,
          kind: event.kind,
          jurisdiction: event.jurisdiction,
          title: event.title,
          source: link(s.then, event.source),
          also: [],
        }));
    }),
  );
  const listed = mergeShared(events);
  const running = states.filter((s) => s.running);
  const ranked = rankings(
    running.map((s) => s.then),
    day,
    { minFresh: YEAR_MIN_FRESH },
  );
  const leader = ranked.find((ranking) => ranking.scope === 'world')?.fresh[0];
  const position = years.indexOf(year);
  return {
    year,
    day,
    current: day === today,
    previous: position > 0 ? years[position - 1] : undefined,
    next: position >= 0 && position < years.length - 1 ? years[position + 1] : undefined,
    rows,
    closedEarlier,
    launches,
    shutdowns,
    corporate: listed.filter((event) => CORPORATE.includes(event.kind)),
    regulatory: listed.filter((event) => REGULATORY.includes(event.kind)),
    privacy: listed.filter((event) => PRIVACY.includes(event.kind)),
    rankings: ranked,
    minFresh: YEAR_MIN_FRESH,
    summary: {
      running: running.length,
      launched: launches.length,
      closed: shutdowns.length,
      e2eeDefault: running.filter((s) => s.encryption?.oneToOne === 'default').length,
      e2eeKnown: running.filter((s) => s.encryption?.oneToOne !== undefined).length,
      notAvailableInRussia: running.filter((s) => s.russia === 'blocked' || s.russia === 'restricted').length,
      largest: leader && { name: leader.name, point: leader.point },
    },
  };
}

/**
 * The years in `years` in which an entry has something dated: its launch, shutdown, an event, a
 * figure, an owner change or an encryption step. An entry page links to those year pages.
 */
export function entryYears(m: Messenger, years: readonly number[]): number[] {
  const dates = [
    m.launched,
    m.discontinued,
    ...m.events.map((event) => event.date),
    ...m.users.map((point) => point.date),
    ...m.owners.flatMap((owner) => [owner.from, owner.to]),
    ...(m.encryption?.history ?? []).map((step) => step.from),
  ].filter((date): date is PartialDate => date !== undefined);
  const found = new Set(dates.map(yearOf));
  return years.filter((year) => found.has(year));
}
