/** Numbers and place names in the page's locale, through Intl only (formatters cached). */
import { displayNames, listFormat, numberFormat } from './intl-cache.ts';
import { isPercentMetric, type Metric } from './vocabulary.ts';

export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}

/** `950 million` / `950 млн`: short enough for a table cell, exact value kept for entry pages. */
export function formatCompact(value: number, locale: string): string {
  return numberFormat(locale, { notation: 'compact', compactDisplay: locale === 'en' ? 'long' : 'short', maximumFractionDigits: 1 }).format(value);
}

/**
 * A user figure's value as the reader should read it: a survey share as a percent (`46 %` /
 * `46 %`), a count in full or compact form. Never a percent printed as a count.
 */
export function formatFigureValue(point: { value: number; metric: Metric }, locale: string, style: 'full' | 'compact' = 'compact'): string {
  if (isPercentMetric(point.metric)) return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(point.value / 100);
  return style === 'full' ? formatNumber(point.value, locale) : formatCompact(point.value, locale);
}

export function formatMoney(amount: number, currency: string, locale: string): string {
  return numberFormat(locale, { style: 'currency', currency, notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(amount);
}

/** Country name for an ISO code in the page's language (`RU` → Russia / Россия). */
export function regionName(code: string, locale: string): string {
  return displayNames(locale, { type: 'region' }).of(code) ?? code;
}

/** Where a figure counts: `world` in the page's words, else the country's name (`RU` → Russia / Россия). */
export function scopeLabel(scope: string, locale: string, t: (key: 'scope.world') => string): string {
  return scope === 'world' ? t('scope.world') : regionName(scope, locale);
}

/** A list joined the way the language joins lists (`a, b and c` / `a, b и c`). */
export function formatList(items: readonly string[], locale: string): string {
  return listFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * `en` for a name written only in Latin letters on a Russian page (an owner such as "Meta
 * Platforms"), so it is marked `lang="en"` and read and hyphenated as such; undefined where the
 * page's own language applies.
 */
export function latinNameLang(text: string, locale: string): 'en' | undefined {
  return locale === 'ru' && /[A-Za-z]/.test(text) && !/[А-Яа-яЁё]/.test(text) ? 'en' : undefined;
}

/** Closes a sentence with a period, unless it already ends with one (an abbreviation such as «г.»). */
export function endSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/**
 * Text for a field that readers treat as HTML, such as an RSS item's description: markup in the
 * text shows as written and never becomes elements (DESIGN §5).
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
