import type { Messenger } from '../schemas/messenger.ts';
import type { Cell } from './csv.ts';
import { latestFigureByMetric, statusInRussia, isStale } from './derive.ts';
import { METRICS } from '../schemas/user-count.ts';

/** A table ready for CSV: a header and rows of cells. */
export interface Table {
  header: string[];
  rows: Cell[][];
}

const sourceOf = (messenger: Messenger, id: string | undefined) => messenger.sources.find((source) => source.id === id);

/** One row per messenger, with the latest figure of each metric, its date and source URL. */
export function messengersTable(messengers: readonly Messenger[], today: string): Table {
  const header = [
    'id', 'name', 'category', 'launched', 'discontinued', 'origin', 'headquarters', 'architecture',
    'open_source_client', 'open_source_server', 'phone_number', 'platforms',
    'e2ee_one_to_one', 'e2ee_groups', 'e2ee_calls', 'e2ee_backups', 'e2ee_protocol',
    'status_in_russia', 'stale', 'reviewed',
    ...METRICS.flatMap((metric) => [`${metric}_value`, `${metric}_date`, `${metric}_scope`, `${metric}_source_url`]),
  ];
  const rows = messengers.map((m) => {
    const latest = latestFigureByMetric(m.users);
    return [
      m.id, m.name, m.category, m.launched, m.discontinued, m.origin, m.headquarters, m.architecture,
      m.openSource?.client, m.openSource?.server, m.phoneNumber, m.platforms.join(' '),
      m.encryption?.oneToOne, m.encryption?.groups, m.encryption?.calls, m.encryption?.backups, m.encryption?.protocol,
      statusInRussia(m), isStale(m, today), m.reviewed,
      ...METRICS.flatMap((metric) => {
        const point = latest.get(metric);
        return [point?.value, point?.date, point?.scope, sourceOf(m, point?.source)?.url];
      }),
    ];
  });
  return { header, rows };
}

/** Every user observation. */
export function userCountsTable(messengers: readonly Messenger[]): Table {
  const header = ['messenger_id', 'messenger', 'date', 'value', 'metric', 'scope', 'official', 'note', 'source_id', 'source_title', 'source_publisher', 'source_url'];
  const rows = messengers.flatMap((m) =>
    m.users.map((point) => {
      const source = sourceOf(m, point.source);
      return [m.id, m.name, point.date, point.value, point.metric, point.scope, point.official, point.note, point.source, source?.title, source?.publisher, source?.url];
    }),
  );
  return { header, rows };
}

/** Every dated event. */
export function eventsTable(messengers: readonly Messenger[]): Table {
  const header = ['messenger_id', 'messenger', 'date', 'kind', 'jurisdiction', 'title_en', 'title_ru', 'source_id', 'source_url'];
  const rows = messengers.flatMap((m) =>
    m.events.map((event) => [m.id, m.name, event.date, event.kind, event.jurisdiction, event.title.en, event.title.ru, event.source, sourceOf(m, event.source)?.url]),
  );
  return { header, rows };
}

/** Every source, with the entry that lists it. */
export function sourcesTable(messengers: readonly Messenger[]): Table {
  const header = ['messenger_id', 'source_id', 'title', 'publisher', 'authors', 'url', 'published', 'accessed', 'language'];
  const rows = messengers.flatMap((m) =>
    m.sources.map((source) => [m.id, source.id, source.title, source.publisher, source.authors?.join('; '), source.url, source.published, source.accessed, source.language]),
  );
  return { header, rows };
}
