// Chart series: what the timeline charts draw, derived from entries by pure functions
// (`Messenger` → `ChartSeries`, see STYLE.md). The server renders these as the charts' data
// tables; the browser reads the tables back, so a chart can never show a point its table lacks.
import type { Messenger } from '../schemas/messenger.ts';
import type { AtlasEvent } from '../schemas/event.ts';
import type { UserCount } from '../schemas/user-count.ts';
import { CORPORATE_EVENT_KINDS, type EventKind, type Metric } from './vocabulary.ts';
import { eventAnchors, figureAnchors } from './anchors.ts';
import { byLaunch, headlineFigure, lifespan } from './derive.ts';
import { endOf, startOf, type PartialDate } from './partial-date.ts';
import { citedSource, sourceIds } from './sources.ts';

/**
 * Where a partial date sits on a time axis: the middle of the span it can mean, so a figure
 * dated `2013` is drawn mid-2013 rather than on 1 January. Full dates sit on their day.
 */
export function timeOf(date: PartialDate): number {
  return Math.round((startOf(date) + endOf(date)) / 2);
}

export interface LifespanBar {
  id: string;
  name: string;
  category: Messenger['category'];
  from: PartialDate;
  /** Shutdown date; undefined while the service runs. */
  to: PartialDate | undefined;
  start: number;
  /** Shutdown, or `today` for services still running. */
  end: number;
  /** Whole years lived (see `lifespan`). */
  years: number;
}

/** Every entry with a known launch, oldest first, as a bar from launch to shutdown or `today`. */
export function lifespanBars(messengers: readonly Messenger[], today: string): LifespanBar[] {
  return byLaunch(messengers.filter((m) => m.launched)).map((m) => ({
    id: m.id,
    name: m.name,
    category: m.category,
    from: m.launched!,
    to: m.discontinued,
    start: startOf(m.launched!),
    end: m.discontinued ? endOf(m.discontinued) : startOf(today),
    years: lifespan(m, today)!.years,
  }));
}

/** The decade a bar's messenger launched in, as the year it starts (`"2010"` for 2013). */
export function launchDecade(bar: Pick<LifespanBar, 'from'>): string {
  return String(Math.floor(Number(bar.from.slice(0, 4)) / 10) * 10);
}

export interface UserPoint {
  id: string;
  name: string;
  /** The figure's anchor on its entry page (`users-2018-03-mau-world`). */
  anchor: string;
  date: PartialDate;
  x: number;
  value: number;
  metric: Metric;
  scope: string;
  measuredBy: UserCount['measuredBy'];
  measurer: string | undefined;
  population: UserCount['population'];
  note: UserCount['note'];
  source: Messenger['sources'][number];
  /** The sources of what the note adds (a survey's fieldwork as a newspaper reports it), in order. */
  noteSources: Messenger['sources'][number][];
}

/**
 * One line of the users chart: one messenger, one metric, one scope. Lines are never joined
 * across metrics or scopes — a registered count and a monthly-active count are different things.
 */
export interface ChartSeries {
  key: string;
  id: string;
  name: string;
  metric: Metric;
  scope: string;
  points: UserPoint[];
}

export function seriesKey(point: Pick<UserPoint, 'id' | 'metric' | 'scope'>): string {
  return `${point.id}:${point.metric}:${point.scope}`;
}

/** Every user figure of every entry, by messenger name, then metric, scope and date. */
export function userPoints(messengers: readonly Messenger[]): UserPoint[] {
  const points = messengers.flatMap((m) => {
    const anchors = figureAnchors(m.users);
    return m.users.map((u, index) => ({
      id: m.id,
      name: m.name,
      anchor: anchors[index]!,
      date: u.date,
      x: timeOf(u.date),
      value: u.value,
      metric: u.metric,
      scope: u.scope,
      measuredBy: u.measuredBy,
      measurer: u.measurer,
      population: u.population,
      note: u.note,
      source: citedSource(m, u.source),
      noteSources: sourceIds(u.note?.sources).map((id) => citedSource(m, id)),
    }));
  });
  return points.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.metric.localeCompare(b.metric, 'en') || a.scope.localeCompare(b.scope, 'en') || a.x - b.x);
}

/** Groups points into lines for one metric; each line's points in date order. */
export function userSeries(points: readonly UserPoint[], metric: Metric): ChartSeries[] {
  const lines = new Map<string, ChartSeries>();
  for (const point of points) {
    if (point.metric !== metric) continue;
    const key = seriesKey(point);
    const line = lines.get(key) ?? { key, id: point.id, name: point.name, metric, scope: point.scope, points: [] };
    line.points.push(point);
    lines.set(key, line);
  }
  return [...lines.values()].map((line) => ({ ...line, points: [...line.points].sort((a, b) => a.x - b.x) }));
}

/** Distinct values with how often each occurs, most frequent first (ties in code-point order). */
export function byCount<T extends string>(values: Iterable<T>): [T, number][] {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));
}

/** Metrics that have at least one point, most-used first (the first is the chart's default). */
export function metricsPresent(points: readonly UserPoint[]): Metric[] {
  return byCount(points.map((point) => point.metric)).map(([metric]) => metric);
}

/** The default metric: MAU where any entry reports it, otherwise the most-used one. */
export function defaultMetric(points: readonly UserPoint[]): Metric | undefined {
  const present = metricsPresent(points);
  return present.includes('mau') ? 'mau' : present[0];
}

/**
 * The lines shown before a reader picks: the `count` largest by their latest value, among lines
 * with at least two points (a single point draws no line), all of ONE scope (DESIGN §5 "Like for
 * like"): the scope with the most such lines, worldwide on a tie. Other scopes stay one click away.
 */
export function defaultSeries(series: readonly ChartSeries[], count = 6): string[] {
  const drawable = series.filter((line) => line.points.length >= 2);
  const perScope = new Map<string, number>();
  for (const line of drawable) perScope.set(line.scope, (perScope.get(line.scope) ?? 0) + 1);
  const [scope] = [...perScope].sort((a, b) => b[1] - a[1] || Number(b[0] === 'world') - Number(a[0] === 'world') || a[0].localeCompare(b[0], 'en'))[0] ?? [];
  return drawable
    .filter((line) => line.scope === scope)
    .sort((a, b) => b.points.at(-1)!.value - a.points.at(-1)!.value || a.key.localeCompare(b.key, 'en'))
    .slice(0, count)
    .map((line) => line.key);
}

/** Corporate milestones; every other event kind is privacy or regulatory history. */
export const CORPORATE_KINDS: readonly EventKind[] = CORPORATE_EVENT_KINDS;

export interface EventPoint {
  id: string;
  name: string;
  /** Position of the event in its entry. */
  index: number;
  /** The event's anchor on its entry page (`event-2018-04-16-block`). */
  anchor: string;
  date: PartialDate;
  x: number;
  kind: EventKind;
  /** For a registry event: which register. */
  register: AtlasEvent['register'];
  jurisdiction: string | undefined;
  title: { en: string; ru: string };
  source: Messenger['sources'][number];
}

/** Events in date order (names break ties); `regulatoryOnly` drops corporate milestones. */
export function eventPoints(messengers: readonly Messenger[], { regulatoryOnly = false } = {}): EventPoint[] {
  return messengers
    .flatMap((m) => {
      const anchors = eventAnchors(m.events);
      return m.events.map((event, index) => ({
        id: m.id,
        name: m.name,
        index,
        anchor: anchors[index]!,
        date: event.date,
        x: timeOf(event.date),
        kind: event.kind,
        register: event.register,
        jurisdiction: event.jurisdiction,
        title: event.title,
        source: citedSource(m, event.source),
      }));
    })
    .filter((event) => !regulatoryOnly || !CORPORATE_KINDS.includes(event.kind))
    .sort((a, b) => a.x - b.x || a.name.localeCompare(b.name, 'en') || a.index - b.index);
}

/**
 * Tick positions for a time axis: 1 January of every `step`-th year between `min` and `max`
 * (UTC timestamps), with `step` chosen so there are at most `maxTicks`.
 */
export function yearTicks(min: number, max: number, maxTicks = 10): number[] {
  if (!(max >= min)) return [];
  const first = new Date(min).getUTCFullYear();
  const last = new Date(max).getUTCFullYear();
  const span = last - first + 1;
  const step = [1, 2, 5, 10, 20, 50].find((s) => Math.ceil(span / s) <= maxTicks) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    const at = Date.UTC(year, 0, 1);
    if (at >= min && at <= max) ticks.push(at);
  }
  return ticks;
}

/** What the events chart's summary says: span, number of jurisdictions, the busiest one. */
export function eventStats(events: readonly EventPoint[]) {
  const places = byCount(events.flatMap((event) => (event.jurisdiction ? [event.jurisdiction] : [])));
  const [top, topCount] = places[0] ?? [undefined, 0];
  return { count: events.length, first: events[0]?.date, last: events.at(-1)?.date, places: places.length, top, topCount };
}

/**
 * What one entry's charts draw: its user figures (each metric and scope its own line) and its
 * events; each drawn only when it has a line or two points. The users chart opens on the metric of
 * the entry's headline figure, the one its table row and the chart's own summary name, when that
 * metric has a line to draw; otherwise on the most-used metric that has one. So a messenger with
 * many survey shares from many countries (Telegram) still opens on its worldwide count.
 */
export function entryCharts(m: Messenger) {
  const points = userPoints([m]);
  const present = metricsPresent(points);
  const hasLine = (metric: Metric) => userSeries(points, metric).some((line) => line.points.length >= 2);
  const first = [headlineFigure(m.users)?.metric, ...present].find((metric): metric is Metric => metric !== undefined && hasLine(metric)) ?? present[0];
  const metrics = first ? [first, ...present.filter((metric) => metric !== first)] : [];
  const events = eventPoints([m]);
  return {
    points,
    metrics,
    drawUsers: present.some(hasLine),
    events,
    drawEvents: events.length >= 2,
  };
}
