import type { Source } from '../schemas/source.ts';
import { parsePartialDate } from './partial-date.ts';

/**
 * Citations are data (owid-grapher's approach): one function per style formats a source record,
 * so nobody types a citation by hand. The same functions cite an atlas page, described as a
 * `Source` whose publisher is the atlas.
 */
export type Citable = Pick<Source, 'title' | 'publisher' | 'url' | 'accessed' | 'language'> & Partial<Pick<Source, 'authors' | 'published' | 'id'>>;

const pad = (n: number) => String(n).padStart(2, '0');
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const RU_MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** `Jane Q. Doe` → { family: 'Doe', initials: 'J. Q.' }; the last word is taken as the family name. */
function splitName(name: string): { family: string; initials: string } {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop() ?? name;
  return { family, initials: parts.map((part) => `${part[0]}.`).join(' ') };
}

const dotted = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/**
 * ГОСТ Р 7.0.100–2018, an electronic resource with a remote-access URL:
 * `Фамилия, И. Заглавие / И. Фамилия // Издатель. – 2018. – 23 марта. – URL: … (дата обращения: 25.11.2026). – Текст : электронный.`
 */
export function formatGost(source: Citable): string {
  const authors = source.authors ?? [];
  const first = authors[0] ? splitName(authors[0]) : undefined;
  const head = first ? `${first.family}, ${first.initials} ` : '';
  const responsibility = authors.length
    ? ` / ${authors
        .map((author) => {
          const { family, initials } = splitName(author);
          return `${initials} ${family}`;
        })
        .join(', ')}`
    : '';
  const parts = [`${head}${source.title}${responsibility} // ${source.publisher}`];
  const published = source.published ? parsePartialDate(source.published) : null;
  if (published) {
    parts.push(String(published.year));
    if (published.day !== undefined) parts.push(`${published.day} ${RU_MONTHS_GENITIVE[published.month! - 1]}`);
  }
  const [year, month, day] = source.accessed.split('-');
  parts.push(`URL: ${source.url} (дата обращения: ${day}.${month}.${year})`);
  parts.push('Текст : электронный');
  return `${parts.join('. – ')}.`;
}

/** APA 7 for a web page: `Doe, J. (2018, March 23). Title. Publisher. URL`. */
export function formatApa(source: Citable): string {
  const authors = (source.authors ?? []).map((author) => {
    const { family, initials } = splitName(author);
    return initials ? `${family}, ${initials}` : family;
  });
  const authorText = authors.length <= 1 ? authors.join('') : `${authors.slice(0, -1).join(', ')}, & ${authors.at(-1)}`;
  const published = source.published ? parsePartialDate(source.published) : null;
  const date = published ? `(${published.year}${published.month ? `, ${EN_MONTHS[published.month - 1]}${published.day ? ` ${published.day}` : ''}` : ''})` : '(n.d.)';
  const title = dotted(source.title);
  const site = authors.length === 0 && source.publisher === source.title ? '' : ` ${dotted(source.publisher)}`;
  const [year, month, day] = source.accessed.split('-').map(Number) as [number, number, number];
  const retrieved = published ? source.url : `Retrieved ${EN_MONTHS[month - 1]} ${day}, ${year}, from ${source.url}`;
  return authorText ? `${dotted(authorText)} ${date}. ${title}${site} ${retrieved}` : `${title} ${date}.${site} ${retrieved}`;
}

const BIBTEX_SPECIAL = /([&%$#_])/g;
const bibtexValue = (text: string) => text.replace(/[{}\\]/g, '').replace(BIBTEX_SPECIAL, '\\$1');
const LANGIDS: Record<string, string> = {
  en: 'english',
  ru: 'russian',
  de: 'german',
  fr: 'french',
  ja: 'japanese',
  zh: 'chinese',
  ko: 'korean',
  pl: 'polish',
  es: 'spanish',
  pt: 'portuguese',
  it: 'italian',
  uk: 'ukrainian',
  vi: 'vietnamese',
};

/** biblatex `@online`, with `urldate` for the day the page was read. */
export function formatBibtex(source: Citable, key = source.id ?? 'source'): string {
  const fields: [string, string | undefined][] = [
    [
      'author',
      source.authors
        ?.map((author) => {
          const { family, initials } = splitName(author);
          const given = author.trim().split(/\s+/).slice(0, -1).join(' ');
          return initials ? `${family}, ${given}` : family;
        })
        .join(' and '),
    ],
    ['title', source.title],
    ['organization', source.publisher],
    ['date', source.published],
    ['url', source.url],
    ['urldate', source.accessed],
    ['langid', LANGIDS[source.language]],
  ];
  const body = fields
    .filter((field): field is [string, string] => Boolean(field[1]))
    .map(([name, value]) => `  ${name} = {${name === 'url' ? value : bibtexValue(value)}}`)
    .join(',\n');
  return `@online{${key.replace(/[^A-Za-z0-9_-]/g, '')},\n${body}\n}`;
}

/** Plain text in the page's language: `Title — Publisher, 23 March 2018. URL (accessed 25 November 2026).` */
export function formatPlain(source: Citable, locale: 'en' | 'ru'): string {
  const date = (value: string) => {
    const parts = parsePartialDate(value)!;
    if (parts.day !== undefined)
      return locale === 'ru' ? `${parts.day} ${RU_MONTHS_GENITIVE[parts.month! - 1]} ${parts.year}` : `${parts.day} ${EN_MONTHS[parts.month! - 1]} ${parts.year}`;
    if (parts.month !== undefined) return locale === 'ru' ? `${pad(parts.month)}.${parts.year}` : `${EN_MONTHS[parts.month - 1]} ${parts.year}`;
    return String(parts.year);
  };
  const by = source.authors?.length ? `${source.authors.join(', ')}. ` : '';
  const published = source.published ? `, ${date(source.published)}` : '';
  const accessed = locale === 'ru' ? `дата обращения: ${date(source.accessed)}` : `accessed ${date(source.accessed)}`;
  return `${by}${source.title} — ${source.publisher}${published}. ${source.url} (${accessed}).`;
}

export const CITATION_STYLES = ['gost', 'apa', 'bibtex', 'plain'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

export function formatCitation(source: Citable, style: CitationStyle, locale: 'en' | 'ru'): string {
  switch (style) {
    case 'gost':
      return formatGost(source);
    case 'apa':
      return formatApa(source);
    case 'bibtex':
      return formatBibtex(source);
    case 'plain':
      return formatPlain(source, locale);
  }
}
