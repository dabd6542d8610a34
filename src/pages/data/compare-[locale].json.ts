import type { APIRoute } from 'astro';
import { compareDataset } from '../../data/compare.ts';
import { jsonResponse } from '../../data/export.ts';
import { LOCALE_CODES, type Locale } from '../../i18n/index.ts';

export function getStaticPaths() {
  return LOCALE_CODES.map((locale) => ({ params: { locale }, props: { locale } }));
}

// The compare page's data, worded in one language; fetched by /compare/ for the chosen ids.
export const GET: APIRoute = async ({ props }) => jsonResponse(await compareDataset((props as { locale: Locale }).locale), { compact: true });
