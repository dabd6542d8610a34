/**
 * Partial dates as editors write them: `1996`, `1996-11` or `1996-11-15`.
 * The precision an editor chose is kept and shown as written.
 */
import { dateFormat } from './intl-cache.ts';

export type PartialDate = string;

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Splits a partial date into parts, or returns null when it is malformed or impossible (2021-02-30). */
export function parsePartialDate(text: string): DateParts | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

export function isFullDate(text: string): boolean {
  return parsePartialDate(text)?.day !== undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day the partial date can mean, as a UTC timestamp (`1996` → 1996-01-01). */
export function startOf(date: PartialDate): number {
  const parts = mustParse(date);
  return Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
}

/** Last day the partial date can mean, as a UTC timestamp (`1996` → 1996-12-31). */
export function endOf(date: PartialDate): number {
  const parts = mustParse(date);
  if (parts.day !== undefined) return Date.UTC(parts.year, parts.month! - 1, parts.day);
  if (parts.month !== undefined) return Date.UTC(parts.year, parts.month, 0);
  return Date.UTC(parts.year, 11, 31);
}

/** Orders partial dates by the first day they can mean; a coarser date sorts before a finer one on the same day. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return startOf(a) - startOf(b) || a.length - b.length;
}

/** True only when `a` certainly lies before `b` (`2014` is not before `2014-05`). */
export function isCertainlyBefore(a: PartialDate, b: PartialDate): boolean {
  return endOf(a) < startOf(b);
}

/** True when some day the partial date can mean lies after `today` (YYYY-MM-DD). */
export function isInFuture(date: PartialDate, today: string): boolean {
  return startOf(date) > startOf(today);
}

/**
 * How a date is used in a Russian sentence, which decides its case: `nominative` on its own (a
 * table cell: «сентябрь 2009 г.»), `genitive` after «с» («с сентября 2009 г.»), `in` for "when"
 * («опубликовано в сентябре 2009 г.», «в 2009 г.»). A full date reads the same in each
 * («5 марта 2026 г.»); English dates do not change.
 */
export type DateForm = 'nominative' | 'genitive' | 'in';

const RU_MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const RU_MONTHS_PREPOSITIONAL = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
/** «2009 г.»: the year's abbreviation never breaks from its number. */
const RU_YEAR = (year: number) => `${year}\u00a0г.`;

/** Formats a partial date in the page's locale, at the precision it was written with. */
export function formatPartialDate(date: PartialDate, locale: string, form: DateForm = 'nominative'): string {
  const parts = mustParse(date);
  if (locale === 'ru') {
    if (parts.day !== undefined) return `${parts.day} ${RU_MONTHS_GENITIVE[parts.month! - 1]} ${RU_YEAR(parts.year)}`;
    if (parts.month !== undefined) {
      if (form === 'genitive') return `${RU_MONTHS_GENITIVE[parts.month - 1]} ${RU_YEAR(parts.year)}`;
      if (form === 'in') return `в ${RU_MONTHS_PREPOSITIONAL[parts.month - 1]} ${RU_YEAR(parts.year)}`;
    } else return form === 'in' ? `в ${RU_YEAR(parts.year)}` : RU_YEAR(parts.year);
  }
  const options: Intl.DateTimeFormatOptions =
    parts.day !== undefined
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : parts.month !== undefined
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  const text = dateFormat(locale, options).format(new Date(startOf(date)));
  return locale === 'ru' ? text.replace(/(\d{4})\s+г\./, (_, year: string) => RU_YEAR(Number(year))) : text;
}

/** Whole months from `from` to `to`, both partial dates read at their first day. */
export function monthsBetween(from: PartialDate, to: PartialDate): number {
  const a = new Date(startOf(from));
  const b = new Date(startOf(to));
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
}

function mustParse(date: PartialDate): DateParts {
  const parts = parsePartialDate(date);
  if (!parts) throw new Error(`Not a partial date: ${date}`);
  return parts;
}
