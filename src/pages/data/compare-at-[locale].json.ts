import type { APIRoute } from 'astro';
import { compareAtDataset } from '../../data/compare.ts';
import { jsonResponse } from '../../data/export.ts';
import { LOCALE_CODES, type Locale } from '../../i18n/index.ts';

export function getStaticPaths() {
  return LOCALE_CODES.map((locale) => ({ params: { locale }, props: { locale } }));
}

// The compare page's cells on every day they changed, fetched by /compare/ for a view at a date (?at=).
export const GET: APIRoute = async ({ props }) => jsonResponse(await compareAtDataset((props as { locale: Locale }).locale), { compact: true });
