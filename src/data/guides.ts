import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/index.ts';

export type GuideEntry = CollectionEntry<'guides'> | CollectionEntry<'guidesRu'>;

/** The guides of one language, by title. The content check makes sure each exists in both. */
export async function loadGuides(locale: Locale): Promise<GuideEntry[]> {
  const guides: GuideEntry[] = locale === 'ru' ? await getCollection('guidesRu') : await getCollection('guides');
  return guides.sort((a, b) => a.data.title.localeCompare(b.data.title, locale));
}
