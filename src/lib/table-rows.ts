import type { Messenger } from '../schemas/messenger.ts';
import type { UserCount } from '../schemas/user-count.ts';
import { METRICS } from './vocabulary.ts';
import { compareScopes, latestFigures, limitedIn, pairKey, statusInRussia, type MessengerSummary } from './derive.ts';
import { staleFrom, timeline, type Day, type Timeline } from './at-date.ts';
import { currentEncryption } from './encryption.ts';
import { startOf } from './partial-date.ts';
import type { RowData } from './table-view.ts';
import { searchKey } from './transliterate.ts';
import { formatFigureValue } from './format.ts';
import { sourceOf } from './sources.ts';

/** A table row's filter and sort values, from the derived summary and the entry's latest figures. */
export function rowData(summary: MessengerSummary, messenger: Pick<Messenger, 'architecture' | 'users' | 'events' | 'discontinued'>): RowData {
  return {
    id: summary.id,
    name: summary.name,
    category: summary.category,
    status: summary.discontinued ? 'discontinued' : 'active',
    e2ee: summary.e2ee ?? 'unknown',
    os: summary.openSourceClient ?? 'unknown',
    phone: summary.phoneNumber ?? 'unknown',
    arch: messenger.architecture ?? 'unknown',
    ru: summary.russia ?? 'none',
    limited: limitedIn(messenger),
    year: summary.launched ? Number(summary.launched.slice(0, 4)) : undefined,
    launched: summary.launched ? startOf(summary.launched) : undefined,
    figures: Object.fromEntries(latestFigures(messenger).map((point) => [pairKey(point), point.value])),
  };
}

/** `mau:world=3000000000;monthly-reach:RU=97000000`: a row's figures in one attribute. */
const writeFigures = (figures: Readonly<Record<string, number>>) =>
  Object.entries(figures)
    .map(([pair, value]) => `${pair}=${value}`)
    .join(';');
const readFigures = (text: string | undefined): Record<string, number> =>
  Object.fromEntries(
    (text ?? '')
      .split(';')
      .map((part) => part.split('='))
      .filter((pair): pair is [string, string] => pair.length === 2 && /^[a-z-]+:(?:world|[A-Z]{2})$/.test(pair[0]!) && Number.isFinite(Number(pair[1])))
      .map(([pair, value]) => [pair, Number(value)]),
  );

/** `data-*` attributes for a row (undefined values left out). */
export function rowAttributes(row: RowData): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'figures') attributes['data-figures'] = writeFigures(row.figures);
    else if (value !== undefined) attributes[`data-${key}`] = String(value);
  }
  return attributes;
}

/** Reads a row back from its `data-*` attributes (the browser side of `rowAttributes`). */
export function rowFromDataset(dataset: Record<string, string | undefined>): RowData {
  const number = (value: string | undefined) => (value === undefined || value === '' ? undefined : Number(value));
  return {
    id: dataset['id'] ?? '',
    name: dataset['name'] ?? '',
    category: dataset['category'] ?? '',
    status: dataset['status'] === 'discontinued' ? 'discontinued' : 'active',
    e2ee: dataset['e2ee'] ?? 'unknown',
    os: dataset['os'] ?? 'unknown',
    phone: dataset['phone'] ?? 'unknown',
    arch: dataset['arch'] ?? '',
    ru: dataset['ru'] ?? 'none',
    limited: (dataset['limited'] ?? '').split(',').filter((code) => /^[A-Z]{2}$/.test(code)),
    year: number(dataset['year']),
    launched: number(dataset['launched']),
    figures: readFigures(dataset['figures']),
  };
}

type CsvCell = string | number | boolean | undefined;

/** One messenger in the search index: every name it goes by, as loose Latin keys, and what the CSV of a view needs. */
export interface SearchRecord {
  id: string;
  keys: string[];
  /** The row's cells before and after the users columns. */
  csv: { before: CsvCell[]; after: CsvCell[] };
  /** For each (metric, scope) pair: value, date, who measured it, source URL. */
  figures: Record<string, [number, string, string, string | undefined]>;
}

export const VIEW_CSV_HEADER = [
  'id',
  'name',
  'launched',
  'discontinued',
  'users',
  'metric',
  'scope',
  'users_date',
  'measured_by',
  'users_source_url',
  'e2ee_one_to_one',
  'open_source_client',
  'phone_number',
  'status_in_russia',
] as const;

export type ViewCsvColumn = (typeof VIEW_CSV_HEADER)[number];

/** Columns of the view CSV that hold codes (`mau`, `world`, `blocked`), worded in the reader's language on a Russian page. */
export const VIEW_CSV_CODED = ['metric', 'scope', 'measured_by', 'e2ee_one_to_one', 'open_source_client', 'phone_number', 'status_in_russia'] as const;

/** The view CSV in another language: its header, and each coded column's code → label. Built with the search index. */
export interface ViewCsvLanguage {
  header: string[];
  /** The name of the column a view at a date adds. */
  asOf: string;
  labels: Partial<Record<ViewCsvColumn, Record<string, string>>>;
}

/** A view CSV row with its codes worded (a code without a label, such as a measurer's name, stays as it is). */
export function localizeViewCsvRow(row: readonly CsvCell[], language: ViewCsvLanguage): CsvCell[] {
  return row.map((value, i) => {
    const labels = language.labels[VIEW_CSV_HEADER[i] as ViewCsvColumn];
    return typeof value === 'string' && labels?.[value] !== undefined ? labels[value] : value;
  });
}

/**
 * One row of the CSV of a view: the users columns hold the chosen (metric, scope) pair, or stay
 * empty when the messenger has no figure for it — never another metric (DESIGN §5).
 */
export function viewCsvRow(record: SearchRecord, figure: string): CsvCell[] {
  return [...record.csv.before, ...usersCells(figure, record.figures[figure]), ...record.csv.after];
}

/** The users columns of a CSV row: the figure of the chosen pair, or its metric and scope alone. */
function usersCells(figure: string, point: readonly [number, string, string, string | undefined, ...unknown[]] | undefined): CsvCell[] {
  const [metric, scope] = figure.split(':');
  return point ? [point[0], metric, scope, point[1], point[2], point[3]] : [undefined, metric, scope, undefined, undefined, undefined];
}

export function searchRecord(messenger: Messenger, summary: MessengerSummary, regionNames: (code: string) => string[]): SearchRecord {
  const names = [
    messenger.name,
    ...messenger.aliases,
    ...messenger.owners.map((owner) => owner.owner),
    ...[messenger.origin, messenger.headquarters].filter((code): code is string => Boolean(code)).flatMap(regionNames),
    ...[...new Set([currentEncryption(messenger.encryption)?.protocol, ...(messenger.encryption?.history ?? []).map((step) => step.protocol)])].filter(
      (protocol): protocol is string => Boolean(protocol),
    ),
  ];
  return {
    id: messenger.id,
    keys: [...new Set(names.map(searchKey).filter(Boolean))],
    csv: {
      before: [messenger.id, messenger.name, messenger.launched, messenger.discontinued],
      after: [summary.e2ee, summary.openSourceClient, summary.phoneNumber, summary.russia],
    },
    figures: Object.fromEntries(
      latestFigures(messenger).map((point) => [pairKey(point), [point.value, point.date, point.measurer ?? point.measuredBy, sourceOf(messenger, point.source)?.url]]),
    ),
  };
}

/**
 * Every (metric, scope) pair among the entries' latest figures, in vocabulary order: worldwide
 * first, then Russia, then other countries A–Z. The table offers each as its users column.
 */
export function figurePairs(messengers: readonly Pick<Messenger, 'users'>[]): string[] {
  const pairs = new Map<string, { metric: UserCount['metric']; scope: string }>();
  for (const messenger of messengers) for (const point of latestFigures(messenger)) pairs.set(pairKey(point), { metric: point.metric, scope: point.scope });
  return [...pairs.entries()].sort(([, a], [, b]) => compareScopes(a.scope, b.scope) || METRICS.indexOf(a.metric) - METRICS.indexOf(b.metric)).map(([key]) => key);
}

/**
 * A figure as a row shows it at a date: value, the date it describes, who measured it, source URL
 * (the first four as in `SearchRecord.figures`), the first day it counts as stale, and the value
 * worded in the page's language.
 */
export type AtFigure = [value: number, date: string, measuredBy: string, url: string | undefined, staleFrom: Day, shown: string];
/**
 * A row at a date: `name`, `end` (shutdown date, once known), `e2ee`, `ru` as in RowData, `lim` (RowData's
 * `limited`, comma-separated), and a figure per `metric:scope`.
 */
export type AtRow = Record<string, string | AtFigure>;

/** What a table row shows of an entry as known on a day (`entryAsOf`): the values `rowData` would give. */
export function atRow(then: Messenger, locale: string): AtRow {
  return {
    name: then.name,
    ...(then.discontinued ? { end: then.discontinued } : {}),
    e2ee: currentEncryption(then.encryption)?.oneToOne ?? 'unknown',
    ru: statusInRussia(then) ?? 'none',
    lim: limitedIn(then).join(','),
    ...Object.fromEntries(
      latestFigures(then).map((point): [string, AtFigure] => [
        pairKey(point),
        [point.value, point.date, point.measurer ?? point.measuredBy, sourceOf(then, point.source)?.url, staleFrom(point.date), formatFigureValue(point, locale)],
      ]),
    ),
  };
}

/** One entry in `/data/at-index-<locale>.json`: its row's timeline, for `?at=` views of the table. */
export interface AtRecord {
  id: string;
  t: Timeline<string | AtFigure>;
}

export const atRecord = (messenger: Messenger, today: Day, locale: string): AtRecord => ({ id: messenger.id, t: timeline(messenger, today, (then) => atRow(then, locale)) });

/** The figures of a row at a date, as RowData keeps them (`metric:scope` → value). */
export const atFigures = (row: AtRow): Record<string, number> => Object.fromEntries(Object.entries(row).flatMap(([key, value]) => (Array.isArray(value) ? [[key, value[0]]] : [])));

/** The CSV of a view at a date: as `viewCsvRow`, with the row's name, shutdown, figures and statuses of that day. */
export function viewCsvRowAt(record: SearchRecord, row: AtRow, figure: string): CsvCell[] {
  const value = (key: string, none = '') => (typeof row[key] === 'string' && row[key] !== none ? row[key] : undefined);
  const point = row[figure];
  const { before, after } = record.csv;
  return [
    record.id,
    value('name'),
    before[2],
    value('end'),
    ...usersCells(figure, Array.isArray(point) ? point : undefined),
    value('e2ee', 'unknown'),
    after[1],
    after[2],
    value('ru', 'none'),
  ];
}
