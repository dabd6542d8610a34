import { proseCiteIds, publishersByLetter, sourcePages, sourcesByPublisher, type SourcePage } from '../lib/source-index.ts';
import { searchKey } from '../lib/transliterate.ts';
import { loadMessengers } from './messengers.ts';

export interface SourceIndex {
  sourceCount: number;
  publisherCount: number;
  pages: SourcePage[];
}

let index: Promise<SourceIndex> | undefined;

/** Every source grouped by publisher and letter, built once per build for the index and the letter pages in both languages. */
export function loadSourceIndex(): Promise<SourceIndex> {
  index ??= loadMessengers().then((loaded) => {
    const messengers = loaded.map(({ entry }) => entry.data);
    const proseCites = new Map(loaded.map(({ entry, ru }) => [entry.id, proseCiteIds(entry.body, ru?.body)]));
    const pages = sourcePages(publishersByLetter(sourcesByPublisher(messengers, proseCites), searchKey));
    const total = (count: (page: SourcePage) => number) => pages.reduce((sum, page) => sum + count(page), 0);
    return { sourceCount: total((page) => page.sourceCount), publisherCount: total((page) => page.publisherCount), pages };
  });
  return index;
}
