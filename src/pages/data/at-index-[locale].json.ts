import type { APIRoute } from 'astro';
import { loadMessengers, TODAY } from '../../data/messengers.ts';
import { jsonResponse } from '../../data/export.ts';
import { LOCALE_CODES, type Locale } from '../../i18n/index.ts';
import { atRecord } from '../../lib/table-rows.ts';

export function getStaticPaths() {
  return LOCALE_CODES.map((locale) => ({ params: { locale }, props: { locale } }));
}

// Fetched by the table when a view asks for a date (?at=): each row's values at every day they
// changed, figures worded in the page's language.
export const GET: APIRoute = async ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const records = (await loadMessengers()).map(({ entry }) => atRecord(entry.data, TODAY, locale));
  return jsonResponse({ today: TODAY, records }, { compact: true });
};
