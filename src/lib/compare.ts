/** What the compare page shows of one messenger: every value already worded in the page's language. */
export interface CompareFigure {
  text: string;
  /** Index into the dataset's shared `sources` list. */
  source: number;
}

export interface CompareRecord {
  id: string;
  name: string;
  href: string;
  /** Row key → plain text, or a figure with its source. */
  cells: Record<string, string | CompareFigure>;
}

export interface CompareDataset {
  rows: { key: string; label: string }[];
  sources: { title: string; publisher: string; url: string }[];
  records: CompareRecord[];
}

/** Reads `?ids=a,b` against the known ids: at most four, no repeats, unknown ones dropped. */
export function parseCompareIds(search: string, known: ReadonlySet<string>): string[] {
  const raw = new URLSearchParams(search).get('ids') ?? '';
  if (raw.length > 200) return [];
  return [...new Set(raw.split(',').map((id) => id.trim()).filter((id) => known.has(id)))].slice(0, 4);
}
