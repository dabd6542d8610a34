// Claims cite their sources by id (`source: meta-2024`); this is the one place an id becomes its
// source. An entry lists a handful of sources, so a search is all it takes; this module is small
// on purpose, as the table's and the comparison's scripts load it.
import type { Source } from '../schemas/source.ts';

/** The source an entry lists under `id`, if the claim names one and the entry has it. */
export function sourceOf(entry: { readonly sources: readonly Source[] }, id: string | undefined): Source | undefined {
  return id === undefined ? undefined : entry.sources.find((source) => source.id === id);
}

/**
 * The ids a claim's `source:` names, as a list in order: one id, a list (a plain fact, an
 * encryption step, openSource or note that no single page settles), or none.
 */
export function sourceIds(ref: string | readonly string[] | undefined): string[] {
  return ref === undefined ? [] : [ref].flat();
}

/**
 * The source of a claim that must have one (a figure, an event): the content check refuses an
 * entry whose claim cites an id it does not list, so a miss here is a bug, named rather than
 * passed on as `undefined`.
 */
export function citedSource(entry: { readonly id: string; readonly sources: readonly Source[] }, id: string): Source {
  const source = sourceOf(entry, id);
  if (!source) throw new Error(`${entry.id}: no source "${id}" (the content check should have refused this entry)`);
  return source;
}
