import { ARCHITECTURES, CATEGORIES, COMPARE_LIMIT, ENCRYPTION_LEVELS, PHONE_NUMBER, YEAR_MAX, YEAR_MIN } from './vocabulary.ts';
import { parseAt } from './at-date.ts';
/**
 * The comparison table's view: what is searched, filtered, sorted, shown and selected. It lives in
 * the URL so a copied link reproduces it; anything unknown or malformed in the URL is dropped.
 * Pure: used by the page at build time, by the table script in the browser, and by tests.
 */

/** What one row offers to filters and sorting, read from its `data-*` attributes. */
export interface RowData {
  id: string;
  name: string;
  category: string;
  status: 'active' | 'discontinued';
  e2ee: string;
  os: string;
  phone: string;
  arch: string;
  ru: string;
  /** Countries where it is blocked or restricted now (or at the date shown). */
  limited: readonly string[];
  /** Launch year, or undefined when unknown. */
  year: number | undefined;
  /** Sort key of the launch date (ms), or undefined. */
  launched: number | undefined;
  /** The latest figure of each (metric, scope) pair the row has, keyed `metric:scope`. */
  figures: Readonly<Record<string, number>>;
}

/**
 * The users column shows one metric in one scope at a time (DESIGN §5 "Like for like"): a row
 * without that pair shows "no figure", never another metric. Keyed `metric:scope`.
 */
export const DEFAULT_FIGURE = 'mau:world';

export const FILTERS = {
  category: CATEGORIES,
  status: ['active', 'discontinued'],
  e2ee: [...ENCRYPTION_LEVELS, 'unknown'],
  os: ['yes', 'partly', 'no', 'unknown'],
  phone: [...PHONE_NUMBER, 'unknown'],
  arch: [...ARCHITECTURES, 'unknown'],
  ru: ['available', 'restricted', 'blocked', 'none'],
} as const;
export type FilterKey = keyof typeof FILTERS;
export const FILTER_KEYS = Object.keys(FILTERS) as FilterKey[];

export const COLUMNS = ['launched', 'status', 'users', 'e2ee', 'os', 'phone', 'ru'] as const;
export type Column = (typeof COLUMNS)[number];
export const SORT_KEYS = ['name', ...COLUMNS] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ViewState {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
  from: number | undefined;
  to: number | undefined;
  sort: { key: SortKey; dir: 'asc' | 'desc' } | undefined;
  /** Columns shown; all when undefined. */
  cols: Column[] | undefined;
  /** Selected ids for comparison, at most COMPARE_LIMIT. */
  sel: string[];
  /** The (metric, scope) pair the users column shows and sorts, `metric:scope`. */
  figure: string;
  /** Only messengers blocked or restricted in this country (ISO code), if set. */
  country: string | undefined;
  /** The date the table is shown as of (`?at=`, a partial date); left out for today. */
  at?: string | undefined;
}

export const EMPTY_VIEW: ViewState = { q: '', filters: {}, from: undefined, to: undefined, sort: undefined, cols: undefined, sel: [], figure: DEFAULT_FIGURE, country: undefined };
export const MAX_QUERY = 100;

/** A year typed or linked (`from`, `to`): four digits within YEAR_MIN … YEAR_MAX, else undefined. */
export function parseYear(text: string | null | undefined): number | undefined {
  if (!text || !/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : undefined;
}

/** Longest list parameter read: a longer one is somebody else's URL, not a view of this table. */
export const MAX_LIST_PARAM = 1000;
/** A comma-separated parameter as a list without repeats; too long a value reads as empty. */
const list = (value: string | null) =>
  value && value.length <= MAX_LIST_PARAM
    ? [
        ...new Set(
          value
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean),
        ),
      ]
    : [];

/** What a view is read against: the page's rows, its figure pairs and countries, the build date. */
export interface ViewContext {
  /** Row ids: they vet the selection. */
  ids: ReadonlySet<string>;
  /** The (metric, scope) pairs the data has: they vet the users column. */
  figures?: readonly string[] | undefined;
  /** Countries with a block or restriction in the data: they vet `country`. */
  countries?: readonly string[] | undefined;
  /** The build date: without it no date asked for with `at` is read. */
  today?: string | undefined;
}

/** Reads a view from URL parameters, keeping only known keys and values (see ViewContext). */
export function parseView(params: URLSearchParams, { ids, figures = [DEFAULT_FIGURE], countries = [], today }: ViewContext): ViewState {
  const at = today === undefined ? undefined : parseAt(params.get('at') ?? '', today);
  const country = params.get('country') ?? '';
  const filters: ViewState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const allowed = FILTERS[key] as readonly string[];
    const values = [...new Set(list(params.get(key)).filter((value) => allowed.includes(value)))];
    if (values.length) filters[key] = values;
  }
  const [sortKey, sortDir] = (params.get('sort') ?? '').split(':');
  const sort: ViewState['sort'] =
    (SORT_KEYS as readonly string[]).includes(sortKey ?? '') && (sortDir === 'asc' || sortDir === 'desc') ? { key: sortKey as SortKey, dir: sortDir } : undefined;
  const cols = params.has('cols') ? list(params.get('cols')).filter((col): col is Column => (COLUMNS as readonly string[]).includes(col)) : undefined;
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    filters,
    from: parseYear(params.get('from')),
    to: parseYear(params.get('to')),
    sort,
    cols,
    sel: [...new Set(list(params.get('sel')).filter((id) => ids.has(id)))].slice(0, COMPARE_LIMIT),
    figure: figures.includes(params.get('figure') ?? '') ? params.get('figure')! : DEFAULT_FIGURE,
    country: countries.includes(country) ? country : undefined,
    ...(at && 'at' in at ? { at: at.at } : {}),
  };
}

/** Writes a view as URL parameters, in a fixed order, leaving out what is at its default. */
export function serializeView(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q.trim()) params.set('q', view.q.trim().slice(0, MAX_QUERY));
  for (const key of FILTER_KEYS) {
    const values = view.filters[key];
    if (values?.length) params.set(key, values.join(','));
  }
  if (view.country) params.set('country', view.country);
  if (view.from !== undefined) params.set('from', String(view.from));
  if (view.to !== undefined) params.set('to', String(view.to));
  if (view.sort) params.set('sort', `${view.sort.key}:${view.sort.dir}`);
  if (view.cols) params.set('cols', view.cols.join(','));
  if (view.sel.length) params.set('sel', view.sel.join(','));
  if (view.figure !== DEFAULT_FIGURE) params.set('figure', view.figure);
  if (view.at) params.set('at', view.at);
  return params;
}

/** Does a row pass every filter except, optionally, one (to count what that filter's values would leave)? */
export function passesFilters(row: RowData, view: ViewState, except?: FilterKey): boolean {
  for (const key of FILTER_KEYS) {
    if (key === except) continue;
    const wanted = view.filters[key];
    if (wanted?.length && !wanted.includes(row[key])) return false;
  }
  if (view.country && !row.limited.includes(view.country)) return false;
  if (view.from !== undefined && (row.year === undefined || row.year < view.from)) return false;
  if (view.to !== undefined && (row.year === undefined || row.year > view.to)) return false;
  return true;
}

/** How many rows each value of a filter would leave, given the other filters and the search hits. */
export function filterCounts<T extends RowData>(rows: readonly T[], view: ViewState, key: FilterKey, matches: (row: T) => boolean): Map<string, number> {
  const counts = new Map<string, number>((FILTERS[key] as readonly string[]).map((value) => [value, 0]));
  for (const row of rows) {
    if (!matches(row) || !passesFilters(row, view, key)) continue;
    counts.set(row[key], (counts.get(row[key]) ?? 0) + 1);
  }
  return counts;
}

const ORDINAL: Partial<Record<SortKey, readonly string[]>> = {
  status: ['active', 'discontinued'],
  e2ee: ['default', 'optional', 'none', 'n/a'],
  os: ['yes', 'partly', 'no'],
  phone: ['no', 'optional', 'required'],
  ru: ['available', 'restricted', 'blocked'],
};

function sortValue(row: RowData, key: SortKey, figure: string): number | string | undefined {
  switch (key) {
    case 'name':
      return row.name.toLocaleLowerCase();
    case 'launched':
      return row.launched;
    case 'users':
      return row.figures[figure];
    default: {
      const order = ORDINAL[key]!;
      const index = order.indexOf(row[key]);
      return index === -1 ? undefined : index;
    }
  }
}

/**
 * Sorts rows; numbers as numbers, dates as dates, unknown values last in both directions. Users
 * sort by the chosen pair's figure only: rows without it go last, whatever else they have.
 */
export function sortRows<T extends RowData>(rows: readonly T[], sort: ViewState['sort'], figure = DEFAULT_FIGURE): T[] {
  if (!sort) return [...rows];
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [sortValue(a, sort.key, figure), sortValue(b, sort.key, figure)];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en');
    return order * sign || a.name.localeCompare(b.name, 'en');
  });
}
