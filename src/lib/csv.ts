/** RFC 4180 CSV with a UTF-8 byte-order mark, so Excel opens Cyrillic text correctly. */
export const BOM = '\uFEFF';

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

function cell(value: Cell): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
