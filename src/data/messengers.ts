import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDate } from '../lib/build-date.ts';
import { byLaunch } from '../lib/derive.ts';

/** The build's "today", read once. */
export const TODAY = buildDate();

export interface LoadedMessenger {
  entry: CollectionEntry<'messengers'>;
  ru: CollectionEntry<'messengersRu'> | undefined;
}

/** Every entry with its Russian text, oldest launch first. */
export async function loadMessengers(): Promise<LoadedMessenger[]> {
  const [entries, ruEntries] = await Promise.all([getCollection('messengers'), getCollection('messengersRu')]);
  const ruById = new Map(ruEntries.map((ru) => [ru.id, ru]));
  const ordered = byLaunch(entries.map((entry) => ({ entry, launched: entry.data.launched, name: entry.data.name })));
  return ordered.map(({ entry }) => ({ entry, ru: ruById.get(entry.id) }));
}
