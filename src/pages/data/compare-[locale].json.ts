import type { APIRoute } from 'astro';
import { loadMessengers, TODAY } from '../../data/messengers.ts';
import { jsonResponse } from '../../data/export.ts';
import { LOCALE_CODES, localePath, useTranslations, type Locale } from '../../i18n/index.ts';
import { COMPARE_CSV_COLUMNS, type CompareDataset } from '../../lib/compare.ts';
import { latestFigures, pairKey, summarize } from '../../lib/derive.ts';
import { currentEncryption } from '../../lib/encryption.ts';
import { formatFigureValue, latinNameLang, regionName } from '../../lib/format.ts';
import { formatPartialDate } from '../../lib/partial-date.ts';
import { isFreshFigure } from '../../lib/landscape.ts';

export function getStaticPaths() {
  return LOCALE_CODES.map((locale) => ({ params: { locale }, props: { locale } }));
}

// The compare page's data, worded in one language; fetched by /compare/ for the chosen ids.
export const GET: APIRoute = async ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const t = useTranslations(locale);
  const date = (value: string) => formatPartialDate(value, locale);
  const sources: CompareDataset['sources'] = [];
  const sourceIndex = new Map<string, number>();
  const cite = (source: { title: string; publisher: string; url: string }) => {
    if (!sourceIndex.has(source.url)) sourceIndex.set(source.url, sources.push({ title: source.title, publisher: source.publisher, url: source.url }) - 1);
    return sourceIndex.get(source.url)!;
  };
  const loaded = await loadMessengers();
  const scopeName = (scope: string) => (scope === 'world' ? t('scope.world') : regionName(scope, locale));
  // One row per (metric, scope) pair any entry has: a row never mixes metrics or places.
  const pairs = latestFigures({ users: loaded.flatMap(({ entry }) => latestFigures(entry.data)) });
  const rows = [
    { key: 'category', label: t('entry.category') },
    { key: 'launched', label: t('entry.launched') },
    { key: 'status', label: t('col.status') },
    ...pairs.map((pair) => ({ key: pairKey(pair), label: `${t('col.users')}: ${t(`metric.${pair.metric}`)}, ${scopeName(pair.scope)}`, figure: true })),
    { key: 'e2ee', label: t('col.e2ee') },
    { key: 'protocol', label: t('entry.protocol') },
    { key: 'os', label: t('col.openSource') },
    { key: 'phone', label: t('col.phone') },
    { key: 'arch', label: t('entry.architecture') },
    { key: 'origin', label: t('entry.origin') },
    { key: 'owner', label: t('entry.owner') },
    { key: 'ru', label: t('col.russia') },
  ];
  const records = loaded.map(({ entry }) => {
    const m = entry.data;
    const summary = summarize(m, TODAY);
    const cells: CompareDataset['records'][number]['cells'] = {
      category: t(`category.${m.category}`),
      launched: m.launched ? date(m.launched) : t('unknown'),
      status: m.discontinued ? t('status.discontinued', { date: date(m.discontinued) }) : t('status.active'),
      e2ee: summary.e2ee ? t(`level.${summary.e2ee}`) : t('unknown'),
      protocol: currentEncryption(m.encryption)?.protocol ?? '—',
      os: summary.openSourceClient ? t(`yesno.${summary.openSourceClient}`) : t('unknown'),
      phone: m.phoneNumber ? t(`phone.${m.phoneNumber}`) : t('unknown'),
      arch: t(`architecture.${m.architecture}`),
      origin: m.origin ? regionName(m.origin, locale) : t('unknown'),
      owner: m.owners.at(-1)?.owner ?? '—',
      ru: summary.russia ? t(`russia.${summary.russia}`) : '—',
    };
    for (const point of latestFigures(m)) {
      const source = m.sources.find((s) => s.id === point.source)!;
      const who = `${t(`measuredBy.${point.measuredBy}`).toLowerCase()}${point.measurer ? `: ${point.measurer}` : ''}`;
      const base = point.population ? `; ${t('entry.population').toLowerCase()}: ${point.population[locale]}` : '';
      cells[pairKey(point)] = {
        text: `${formatFigureValue(point, locale, 'full')} (${date(point.date)}; ${who}${base})`,
        source: cite(source),
        value: point.value,
        date: point.date,
        stale: !isFreshFigure(point, TODAY),
      };
    }
    const owner = m.owners.at(-1)?.owner;
    const ownerLang = owner && latinNameLang(owner, locale);
    return { id: m.id, name: m.name, href: localePath(locale, `/messengers/${m.id}/`), cells, ...(ownerLang ? { langs: { owner: ownerLang } } : {}) };
  });
  const csv: CompareDataset['csv'] =
    locale === 'ru'
      ? { header: COMPARE_CSV_COLUMNS.map((column) => t(`csv.compare.${column}`)), noFigure: t('table.noFigure'), yes: t('yesno.yes'), no: t('yesno.no') }
      : undefined;
  return jsonResponse({ rows, sources, records, ...(csv ? { csv } : {}) } satisfies CompareDataset, { compact: true });
};
