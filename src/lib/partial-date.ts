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

/** Formats a partial date in the page's locale, at the precision it was written with. */
export function formatPartialDate(date: PartialDate, locale: string): string {
  const parts = mustParse(date);
  const at = new Date(startOf(date));
  const options: Intl.DateTimeFormatOptions =
    parts.day !== undefined
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : parts.month !== undefined
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return dateFormat(locale, options).format(at);
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
