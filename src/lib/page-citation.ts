import type { Locale, Translate } from '../i18n/index.ts';
import type { Citable } from './citation.ts';
import { citableUrl } from './site-url.ts';

/** What every citation of an atlas page shares: the page's language and dictionary, and the build date. */
export interface CitingSite {
  locale: Locale;
  t: Translate;
  today: string;
}

/**
 * A page of the atlas, or a part of one by its `#anchor`, as a citable record: the atlas is the
 * publisher, the build date is when it was read, and it was published then too unless the caller
 * knows better (an entry's review date). Kept apart from citation.ts, which the browser loads.
 */
export function atlasPageCitation(page: { id: string; title: string; path: string; published?: string | undefined }, site: CitingSite): Citable {
  return {
    id: page.id,
    title: page.title,
    publisher: site.t('site.name'),
    url: citableUrl(page.path),
    published: page.published ?? site.today,
    accessed: site.today,
    language: site.locale,
  };
}
