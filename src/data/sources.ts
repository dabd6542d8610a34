import { publishersByLetter, sourcePages, sourcesByPublisher, type PublisherLetter, type SourcePage } from '../lib/source-index.ts';
import { searchKey } from '../lib/transliterate.ts';
import { allMessengerData } from './export.ts';

export interface SourceIndex {
  sourceCount: number;
  publisherCount: number;
  letters: PublisherLetter[];
  pages: SourcePage[];
}

let index: Promise<SourceIndex> | undefined;

/** Every source grouped by publisher and letter, built once per build for the index and the letter pages in both languages. */
export function loadSourceIndex(): Promise<SourceIndex> {
  index ??= allMessengerData().then((messengers) => {
    const groups = sourcesByPublisher(messengers);
    const letters = publishersByLetter(groups, searchKey);
    return { sourceCount: groups.reduce((sum, [, list]) => sum + list.length, 0), publisherCount: groups.length, letters, pages: sourcePages(letters) };
  });
  return index;
}
