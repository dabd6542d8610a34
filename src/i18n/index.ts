import { en, type UiKey } from './en.ts';
import { ru } from './ru.ts';
import { BASE_PATH, withBase, withoutBase } from '../lib/site-url.ts';

/** The site's languages: one data object, read everywhere else. */
export const LOCALES = {
  en: { label: 'English', htmlLang: 'en', prefix: '' },
  ru: { label: 'Русский', htmlLang: 'ru', prefix: '/ru' },
} as const;
export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];

const dictionaries: Record<Locale, Record<UiKey, string>> = { en, ru };

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/**
 * `t(key, { name })` for one locale; `{name}` placeholders are filled from params. A value that
 * ends a sentence with its own period («6 декабря 2026 г.») takes the place of the template's
 * period after it, so no sentence ends in «г..».
 */
export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, params) => {
    const template = dictionary[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, period: string) => {
      if (!(name in params)) return whole;
      const value = String(params[name]);
      return period && /[.!?…]$/.test(value) ? value : `${value}${period}`;
    });
  };
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in LOCALES;
}

/** The locale a served path belongs to: `/ru/...` (under the base) is Russian, everything else English. */
export function localeOfPath(pathname: string, base = BASE_PATH): Locale {
  const first = withoutBase(pathname, base).split('/')[1];
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** A site path (`/messengers/`) in a locale, as served: `/ru/messengers/`, or `/atlas/ru/messengers/` under a base. */
export function localePath(locale: Locale, path: string, base = BASE_PATH): string {
  return withBase(`${LOCALES[locale].prefix}${path.startsWith('/') ? path : `/${path}`}`, base);
}

/** The same page in another language: a served path in, a served path out. */
export function switchLocalePath(pathname: string, target: Locale, base = BASE_PATH): string {
  const sitePath = withoutBase(pathname, base);
  const current = localeOfPath(sitePath, '/');
  const bare = current === DEFAULT_LOCALE ? sitePath : sitePath.slice(LOCALES[current].prefix.length) || '/';
  return localePath(target, bare, base);
}

/** `getStaticPaths` entries for every locale: `[...lang]` is empty for English, `ru` for Russian. */
export function localeStaticPaths() {
  return LOCALE_CODES.map((locale) => ({
    params: { lang: locale === DEFAULT_LOCALE ? undefined : locale },
    props: { locale },
  }));
}
