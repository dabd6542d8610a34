import { z } from 'astro/zod';
import { isFullDate, isPartialDate } from '../lib/partial-date.ts';

/**
 * YAML turns an unquoted `1996` into a number and an unquoted `1996-11-15` into a Date;
 * editors should not have to care, so both are normalised back to text here.
 */
function dateToText(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return value;
}

/** A date at the precision the source gives: `1996`, `1996-11` or `1996-11-15`. */
export const partialDate = z.preprocess(
  dateToText,
  z
    .string({ error: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD' })
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { error: 'not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)' })
    .refine(isPartialDate, { error: 'not a real date (expected YYYY, YYYY-MM or YYYY-MM-DD)' }),
);

/** A full calendar day, `YYYY-MM-DD`. */
export const fullDate = z.preprocess(
  dateToText,
  z
    .string({ error: 'expected a date written YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'not a date (expected YYYY-MM-DD)' })
    .refine(isFullDate, { error: 'not a real day (expected YYYY-MM-DD)' }),
);

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

// Codes for private use or "unknown" that Intl still names; an atlas fact never needs them.
const USER_ASSIGNED = /^(?:AA|Q[M-Z]|X[A-JL-Z]|ZZ)$/;

/**
 * True for a current ISO 3166-1 alpha-2 code (plus EU and XK), which `Intl` can name. Retired
 * codes such as SU or YU are refused: Intl canonicalises them to a successor state.
 */
export function isRegionCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || USER_ASSIGNED.test(code)) return false;
  return regionNames.of(code) !== code && Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
}

/** An ISO 3166-1 alpha-2 country code such as `RU` or `US`. */
export const countryCode = z
  .string({ error: 'expected a two-letter country code such as US or RU' })
  .regex(/^[A-Z]{2}$/, { error: 'not a country code (expected two capital letters such as US or RU)' })
  .refine(isRegionCode, { error: 'not a country code in use today (expected two capital letters such as US or RU)' });

/** Lower-case Latin letters and digits in groups joined by single hyphens. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case identifier: lower-case Latin letters, digits and single hyphens. */
export const kebabId = z
  .string({ error: 'expected an id in kebab-case' })
  .regex(KEBAB_ID, { error: 'not kebab-case (expected lower-case letters, digits and hyphens, e.g. yahoo-messenger)' });

/**
 * Marks a field that takes the id of one of the entry's sources, in the JSON Schema too: the check
 * reads it to say which ids a faulty value may take, wherever a schema puts a source (a field's
 * own `.meta()` keeps it, as zod carries metadata over to the copy).
 */
export const SOURCE_REF_KEY = 'x-source-ref';

/** The id of a source listed in the entry's own `sources`. */
export const sourceRef = kebabId.meta({ description: 'The id of a source listed in this entry’s `sources`.', [SOURCE_REF_KEY]: true });

/**
 * The source of a plain fact, an encryption step, openSource or a note: one id, or a list when no single
 * page settles the whole claim (a vendor that names its desktop apps on one page and its mobile
 * apps on another). Each id once; `sourceIds` in src/lib/sources.ts reads either as a list.
 */
export const sourceRefs = z.union([
  sourceRef,
  z
    .array(sourceRef)
    .min(1, { error: 'is an empty list (expected a source id, or a list of them)' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'names a source twice (expected each source once)' }),
]);

/** Three-way answer used for open-source status. */
export const yesPartlyNo = z.enum(['yes', 'partly', 'no'], { error: 'expected yes, partly or no' });

/** Text that must not be empty. */
export const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'is empty (expected text)' });
