import type { Locale, Translate } from '../i18n/index.ts';
import type { Messenger } from '../schemas/messenger.ts';
import { foldTimeline, staleFrom, timeline, type Day, type Timeline } from './at-date.ts';
import { latestFigures, pairKey, summarize } from './derive.ts';
import { currentEncryption } from './encryption.ts';
import { AS_OF_COLUMN } from './csv.ts';
import { formatFigureValue, regionName } from './format.ts';
import { isFreshFigure } from './landscape.ts';
import { formatPartialDate } from './partial-date.ts';
import { COMPARE_LIMIT } from './vocabulary.ts';
import { citedSource } from './sources.ts';

/** What the compare page shows of one messenger: every value already worded in the page's language. */
export interface CompareFigure {
  text: string;
  /** Index into the dataset's shared `sources` list. */
  source: number;
  /** The figure itself, for the CSV: value, the date it describes, and whether it is over 24 months old. */
  value: number;
  date: string;
  stale: boolean;
  /** In the dataset at any date: the first day the figure counts as stale. */
  staleFrom?: Day;
}

export interface CompareRecord {
  id: string;
  name: string;
  href: string;
  /** Row key → plain text, or a figure with its source. */
  cells: Record<string, string | CompareFigure>;
  /** Row key → the language of a cell not in the page's language (an owner's Latin name on a Russian page). */
  langs?: Record<string, string>;
}

export interface CompareDataset {
  /** `figure` rows hold one (metric, scope) pair each: a messenger without it shows "no figure". */
  rows: { key: string; label: string; figure?: boolean }[];
  sources: { title: string; publisher: string; url: string }[];
  records: CompareRecord[];
  /** The CSV worded in the page's language: column names, "no figure", and stale as yes/no. English keeps the machine names. */
  csv?: { header: string[]; asOf: string; noFigure: string; yes: string; no: string };
}

/** The comparison CSV's columns, by their machine names (the English header). */
export const COMPARE_CSV_COLUMNS = ['fact', 'fact_label', 'id', 'name', 'value', 'date', 'stale', 'text', 'source_url'] as const;

/** One messenger's cells, worded; figures marked stale as of `day`. */
export function compareCells(
  m: Messenger,
  locale: Locale,
  t: Translate,
  day: string,
  cite: (source: Messenger['sources'][number]) => number,
): Record<string, string | CompareFigure> {
  const date = (value: string) => formatPartialDate(value, locale);
  const summary = summarize(m, day);
  const cells: Record<string, string | CompareFigure> = {
    category: t(`category.${m.category}`),
    launched: m.launched ? date(m.launched) : t('unknown'),
    status: m.discontinued ? t('status.discontinued', { date: date(m.discontinued) }) : t('status.active'),
    e2ee: summary.e2ee ? t(`level.${summary.e2ee}`) : t('unknown'),
    protocol: currentEncryption(m.encryption)?.protocol ?? '—',
    os: summary.openSourceClient ? t(`yesno.${summary.openSourceClient}`) : t('unknown'),
    phone: m.phoneNumber ? t(`phone.${m.phoneNumber}`) : t('unknown'),
    arch: m.architecture ? t(`architecture.${m.architecture}`) : t('unknown'),
    origin: m.origin ? regionName(m.origin, locale) : t('unknown'),
    owner: m.owners.at(-1)?.owner ?? (m.noOwner ? t('entry.noOwner') : '—'),
    ru: summary.russia ? t(`russia.${summary.russia}`) : '—',
  };
  for (const point of latestFigures(m)) {
    const source = citedSource(m, point.source);
    const who = `${t(`measuredBy.${point.measuredBy}`).toLowerCase()}${point.measurer ? `: ${point.measurer}` : ''}`;
    const base = point.population ? `; ${t('entry.population').toLowerCase()}: ${point.population[locale]}` : '';
    cells[pairKey(point)] = {
      text: `${formatFigureValue(point, locale, 'full')} (${date(point.date)}; ${who}${base})`,
      source: cite(source),
      value: point.value,
      date: point.date,
      stale: !isFreshFigure(point, day),
    };
  }
  return cells;
}

/**
 * One messenger's cells on each day something about it became known (`at-date.ts`), with the name
 * of the time; a figure carries the first day it is stale, since that changes between those days.
 */
export function compareTimeline(m: Messenger, locale: Locale, t: Translate, today: Day, cite: (source: Messenger['sources'][number]) => number): Timeline<string | CompareFigure> {
  return timeline(m, today, (then, day) => {
    const cells = compareCells(then, locale, t, day, cite);
    for (const [key, cell] of Object.entries(cells)) if (typeof cell !== 'string') cells[key] = { ...cell, stale: false, staleFrom: staleFrom(cell.date) };
    return { name: then.name, ...cells };
  });
}

/** Every messenger's compare cells on every day they changed (`/data/compare-at-<locale>.json`), with its own source list. */
export interface CompareAtDataset {
  sources: CompareDataset['sources'];
  records: { id: string; t: Timeline<string | CompareFigure> }[];
}

/**
 * The compare dataset as of `day`: each record's cells folded from its timeline, the name of the
 * time, stale marks for that day; a messenger not launched by then keeps its column with one cell
 * saying so (`notLaunched`) and nothing else.
 */
export function compareAt(data: CompareDataset, at: CompareAtDataset, day: Day, notLaunched: string): CompareDataset {
  const timelines = new Map(at.records.map((record) => [record.id, record.t]));
  const records = data.records.map((record) => {
    const cells = foldTimeline(timelines.get(record.id) ?? [], day);
    if (!cells) return { ...record, cells: { status: notLaunched } };
    const { name, ...rest } = cells;
    for (const [key, cell] of Object.entries(rest)) if (typeof cell !== 'string') rest[key] = { ...cell, stale: cell.staleFrom !== undefined && cell.staleFrom <= day };
    return { ...record, name: typeof name === 'string' ? name : record.name, cells: rest };
  });
  return { rows: data.rows, sources: at.sources, records, ...(data.csv ? { csv: data.csv } : {}) };
}

/** Reads `?ids=a,b` against the known ids: at most COMPARE_LIMIT, no repeats, unknown ones dropped. */
export function parseCompareIds(search: string, known: ReadonlySet<string>): string[] {
  const raw = new URLSearchParams(search).get('ids') ?? '';
  if (raw.length > 200) return [];
  return [
    ...new Set(
      raw
        .split(',')
        .map((id) => id.trim())
        .filter((id) => known.has(id)),
    ),
  ].slice(0, COMPARE_LIMIT);
}

type Cell = string | number | boolean | undefined;

/**
 * The compare view as a tidy table for a spreadsheet: one row per fact and messenger, figures with
 * their number, date and source URL in columns of their own. Only the chosen ids, in their order.
 */
export function compareCsv(data: CompareDataset, ids: readonly string[], at?: string): { header: string[]; rows: Cell[][] } {
  const records = ids.map((id) => data.records.find((record) => record.id === id)).filter((record): record is CompareRecord => Boolean(record));
  const rows: Cell[][] = [];
  for (const row of data.rows) {
    if (records.every((record) => record.cells[row.key] === undefined)) continue;
    for (const record of records) {
      const cell = record.cells[row.key];
      if (cell === undefined)
        rows.push([row.key, row.label, record.id, record.name, undefined, undefined, undefined, row.figure ? (data.csv?.noFigure ?? 'no figure') : undefined, undefined]);
      else if (typeof cell === 'string') rows.push([row.key, row.label, record.id, record.name, undefined, undefined, undefined, cell, undefined]);
      else
        rows.push([
          row.key,
          row.label,
          record.id,
          record.name,
          cell.value,
          cell.date,
          data.csv ? (cell.stale ? data.csv.yes : data.csv.no) : cell.stale,
          cell.text,
          data.sources[cell.source]?.url,
        ]);
    }
  }
  const header = data.csv?.header ?? [...COMPARE_CSV_COLUMNS];
  // A comparison as of a date says which, on every row.
  return at ? { header: [...header, data.csv?.asOf ?? AS_OF_COLUMN], rows: rows.map((row) => [...row, at]) } : { header, rows };
}
