import type { Messenger } from '../schemas/messenger.ts';
import type { Cell } from './csv.ts';
import { pairKey, latestFigures, statusInRussia, isStale } from './derive.ts';
import { currentEncryption, sinceByKind } from './encryption.ts';
import { ENCRYPTION_KINDS } from './vocabulary.ts';
import { sourceIds, sourceOf } from './sources.ts';

/** A table ready for CSV: a header and rows of cells. */
export interface Table {
  header: string[];
  rows: Cell[][];
}

/** CSV column stem of a (metric, scope) pair: `mau_world`, `monthly-reach_RU`. */
const pairColumn = (key: string) => key.replace(':', '_');

/**
 * One row per messenger: its facts, current encryption with the date each kind last changed, and
 * the latest figure of every (metric, scope) pair any entry has — one column group per pair, so a
 * column never mixes metrics or scopes.
 */
export function messengersTable(messengers: readonly Messenger[], today: string): Table {
  const pairs = [...new Map(messengers.flatMap((m) => latestFigures(m)).map((point) => [pairKey(point), point])).values()];
  const keys = latestFigures({ users: pairs }).map(pairKey);
  const header = [
    'id',
    'name',
    'category',
    'launched',
    'discontinued',
    'origin',
    'headquarters',
    'architecture',
    'open_source_client',
    'open_source_server',
    'phone_number',
    'platforms',
    ...ENCRYPTION_KINDS.flatMap((kind) => [`e2ee_${snake(kind)}`, `e2ee_${snake(kind)}_since`]),
    'e2ee_protocol',
    'status_in_russia',
    'stale',
    'reviewed',
    ...keys.flatMap((key) => ['value', 'date', 'measured_by', 'source_url'].map((field) => `${pairColumn(key)}_${field}`)),
  ];
  const rows = messengers.map((m) => {
    const latest = new Map(latestFigures(m).map((point) => [pairKey(point), point]));
    const since = sinceByKind(m.encryption);
    return [
      m.id,
      m.name,
      m.category,
      m.launched,
      m.discontinued,
      m.origin,
      m.headquarters,
      m.architecture,
      m.openSource?.client,
      m.openSource?.server,
      m.phoneNumber,
      m.platforms.join(' '),
      ...ENCRYPTION_KINDS.flatMap((kind) => [since[kind]?.level, since[kind]?.since]),
      currentEncryption(m.encryption)?.protocol,
      statusInRussia(m),
      isStale(m, today),
      m.reviewed,
      ...keys.flatMap((key) => {
        const point = latest.get(key);
        return [point?.value, point?.date, point?.measuredBy, sourceOf(m, point?.source)?.url];
      }),
    ];
  });
  return { header, rows };
}

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Every user observation, with who measured it, the population it is of and its note in both languages. */
export function userCountsTable(messengers: readonly Messenger[]): Table {
  const header = [
    'messenger_id',
    'messenger',
    'date',
    'value',
    'metric',
    'scope',
    'measured_by',
    'measurer',
    'population_en',
    'population_ru',
    'note_en',
    'note_ru',
    'source_id',
    'source_title',
    'source_publisher',
    'source_url',
    'note_source_ids',
    'note_source_urls',
  ];
  const rows = messengers.flatMap((m) =>
    m.users.map((point) => {
      const source = sourceOf(m, point.source);
      return [
        m.id,
        m.name,
        point.date,
        point.value,
        point.metric,
        point.scope,
        point.measuredBy,
        point.measurer,
        point.population?.en,
        point.population?.ru,
        point.note?.en,
        point.note?.ru,
        point.source,
        source?.title,
        source?.publisher,
        source?.url,
        ...idsAndUrls(m, sourceIds(point.note?.sources)),
      ];
    }),
  );
  return { header, rows };
}

/** Several sources in two cells: their ids, then their addresses, space-separated in the same order. */
function idsAndUrls(m: Messenger, ids: readonly string[]): [string, string] {
  return [ids.join(' '), ids.map((id) => sourceOf(m, id)?.url).join(' ')];
}

/** Every step of every entry's encryption history, oldest first within an entry. */
export function encryptionTable(messengers: readonly Messenger[]): Table {
  const header = ['messenger_id', 'messenger', 'from', ...ENCRYPTION_KINDS.map(snake), 'protocol', 'source_id', 'source_url'];
  const rows = messengers.flatMap((m) =>
    (m.encryption?.history ?? []).map((step) => [m.id, m.name, step.from, ...ENCRYPTION_KINDS.map((kind) => step[kind]), step.protocol, ...idsAndUrls(m, sourceIds(step.source))]),
  );
  return { header, rows };
}

/** Every dated event. */
export function eventsTable(messengers: readonly Messenger[]): Table {
  const header = ['messenger_id', 'messenger', 'date', 'kind', 'register', 'jurisdiction', 'title_en', 'title_ru', 'source_id', 'source_url'];
  const rows = messengers.flatMap((m) =>
    m.events.map((event) => [
      m.id,
      m.name,
      event.date,
      event.kind,
      event.register,
      event.jurisdiction,
      event.title.en,
      event.title.ru,
      event.source,
      sourceOf(m, event.source)?.url,
    ]),
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
