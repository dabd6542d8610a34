// The state of each chart in the URL, so a copied link reproduces the view exactly. Values come
// from strangers' links: each is checked against what the page offers; anything else is dropped,
// never echoed. Each chart owns its parameters, so two charts on one page keep each other's.

/** `auto` (the default) lets the chart pick: logarithmic when the lines span two orders of magnitude. */
export const SCALES = ['auto', 'linear', 'log'] as const;
export type Scale = (typeof SCALES)[number];

export const MAX_LINES = 12;
const MAX_PARAM = 2000;

/** Users over time: one metric at a time, a scale, and the lines drawn. */
export interface UsersView {
  metric: string;
  scale: Scale;
  lines: string[];
}

export interface UsersOptions {
  /** Metrics on offer, the default first. */
  metrics: readonly string[];
  /** Line keys on offer for each metric. */
  lines: ReadonlyMap<string, readonly string[]>;
  /** The lines drawn for each metric before a reader chooses. */
  defaults: ReadonlyMap<string, readonly string[]>;
}

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function parseUsersView(params: URLSearchParams, options: UsersOptions): UsersView {
  const metric = pick(params.get('metric'), options.metrics) ?? options.metrics[0] ?? '';
  const offered = options.lines.get(metric) ?? [];
  const raw = params.get('lines');
  const chosen = raw === null || raw.length > MAX_PARAM ? [] : [...new Set(raw.split(',').filter((key) => offered.includes(key)))].slice(0, MAX_LINES);
  return {
    metric,
    scale: pick(params.get('scale'), SCALES) ?? 'auto',
    lines: chosen.length > 0 ? chosen : [...(options.defaults.get(metric) ?? [])],
  };
}

/** The users chart's parameters, leaving out those that hold their default. */
export function usersParams(view: UsersView, options: UsersOptions): Record<string, string | undefined> {
  const defaults = options.defaults.get(view.metric) ?? [];
  return {
    metric: view.metric !== options.metrics[0] ? view.metric : undefined,
    scale: view.scale !== 'auto' ? view.scale : undefined,
    lines: view.lines.join(',') !== defaults.join(',') ? view.lines.join(',') : undefined,
  };
}

/**
 * Filters by one value each (events: jurisdiction and kind; lifespans: category, status and launch
 * decade): for each parameter, one of the values the page offers, or undefined for all.
 */
export type FilterView = Record<string, string | undefined>;

export function parseFilterView(params: URLSearchParams, offered: Readonly<Record<string, readonly string[]>>): FilterView {
  return Object.fromEntries(Object.entries(offered).map(([name, values]) => [name, pick(params.get(name), values)]));
}

/** `search` with the given parameters set (or removed when undefined), others kept as they were. */
export function withParams(search: string, changes: Record<string, string | undefined>): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
