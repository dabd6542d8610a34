// The timeline's charts as its page and their embed pages show them: what each draws and the
// one-paragraph summary that says it in words.
import type { Locale, Translate } from '../i18n/index.ts';
import type { Messenger } from '../schemas/messenger.ts';
import {
  defaultMetric,
  defaultSeries,
  eventPoints,
  eventStats,
  metricsPresent,
  userPoints,
  userSeries,
  type ChartSeries,
  type EventPoint,
  type UserPoint,
} from './chart-series.ts';
import { formatList, regionName } from './format.ts';
import { formatPartialDate } from './partial-date.ts';
import type { Metric } from './vocabulary.ts';

/** Every figure, by metric (the most common first), with the lines drawn before a reader picks. */
export function timelineUsers(
  messengers: readonly Messenger[],
  locale: Locale,
  t: Translate,
): { points: UserPoint[]; metrics: Metric[]; picker: { series: ChartSeries[]; defaults: string[] }; summary: string } {
  const points = userPoints(messengers);
  const first = defaultMetric(points);
  const metrics = first ? [first, ...metricsPresent(points).filter((metric) => metric !== first)] : [];
  const series = metrics.flatMap((metric) => userSeries(points, metric));
  const defaults = metrics.flatMap((metric) => defaultSeries(userSeries(points, metric)));
  const firstNames = series.filter((line) => line.metric === first && defaults.includes(line.key)).map((line) => line.name);
  const summary = t('chart.usersSummary', {
    count: points.length,
    lines: series.length,
    metrics: formatList(
      metrics.map((metric) => t(`metric.${metric}`)),
      locale,
    ),
    metric: first ? t(`metric.${first}`) : '—',
    names: formatList(firstNames, locale),
  });
  return { points, metrics, picker: { series, defaults }, summary };
}

/** Regulators' events only (blocks, restrictions, registers), grouped by jurisdiction. */
export function timelineEvents(messengers: readonly Messenger[], locale: Locale, t: Translate): { events: EventPoint[]; summary: string } {
  const events = eventPoints(messengers, { regulatoryOnly: true });
  const stats = eventStats(events);
  const date = (value: string | undefined) => (value ? formatPartialDate(value, locale) : '—');
  const summary = t('chart.eventsSummary', {
    count: stats.count,
    first: date(stats.first),
    last: date(stats.last),
    places: stats.places,
    top: stats.top ? regionName(stats.top, locale) : '—',
    topCount: stats.topCount,
  });
  return { events, summary };
}
