// The state of a messenger at any date (DESIGN §3): what the atlas knew to hold on one day, for the
// year pages and the `?at=` views of the table and compare. Pure: entries and days in, data out.
//
// The rule for partial dates. A dated fact is known to hold from the LAST day its date can mean:
// a figure dated `2011` is shown from 31 December 2011 (so not on 1 March 2011), and a launch,
// shutdown, rename, owner, encryption step or block dated `2011` counts from 31 December 2011 too.
// One rule for every kind of fact, so a view never shows a figure of a service it calls unlaunched
// because the two were dated at different precisions. The content check refuses dates in the
// future, so whatever the data says had happened by the build date: a fact dated in the current
// year counts from the build date at the latest, and a view as of today is the site as it is.
// "As of" a partial date means its last day as well: `?at=2012` is 31 December 2012.
import type { Messenger } from '../schemas/messenger.ts';
import type { Owner } from '../schemas/owner.ts';
import type { UserCount } from '../schemas/user-count.ts';
import { isStale, latestFigures, statusIn, statusInRussia, statusPlaces, type StatusInCountry } from './derive.ts';
import { currentEncryption, type EncryptionState } from './encryption.ts';
import { comparePartialDates, endOf, parsePartialDate, startOf, type PartialDate } from './partial-date.ts';
import { YEAR_MIN } from './vocabulary.ts';

/** A day written `YYYY-MM-DD`; days compare correctly as strings. */
export type Day = string;

const dayOf = (ms: number): Day => new Date(ms).toISOString().slice(0, 10);

// Every view at a date asks this of every date of every entry, once per day it shows (a thousand
// entries times forty year pages): the answers are kept.
const known = new Map<string, Day>();

/** The first day a fact dated `date` is known to hold: the last day `date` can mean, or `today` if that is sooner. */
export function knownFrom(date: PartialDate, today: Day): Day {
  const key = `${date}|${today}`;
  let day = known.get(key);
  if (day === undefined) known.set(key, (day = dayOf(Math.min(endOf(date), startOf(today)))));
  return day;
}

/** The day a view "as of `at`" shows: the last day `at` can mean (`2012` → 2012-12-31), never after `today`. */
export const asOfDay = (at: PartialDate, today: Day): Day => knownFrom(at, today);

/** Why an `?at=` value was refused: not a date at all, or a date outside YEAR_MIN … today. */
export type AtProblem = 'format' | 'range';

/**
 * Reads an `?at=` value: a real partial date (`2015`, `2015-06`, `2015-06-30`) from YEAR_MIN up
 * to `today`. The problem is returned rather than the text, so nothing a link carries is echoed.
 */
export function parseAt(text: string, today: Day): { at: PartialDate } | { problem: AtProblem } {
  const parts = parsePartialDate(text);
  if (!parts) return { problem: 'format' };
  if (parts.year < YEAR_MIN || startOf(text) > startOf(today)) return { problem: 'range' };
  return { at: text };
}

/** Every date an entry gives, each with the day it becomes known. */
function factDates(m: Messenger): PartialDate[] {
  return [
    ...(m.launched ? [m.launched] : []),
    ...(m.discontinued ? [m.discontinued] : []),
    ...m.users.map((point) => point.date),
    ...m.events.map((event) => event.date),
    ...m.owners.flatMap((owner) => (owner.to ? [owner.from, owner.to] : [owner.from])),
    ...(m.encryption?.history ?? []).map((step) => step.from),
  ];
}

/**
 * The day an entry enters views at a date: its launch, known by the rule above. An entry whose
 * launch no source gives enters with its earliest dated fact, the first day it certainly existed;
 * one with no dated fact at all is only known to exist today.
 */
export function startDay(m: Messenger, today: Day): Day {
  if (m.launched) return knownFrom(m.launched, today);
  return factDates(m).reduce((first, date) => {
    const day = knownFrom(date, today);
    return day < first ? day : first;
  }, today);
}

/**
 * The entry as the atlas knew it on `day`: only the figures, events, owners and encryption steps
 * known by then; the shutdown only once it is known; the name of the time (from `previousName` on
 * the renames still to come); an ownership still running when its end was not yet known.
 * Undefined before the entry's start day. Every derivation of `derive.ts` and `landscape.ts` then
 * applies unchanged, read at `day`.
 */
export function entryAsOf(m: Messenger, day: Day, today: Day): Messenger | undefined {
  if (startDay(m, today) > day) return undefined;
  const known = (date: PartialDate) => knownFrom(date, today) <= day;
  const nextRename = m.events
    .filter((event) => event.kind === 'rename' && event.previousName !== undefined && !known(event.date))
    .sort((a, b) => comparePartialDates(a.date, b.date))[0];
  const owners = m.owners.filter((owner) => known(owner.from)).map(({ to, ...owner }): Owner => (to && known(to) ? { ...owner, to } : owner));
  const steps = (m.encryption?.history ?? []).filter((step) => known(step.from));
  // The entry's `protocol` names the protocol now; before today only the dated steps speak.
  const protocol = day >= today ? m.encryption?.protocol : undefined;
  const { discontinued, encryption: _encryption, ...rest } = m;
  return {
    ...rest,
    name: nextRename?.previousName ?? m.name,
    ...(discontinued && known(discontinued) ? { discontinued } : {}),
    ...(steps.length ? { encryption: { history: steps, ...(protocol ? { protocol } : {}) } } : {}),
    owners,
    users: m.users.filter((point) => known(point.date)),
    events: m.events.filter((event) => known(event.date)),
  };
}

/** What held on one day, as far as the atlas knew then. */
export interface StateAt {
  /** The entry as known on the day (see `entryAsOf`). */
  then: Messenger;
  name: string;
  running: boolean;
  /** The owner then: the last ownership begun and not yet ended (at a shutdown, the last one). */
  owner: Owner | undefined;
  encryption: EncryptionState | undefined;
  /** The latest figure of each (metric, scope) pair known by then. */
  figures: UserCount[];
  /** Status in Russia then; undefined once the service had shut down. */
  russia: StatusInCountry['status'] | undefined;
  /** Every jurisdiction with a block, unblock or restriction known by then, Russia first. */
  jurisdictions: { jurisdiction: string; status: StatusInCountry }[];
  /** Running, and no figure within 24 months before the day. */
  stale: boolean;
}

/** The state of a messenger on `day`, or undefined when it had not started by then. */
export function stateAt(m: Messenger, day: Day, today: Day): StateAt | undefined {
  const then = entryAsOf(m, day, today);
  if (!then) return undefined;
  const running = then.discontinued === undefined;
  return {
    then,
    name: then.name,
    running,
    owner: then.owners.filter((owner) => owner.to === undefined).at(-1) ?? (running ? undefined : then.owners.at(-1)),
    encryption: currentEncryption(then.encryption),
    figures: latestFigures(then),
    russia: statusInRussia(then),
    jurisdictions: statusPlaces(then).map((jurisdiction) => ({ jurisdiction, status: statusIn(then, jurisdiction) })),
    stale: isStale(then, day),
  };
}

/**
 * The first day a figure dated `date` is stale: more than 24 whole months after its first day
 * (the rule of `isFreshFigure`), so a view at any date can mark it without the rule's code.
 */
export function staleFrom(date: PartialDate): Day {
  const first = new Date(startOf(date));
  return dayOf(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 25, 1));
}

/** Years from the oldest launch in the atlas to the year of `today`, oldest first. */
export function yearRange(messengers: readonly Pick<Messenger, 'launched'>[], today: Day): number[] {
  const last = Number(today.slice(0, 4));
  const launches = messengers.flatMap((m) => (m.launched ? [parsePartialDate(m.launched)!.year] : []));
  const first = Math.min(last, ...launches);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * A dated timeline, for views that change their date in the browser: the first step holds the
 * whole state on the entry's start day; each later step, from its day on, only the keys that
 * changed (null: the key no longer has a value).
 */
export type Timeline<V> = [day: Day, changes: Record<string, V | null>][];

/**
 * The timeline of `snapshot` (a function of the entry as known on a day) over every day on which
 * something about the entry became known, and today. Between those days nothing changes.
 */
export function timeline<V>(m: Messenger, today: Day, snapshot: (then: Messenger, day: Day) => Record<string, V>): Timeline<V> {
  const start = startDay(m, today);
  const days = [...new Set([start, today, ...factDates(m).map((date) => knownFrom(date, today))])].filter((day) => day >= start).sort();
  const steps: Timeline<V> = [];
  let previous: Record<string, V> = {};
  for (const day of days) {
    const current = snapshot(entryAsOf(m, day, today)!, day);
    const changes: Record<string, V | null> = {};
    for (const key of new Set([...Object.keys(previous), ...Object.keys(current)])) {
      if (!(key in current)) changes[key] = null;
      else if (JSON.stringify(current[key]) !== JSON.stringify(previous[key])) changes[key] = current[key]!;
    }
    if (Object.keys(changes).length || !steps.length) steps.push([day, changes]);
    previous = current;
  }
  return steps;
}

/** The state a timeline gives on `day`: every step up to that day applied; undefined before the first. */
export function foldTimeline<V>(steps: Timeline<V>, day: Day): Record<string, V> | undefined {
  if (!steps.length || steps[0]![0] > day) return undefined;
  const state: Record<string, V> = {};
  for (const [from, changes] of steps) {
    if (from > day) break;
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) delete state[key];
      else state[key] = value;
    }
  }
  return state;
}
