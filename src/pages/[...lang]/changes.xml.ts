import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadChanges } from '../../data/changes.ts';
import { loadMessengers } from '../../data/messengers.ts';
import { escapeHtml } from '../../lib/format.ts';
import { absoluteUrl, SITE_URL } from '../../lib/site-url.ts';
import { localePath, localeStaticPaths, useTranslations, type Locale } from '../../i18n/index.ts';

// A feed is read away from the site, so its links must be absolute: a build that does not know
// its address (ATLAS_SITE_URL unset) writes no feed rather than links to a made-up host.
export function getStaticPaths() {
  return SITE_URL ? localeStaticPaths() : [];
}

// One feed per language: additions and updates of entries, newest first.
export const GET: APIRoute = async ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const t = useTranslations(locale);
  const entries = new Map((await loadMessengers()).map(({ entry, ru }) => [entry.id, { name: entry.data.name, summary: locale === 'ru' ? ru?.data.summary : entry.data.summary }]));
  const changes = (await loadChanges()).filter((change) => entries.has(change.id)).slice(0, 100);
  return rss({
    title: `${t('site.name')}: ${t('changes.title')}`,
    description: t('changes.lead'),
    site: absoluteUrl(localePath(locale, '/')) ?? '',
    customData: `<language>${locale}</language>`,
    items: changes.map((change) => ({
      title: `${t(`changes.${change.kind}`)}: ${entries.get(change.id)?.name}`,
      link: absoluteUrl(localePath(locale, `/messengers/${change.id}/`)) ?? '',
      pubDate: new Date(`${change.date}T00:00:00Z`),
      // Feed readers render descriptions as HTML: the summary goes in as escaped text.
      description: escapeHtml(entries.get(change.id)?.summary ?? ''),
    })),
  });
};
