// Claims cite their sources by id (`source: meta-2024`); this is the one place an id becomes its
// source. Each entry's sources are indexed once, keyed by the entry's own `sources` array, so
// every page, chart and download that resolves a citation shares that index.
import type { Source } from '../schemas/source.ts';

interface Cited {
  readonly id: string;
  readonly sources: readonly Source[];
}

const indexes = new WeakMap<readonly Source[], ReadonlyMap<string, Source>>();

function indexOf(sources: readonly Source[]): ReadonlyMap<string, Source> {
  let index = indexes.get(sources);
  if (!index) indexes.set(sources, (index = new Map(sources.map((source) => [source.id, source]))));
  return index;
}

/** The source an entry lists under `id`, if the claim names one and the entry has it. */
export function sourceOf(entry: Pick<Cited, 'sources'>, id: string | undefined): Source | undefined {
  return id === undefined ? undefined : indexOf(entry.sources).get(id);
}

/**
 * The source of a claim that must have one (a figure, an event): the content check refuses an
 * entry whose claim cites an id it does not list, so a miss here is a bug, named rather than
 * passed on as `undefined`.
 */
export function citedSource(entry: Cited, id: string): Source {
  const source = sourceOf(entry, id);
  if (!source) throw new Error(`${entry.id}: no source "${id}" (the content check should have refused this entry)`);
  return source;
}
