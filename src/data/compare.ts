// The compare page's data, worded in one language: the dataset as it is (compare-<locale>.json) and
// every cell on every day it changed (compare-at-<locale>.json), for `?at=` views.
import { useTranslations, localePath, type Locale } from '../i18n/index.ts';
import { COMPARE_CSV_COLUMNS, compareCells, compareTimeline, type CompareAtDataset, type CompareDataset } from '../lib/compare.ts';
import { latestFigures, pairKey } from '../lib/derive.ts';
import { latinNameLang, scopeLabel } from '../lib/format.ts';
import { loadMessengers, TODAY } from './messengers.ts';

/** A shared, numbered list of the sources cells cite. */
function sourceList() {
  const sources: CompareDataset['sources'] = [];
  const index = new Map<string, number>();
  const cite = (source: { title: string; publisher: string; url: string }) => {
    if (!index.has(source.url)) index.set(source.url, sources.push({ title: source.title, publisher: source.publisher, url: source.url }) - 1);
    return index.get(source.url)!;
  };
  return { sources, cite };
}

export async function compareDataset(locale: Locale): Promise<CompareDataset> {
  const t = useTranslations(locale);
  const { sources, cite } = sourceList();
  const loaded = await loadMessengers();
  const scopeName = (scope: string) => scopeLabel(scope, locale, t);
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
    const owner = entry.data.owners.at(-1)?.owner;
    const ownerLang = owner && latinNameLang(owner, locale);
    return {
      id: entry.data.id,
      name: entry.data.name,
      href: localePath(locale, `/messengers/${entry.data.id}/`),
      cells: compareCells(entry.data, locale, t, TODAY, cite),
      ...(ownerLang ? { langs: { owner: ownerLang } } : {}),
    };
  });
  // From a Russian page the comparison's CSV is worded in Russian too.
  const csv: CompareDataset['csv'] =
    locale === 'ru'
      ? { header: COMPARE_CSV_COLUMNS.map((column) => t(`csv.compare.${column}`)), asOf: t('csv.asOf'), noFigure: t('table.noFigure'), yes: t('yesno.yes'), no: t('yesno.no') }
      : undefined;
  return { rows, sources, records, ...(csv ? { csv } : {}) };
}

/** Every messenger's cells on each day something about it became known, for views at a date. */
export async function compareAtDataset(locale: Locale): Promise<CompareAtDataset> {
  const { sources, cite } = sourceList();
  const t = useTranslations(locale);
  const records = (await loadMessengers()).map(({ entry }) => ({ id: entry.data.id, t: compareTimeline(entry.data, locale, t, TODAY, cite) }));
  return { sources, records };
}
