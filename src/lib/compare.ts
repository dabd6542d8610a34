/** What the compare page shows of one messenger: every value already worded in the page's language. */
export interface CompareFigure {
  text: string;
  /** Index into the dataset's shared `sources` list. */
  source: number;
  /** The figure itself, for the CSV: value, the date it describes, and whether it is over 24 months old. */
  value: number;
  date: string;
  stale: boolean;
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
  csv?: { header: string[]; noFigure: string; yes: string; no: string };
}

/** Reads `?ids=a,b` against the known ids: at most four, no repeats, unknown ones dropped. */
export function parseCompareIds(search: string, known: ReadonlySet<string>): string[] {
  const raw = new URLSearchParams(search).get('ids') ?? '';
  if (raw.length > 200) return [];
  return [...new Set(raw.split(',').map((id) => id.trim()).filter((id) => known.has(id)))].slice(0, 4);
}

type Cell = string | number | boolean | undefined;

/** The comparison CSV's columns, by their machine names (the English header). */
export const COMPARE_CSV_COLUMNS = ['fact', 'fact_label', 'id', 'name', 'value', 'date', 'stale', 'text', 'source_url'] as const;

/**
 * The compare view as a tidy table for a spreadsheet: one row per fact and messenger, figures with
 * their number, date and source URL in columns of their own. Only the chosen ids, in their order.
 */
export function compareCsv(data: CompareDataset, ids: readonly string[]): { header: string[]; rows: Cell[][] } {
  const records = ids.map((id) => data.records.find((record) => record.id === id)).filter((record): record is CompareRecord => Boolean(record));
  const rows: Cell[][] = [];
  for (const row of data.rows) {
    if (records.every((record) => record.cells[row.key] === undefined)) continue;
    for (const record of records) {
      const cell = record.cells[row.key];
      if (cell === undefined) rows.push([row.key, row.label, record.id, record.name, undefined, undefined, undefined, row.figure ? (data.csv?.noFigure ?? 'no figure') : undefined, undefined]);
      else if (typeof cell === 'string') rows.push([row.key, row.label, record.id, record.name, undefined, undefined, undefined, cell, undefined]);
      else rows.push([row.key, row.label, record.id, record.name, cell.value, cell.date, data.csv ? (cell.stale ? data.csv.yes : data.csv.no) : cell.stale, cell.text, data.sources[cell.source]?.url]);
    }
  }
  return { header: data.csv?.header ?? [...COMPARE_CSV_COLUMNS], rows };
}
