import type { Messenger } from '../schemas/messenger.ts';

/**
 * An entry page's schema.org description: a web page about one application, part of the atlas's
 * dataset, citing the entry's sources. `url` is left out when the build does not know the site's address.
 */
export function entryJsonLd(m: Messenger, page: { summary: string; locale: string; url: string | undefined; siteName: string; licence: string }) {
  return {
    '@type': 'WebPage',
    name: m.name,
    ...(page.url ? { url: page.url } : {}),
    description: page.summary,
    inLanguage: page.locale,
    dateModified: m.reviewed,
    isPartOf: { '@type': 'Dataset', name: page.siteName, license: page.licence },
    about: {
      '@type': 'SoftwareApplication',
      name: m.name,
      applicationCategory: 'CommunicationApplication',
      ...(m.launched ? { datePublished: m.launched } : {}),
      ...(m.website ? { url: m.website } : {}),
      ...(m.aliases.length ? { alternateName: m.aliases } : {}),
    },
    citation: m.sources.map((source) => ({ '@type': 'CreativeWork', name: source.title, url: source.url, publisher: source.publisher })),
  };
}
