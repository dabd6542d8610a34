// A chart's downloads: the canvas as PNG, and the visible rows of its table as CSV.
import { CSV_DIALECTS, toCsv, type CsvDialect } from '../../../lib/csv.ts';

const cellText = (cell: Element) => (cell.textContent ?? '').trim();

/** The visible rows of a chart's table as CSV: raw values where a cell has one, and source URLs. */
export function tableCsv(table: HTMLTableElement, dialect: CsvDialect = CSV_DIALECTS.en): string {
  const heads = [...(table.tHead?.rows[0]?.cells ?? [])];
  const skip = (th: HTMLElement | undefined) => th?.dataset['csv'] === 'skip'; // a column of controls, not data
  const header = heads.flatMap((th) => (skip(th) ? [] : th.dataset['csvUrl'] !== undefined ? [cellText(th), th.dataset['csvUrl']] : [cellText(th)]));
  const body = [...(table.tBodies[0]?.rows ?? [])]
    .filter((row) => !row.hidden)
    .map((row) =>
      [...row.cells].flatMap((cell, i) => {
        if (skip(heads[i])) return [];
        const value = cell.dataset['value'] ?? cellText(cell);
        return heads[i]?.dataset['csvUrl'] !== undefined ? [value, cell.dataset['url'] ?? cell.querySelector('a')?.href ?? ''] : [value];
      }),
    );
  return toCsv(header, body, dialect);
}

function save(href: string, name: string) {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.click();
}

/**
 * Wires the PNG and CSV buttons of a drawn chart, and enables them. Files are named by what and
 * when (the figure's `data-file`: `messenger-atlas-timeline-users-2026-12-06`); a Russian page's
 * CSV is `;`-separated, as Excel in a Russian locale reads it.
 */
/** One download of a drawn chart: its picture, or its visible table as CSV (in the page's dialect). */
export function download(kind: 'png' | 'csv', host: HTMLElement, canvas: HTMLCanvasElement, table: HTMLTableElement, figureId: string): void {
  const name = host.dataset['file'] ?? figureId;
  if (kind === 'png') {
    save(canvas.toDataURL('image/png'), `${name}.png`);
    return;
  }
  const dialect = host.dataset['locale'] === 'ru' ? CSV_DIALECTS.ru : CSV_DIALECTS.en;
  const url = URL.createObjectURL(new Blob([tableCsv(table, dialect)], { type: 'text/csv;charset=utf-8' }));
  save(url, `${name}.csv`);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
