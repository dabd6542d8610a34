import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadChanges } from '../../data/changes.ts';
import { loadMessengers } from '../../data/messengers.ts';
import { escapeHtml } from '../../lib/format.ts';
import { localePath, localeStaticPaths, useTranslations, type Locale } from '../../i18n/index.ts';

export function getStaticPaths() {
  return localeStaticPaths();
}

// One feed per language: additions and updates of entries, newest first.
export const GET: APIRoute = async ({ props, site }) => {
  const locale = (props as { locale: Locale }).locale;
  const t = useTranslations(locale);
  const entries = new Map((await loadMessengers()).map(({ entry, ru }) => [entry.id, { name: entry.data.name, summary: locale === 'ru' ? ru?.data.summary : entry.data.summary }]));
  const changes = (await loadChanges()).filter((change) => entries.has(change.id)).slice(0, 100);
  return rss({
    title: `${t('site.name')}: ${t('changes.title')}`,
    description: t('changes.lead'),
    site: new URL(localePath(locale, '/'), site).href,
    customData: `<language>${locale}</language>`,
    items: changes.map((change) => ({
      title: `${t(`changes.${change.kind}`)}: ${entries.get(change.id)?.name}`,
      link: new URL(localePath(locale, `/messengers/${change.id}/`), site).href,
      pubDate: new Date(`${change.date}T00:00:00Z`),
      // Feed readers render descriptions as HTML: the summary goes in as escaped text.
      description: escapeHtml(entries.get(change.id)?.summary ?? ''),
    })),
  });
};
