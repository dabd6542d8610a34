// A chart's downloads: the canvas as PNG, and the visible rows of its table as CSV. Loaded on the
// first click of either button (see ../draw.ts), so the chart chunk does not carry it.
import { toCsv } from '../../../lib/csv.ts';

const cellText = (cell: Element) => (cell.textContent ?? '').trim();

/** The visible rows of a chart's table as CSV: raw values where a cell has one, and source URLs. */
export function tableCsv(table: HTMLTableElement): string {
  const heads = [...(table.tHead?.rows[0]?.cells ?? [])];
  const header = heads.flatMap((th) => (th.dataset['csvUrl'] !== undefined ? [cellText(th), th.dataset['csvUrl']] : [cellText(th)]));
  const body = [...(table.tBodies[0]?.rows ?? [])]
    .filter((row) => !row.hidden)
    .map((row) =>
      [...row.cells].flatMap((cell, i) => {
        const value = cell.dataset['value'] ?? cellText(cell);
        return heads[i]?.dataset['csvUrl'] !== undefined ? [value, cell.dataset['url'] ?? cell.querySelector('a')?.href ?? ''] : [value];
      }),
    );
  return toCsv(header, body);
}

function save(href: string, name: string) {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.click();
}

/** Saves the chart as `kind` ("png" or "csv"), named `name`. */
export function download(kind: string | undefined, canvas: HTMLCanvasElement, table: HTMLTableElement, name: string): void {
  if (kind === 'png') save(canvas.toDataURL('image/png'), `${name}.png`);
  else {
    const url = URL.createObjectURL(new Blob([tableCsv(table)], { type: 'text/csv;charset=utf-8' }));
    save(url, `${name}.csv`);
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
