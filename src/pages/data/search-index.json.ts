import type { APIRoute } from 'astro';
import { loadMessengers, TODAY } from '../../data/messengers.ts';
import { jsonResponse } from '../../data/export.ts';
import { useTranslations } from '../../i18n/index.ts';
import { summarize } from '../../lib/derive.ts';
import { regionName, scopeLabel } from '../../lib/format.ts';
import { figurePairs, searchRecord, VIEW_CSV_HEADER, type ViewCsvLanguage } from '../../lib/table-rows.ts';
import { ENCRYPTION_LEVELS, MEASURED_BY, METRICS, PHONE_NUMBER } from '../../lib/vocabulary.ts';

// Fetched by the table the first time someone searches or downloads a view.
export const GET: APIRoute = async () => {
  const loaded = await loadMessengers();
  const records = loaded.map(({ entry }) => searchRecord(entry.data, summarize(entry.data, TODAY), (code) => [regionName(code, 'en'), regionName(code, 'ru')]));
  // The CSV of a view from a Russian page: Russian column names, and codes in words.
  const t = useTranslations('ru');
  const scopes = [...new Set(figurePairs(loaded.map(({ entry }) => entry.data)).map((pair) => pair.split(':')[1] ?? 'world'))];
  const words = <C extends string>(codes: readonly C[], label: (code: C) => string) => Object.fromEntries(codes.map((code) => [code, label(code)]));
  const ru: ViewCsvLanguage = {
    header: VIEW_CSV_HEADER.map((column) => t(`csv.view.${column}`)),
    asOf: t('csv.asOf'),
    labels: {
      metric: words(METRICS, (metric) => t(`metric.${metric}`)),
      scope: words(scopes, (scope) => scopeLabel(scope, 'ru', t)),
      measured_by: words(MEASURED_BY, (by) => t(`measuredBy.${by}`)),
      e2ee_one_to_one: words([...ENCRYPTION_LEVELS, 'unknown'] as const, (level) => (level === 'unknown' ? t('unknown') : t(`level.${level}`))),
      open_source_client: words(['yes', 'partly', 'no'] as const, (value) => t(`yesno.${value}`)),
      phone_number: words(PHONE_NUMBER, (value) => t(`phone.${value}`)),
      status_in_russia: words(['available', 'restricted', 'blocked'] as const, (status) => t(`russia.${status}`)),
    },
  };
  return jsonResponse({ header: VIEW_CSV_HEADER, csv: { ru }, built: TODAY, records }, { compact: true });
};
