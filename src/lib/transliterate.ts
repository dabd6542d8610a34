/**
 * Cyrillic → Latin, the way people type Russian names in Latin letters, so that "телеграм" finds
 * Telegram and "vatsap" finds "Вацап". One table, shared by ids and search.
 */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Lower-cases, strips accents and writes Cyrillic letters in Latin ones. */
export function latinize(text: string): string {
  return [
    ...text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, ''),
  ]
    .map((char) => CYRILLIC_TO_LATIN[char] ?? char)
    .join('');
}

/**
 * A looser key for matching spellings across scripts: Latin-only, with the letters that
 * transliteration renders inconsistently folded together (w/v, ts/c, kh/h, double letters).
 */
export function searchKey(text: string): string {
  return latinize(text)
    .replace(/w/g, 'v')
    .replace(/kh/g, 'h')
    .replace(/ts/g, 'c')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
