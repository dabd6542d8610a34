/** RFC 4180 CSV with a UTF-8 byte-order mark, so Excel opens Cyrillic text correctly. */
export const BOM = '\uFEFF';

/** The column a view or comparison at a date (`?at=`) adds to every row, in the machine (English) header. */
export const AS_OF_COLUMN = 'as_of';

export type Cell = string | number | boolean | undefined | null;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** A cell a spreadsheet would read as a formula: =, +, - or @ first (after any blanks), or a tab or CR. */
const FORMULA = /^(?:[\t\r]|\s*[=+\-@])/;

/**
 * Downloads are data, never code (DESIGN §5; OWASP "CSV injection"): a text cell that a
 * spreadsheet would run as a formula gets a leading apostrophe, which shows it as text. Numbers,
 * including negative ones, stay numbers.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/**
 * How a spreadsheet in the reader's locale splits a CSV file. Excel takes the list separator from
 * the system: `,` in English locales, `;` in Russian ones, where `,` is the decimal sign. The
 * shared downloads under /data/ stay RFC 4180 (`,`); a view downloaded from a Russian page is
 * written for Excel in a Russian locale.
 */
export interface CsvDialect {
  separator: ',' | ';';
  decimalComma: boolean;
}
export const CSV_DIALECTS = {
  en: { separator: ',', decimalComma: false },
  ru: { separator: ';', decimalComma: true },
} as const satisfies Record<string, CsvDialect>;

function cell(value: Cell, dialect: CsvDialect): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : typeof value === 'number' && dialect.decimalComma ? String(value).replace('.', ',') : String(value);
  return /["\r\n]/.test(text) || text.includes(dialect.separator) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], dialect: CsvDialect = CSV_DIALECTS.en): string {
  return BOM + [header, ...rows].map((row) => row.map((value) => cell(value, dialect)).join(dialect.separator)).join('\r\n') + '\r\n';
}
