/** Numbers and place names in the page's locale, through Intl only (formatters cached). */
import { displayNames, listFormat, numberFormat } from './intl-cache.ts';

export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}

/** `950 million` / `950 млн`: short enough for a table cell, exact value kept for entry pages. */
export function formatCompact(value: number, locale: string): string {
  return numberFormat(locale, { notation: 'compact', compactDisplay: locale === 'en' ? 'long' : 'short', maximumFractionDigits: 1 }).format(value);
}

export function formatMoney(amount: number, currency: string, locale: string): string {
  return numberFormat(locale, { style: 'currency', currency, notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(amount);
}

/** Country name for an ISO code in the page's language (`RU` → Russia / Россия). */
export function regionName(code: string, locale: string): string {
  return displayNames(locale, { type: 'region' }).of(code) ?? code;
}

/** A list joined the way the language joins lists (`a, b and c` / `a, b и c`). */
export function formatList(items: readonly string[], locale: string): string {
  return listFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * Text for a field that readers treat as HTML, such as an RSS item's description: markup in the
 * text shows as written and never becomes elements (DESIGN §5).
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
