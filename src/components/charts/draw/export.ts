// A chart's downloads, loaded on the first click of either button (see ../draw.ts) so the chart
// chunk does not carry them: the visible rows of its table as CSV, and a PNG for slides — the chart
// drawn again at twice its size or more, under its title and a subtitle naming what it shows, over
// its legend, its sources and a credit line with the atlas's name, the data's date and the address.
import type { PointStyle } from 'chart.js';
import { drawPoint } from 'chart.js/helpers';
import { CSV_DIALECTS, toCsv, type CsvDialect } from '../../../lib/csv.ts';
import type { Pattern } from '../../../lib/chart-style.ts';
import { fill, type Palette } from './canvas.ts';
import type { Built, Drawn, DrawnDataset } from './context.ts';

const cellText = (cell: Element) => (cell.textContent ?? '').trim();

/** The visible rows of a chart's table as CSV: raw values where a cell has one, and source URLs. */
export function tableCsv(table: HTMLTableElement, dialect: CsvDialect = CSV_DIALECTS.en): string {
  const heads = [...(table.tHead?.rows[0]?.cells ?? [])];
  const skip = (th: HTMLElement | undefined) => th?.dataset['csv'] === 'skip'; // a column of controls, not data
  const header = heads.flatMap((th) => (skip(th) ? [] : th.dataset['csvUrl'] !== undefined ? [cellText(th), th.dataset['csvUrl']] : [cellText(th)]));
  const body = visibleRows(table).map((row) =>
    [...row.cells].flatMap((cell, i) => {
      if (skip(heads[i])) return [];
      const value = cell.dataset['value'] ?? cellText(cell);
      return heads[i]?.dataset['csvUrl'] !== undefined ? [value, cell.dataset['url'] ?? cell.querySelector('a')?.href ?? ''] : [value];
    }),
  );
  return toCsv(header, body, dialect);
}

const visibleRows = (table: HTMLTableElement) => [...(table.tBodies[0]?.rows ?? [])].filter((row) => !row.hidden);

function save(href: string, name: string) {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.click();
}

/** What a download needs of the chart on the page. */
export interface Exported {
  host: HTMLElement;
  table: HTMLTableElement;
  box: HTMLElement;
  colours: Palette;
  built: Built | undefined;
}

/** `messenger-atlas-users-mau-2026-12-06`: the figure, the view it shows (its chosen options) and the data's date. */
function fileName({ host }: Exported): string {
  const chosen = [...host.querySelectorAll<HTMLSelectElement>('[data-chart-controls] select')].map((select) => select.value).filter(Boolean);
  if (!host.querySelector('select[name="metric"]') && host.dataset['metric']) chosen.unshift(host.dataset['metric']);
  return [host.dataset['file'] ?? 'messenger-atlas-chart', ...chosen, host.dataset['date']]
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-');
}

/** Saves the chart as `kind` ("png" or "csv"). */
export function download(kind: string | undefined, chart: Exported): void {
  const name = fileName(chart);
  if (kind === 'png') {
    save(slide(chart).toDataURL('image/png'), `${name}.png`);
    return;
  }
  // A Russian page's CSV is `;`-separated, as Excel in a Russian locale reads it.
  const dialect = chart.host.dataset['locale'] === 'ru' ? CSV_DIALECTS.ru : CSV_DIALECTS.en;
  const url = URL.createObjectURL(new Blob([tableCsv(chart.table, dialect)], { type: 'text/csv;charset=utf-8' }));
  save(url, `${name}.csv`);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Lines of `text` at most `width` wide, broken at spaces; at most `max` lines, the last cut with "…". */
function wrapped(ctx: CanvasRenderingContext2D, text: string, width: number, max = 4): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && ctx.measureText(`${last} ${word}`).width <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > max) {
    lines.length = max;
    lines[max - 1] = `${lines[max - 1]} …`;
  }
  return lines;
}

/** Distinct texts of a column of the visible rows, for columns marked `data-subtitle`, when there are at most three. */
function subtitle({ host, table }: Exported): string {
  const heads = [...(table.tHead?.rows[0]?.cells ?? [])];
  const rows = visibleRows(table);
  const parts = heads.flatMap((th, i) => {
    if (th.dataset['subtitle'] === undefined) return [];
    const values = [...new Set(rows.map((row) => cellText(row.cells[i] ?? th).replace(/^[^\p{L}\p{N}]+/u, '')))];
    return values.length && values.length <= 3 ? [values.join(', ')] : [];
  });
  return parts.join(' · ') || (host.closest('figure')?.querySelector('.chart-summary')?.textContent ?? '').split(/(?<=\.)\s/)[0] || '';
}

/** "Source: …" from the table's source column (the publishers of the rows shown), or the figure's note on sources. */
function sourceLine({ host, table }: Exported): string {
  const heads = [...(table.tHead?.rows[0]?.cells ?? [])];
  const column = heads.findIndex((th) => th.dataset['csvUrl'] !== undefined);
  const head = heads[column];
  if (!head) return [...(host.closest('figure')?.querySelectorAll('.chart-sources p') ?? [])].map(cellText).join(' ');
  const publishers = [...new Set(visibleRows(table).map((row) => row.cells[column]?.dataset['value'] ?? ''))].filter(Boolean);
  return `${cellText(head)}: ${publishers.join('; ')}`;
}

interface LegendItem {
  text: string;
  draw: (ctx: CanvasRenderingContext2D, x: number, y: number) => void;
}

const POINT_STYLES: readonly string[] = ['circle', 'cross', 'crossRot', 'dash', 'line', 'rect', 'rectRounded', 'rectRot', 'star', 'triangle'];
const isPointStyle = (value: unknown): value is PointStyle => typeof value === 'string' && POINT_STYLES.includes(value);
const colourOf = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);

/** The legend: each line or kind of point as drawn (users, events), or the figure's own legend of fills (lifespans). */
function legendItems({ host, colours }: Exported, chart: Drawn): LegendItem[] {
  if (host.dataset['kind'] === 'lifespans') {
    return [...(host.closest('figure')?.querySelectorAll<HTMLElement>('.chart-legend li') ?? [])].map((item) => {
      const swatch = item.querySelector<HTMLElement>('.swatch');
      const pattern = (['stripes', 'dots', 'grid', 'columns'] as const).find((name) => swatch?.classList.contains(`pattern-${name}`));
      const capOnly = swatch?.classList.contains('end-cap');
      const colour = swatch ? getComputedStyle(swatch).backgroundColor : colours.muted;
      return {
        text: cellText(item),
        draw: (ctx, x, y) => {
          ctx.fillStyle = capOnly ? colours.line : fill(colour, (pattern ?? 'solid') satisfies Pattern, colours.bg);
          ctx.fillRect(x, y - 6, 26, 12);
          if (capOnly) {
            ctx.fillStyle = colours.fg;
            ctx.fillRect(x + 23, y - 7, 3, 14);
          }
        },
      };
    });
  }
  return chart.data.datasets.map((dataset: DrawnDataset) => ({
    text: dataset.label ?? '',
    draw: (ctx, x, y) => {
      const colour = colourOf(dataset.borderColor, colours.fg);
      if (host.dataset['kind'] === 'users') {
        ctx.strokeStyle = colour;
        ctx.lineWidth = 2;
        ctx.setLineDash(Array.isArray(dataset.borderDash) ? dataset.borderDash.filter((n): n is number => typeof n === 'number') : []);
        ctx.beginPath();
        ctx.moveTo(x, y);
        ctx.lineTo(x + 26, y);
        ctx.stroke();
        ctx.setLineDash([]);
      }
      ctx.fillStyle = colourOf(dataset.backgroundColor, colour);
      ctx.strokeStyle = colour;
      ctx.lineWidth = 2;
      const rotation = typeof dataset.pointRotation === 'number' ? dataset.pointRotation : 0;
      drawPoint(ctx, { pointStyle: isPointStyle(dataset.pointStyle) ? dataset.pointStyle : 'circle', rotation, radius: 5, borderWidth: 2 }, x + 13, y);
    },
  }));
}

/** The chart drawn again off the screen, `width` × `height` at `ratio` pixels per CSS pixel. */
function redrawn(built: Built, width: number, height: number, ratio: number): { canvas: HTMLCanvasElement; chart: Drawn } {
  const canvas = document.createElement('canvas');
  // Not responsive: chart.js sizes it from these attributes and draws at once, without animation.
  canvas.width = width;
  canvas.height = height;
  const chart = built.create(canvas, { ratio });
  chart.update();
  return { canvas, chart };
}

/** The PNG for a slide: title, subtitle, the chart at twice its size or more, legend, sources and credit. */
function slide(exported: Exported): HTMLCanvasElement {
  const { host, box, colours, built } = exported;
  const ratio = Math.max(2, devicePixelRatio);
  // At least slide-wide; as tall as on the page (a lifespans chart keeps its rows), users a little taller on phones.
  const width = Math.max(box.clientWidth, 960);
  const height = host.dataset['kind'] === 'users' ? Math.max(box.clientHeight, 480) : box.clientHeight;
  const pad = 28;
  const inner = width - 2 * pad;
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx || !built) return out;
  const font = (size: number, weight = 400) => `${weight} ${size}px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`;

  const title = host.closest('figure')?.querySelector('figcaption')?.textContent?.trim() ?? '';
  const url = `${host.dataset['url'] ?? location.href.split(/[?#]/)[0]}${location.search}#${host.closest('figure')?.id ?? ''}`;
  const credit = `${host.dataset['credit'] ?? ''} · ${url.replace(/^https?:\/\//, '')}`;
  const { canvas: picture, chart } = redrawn(built, width, height, ratio);
  const legend = legendItems(exported, chart);

  // Measure every block first, at 1×, to size the canvas.
  ctx.font = font(24, 700);
  const titleLines = wrapped(ctx, title, inner, 2);
  ctx.font = font(15);
  const subtitleLines = wrapped(ctx, subtitle(exported), inner, 2);
  ctx.font = font(13);
  const legendRows: { item: LegendItem; x: number }[][] = [[]];
  let x = 0;
  for (const item of legend) {
    const itemWidth = 34 + ctx.measureText(item.text).width + 18;
    if (x + itemWidth > inner && x > 0) {
      legendRows.push([]);
      x = 0;
    }
    legendRows.at(-1)?.push({ item, x });
    x += itemWidth;
  }
  if (!legend.length) legendRows.length = 0;
  ctx.font = font(12);
  const sourceLines = wrapped(ctx, sourceLine(exported), inner, 4);
  const creditLines = wrapped(ctx, credit, inner, 2);
  const total = pad + titleLines.length * 30 + subtitleLines.length * 20 + 12 + height + 14 + legendRows.length * 22 + 8 + (sourceLines.length + creditLines.length) * 17 + pad;

  out.width = Math.round(width * ratio);
  out.height = Math.round(total * ratio);
  ctx.scale(ratio, ratio);
  ctx.fillStyle = colours.bg;
  ctx.fillRect(0, 0, width, total);
  let y = pad;
  // Each block's ink starts at its line's top, whatever the font: the baseline sits one measured
  // ascent below it (a 'top' baseline lets a tall font such as DejaVu Sans rise into the margin).
  const text = (lines: string[], size: number, colour: string, step: number, weight = 400) => {
    ctx.font = font(size, weight);
    ctx.fillStyle = colour;
    ctx.textBaseline = 'alphabetic';
    // Rounded up, plus a pixel, so antialiasing of the tallest glyph stays off the margin.
    const ascent = Math.ceil(Math.max(0, ...lines.map((line) => ctx.measureText(line).actualBoundingBoxAscent))) + 1;
    for (const line of lines) {
      ctx.fillText(line, pad, y + ascent);
      y += step;
    }
  };
  text(titleLines, 24, colours.fg, 30, 700);
  text(subtitleLines, 15, colours.muted, 20);
  y += 12;
  ctx.drawImage(picture, 0, y, width, height);
  chart.destroy();
  y += height + 14;
  ctx.font = font(13);
  ctx.textBaseline = 'middle';
  for (const row of legendRows) {
    for (const { item, x: left } of row) {
      item.draw(ctx, pad + left, y + 8);
      ctx.font = font(13);
      ctx.fillStyle = colours.fg;
      ctx.fillText(item.text, pad + left + 34, y + 8);
    }
    y += 22;
  }
  y += 8;
  text(sourceLines, 12, colours.muted, 17);
  text(creditLines, 12, colours.muted, 17);
  return out;
}
