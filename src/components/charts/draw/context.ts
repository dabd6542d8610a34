// What every chart builder reads from its <atlas-chart>, and what it gives back.
import type { ChartType, Scale, TooltipItem } from 'chart.js';
import { yearTicks } from '../../../lib/chart-series.ts';
import type { Palette } from './canvas.ts';

export type Row = HTMLTableRowElement;

export interface ChartContext {
  host: HTMLElement;
  table: HTMLTableElement;
  /** Every row of the chart's table, hidden or not. */
  rows: Row[];
  /** The box the canvas fills: its width picks the number of year ticks. */
  box: HTMLElement;
  controls: HTMLElement | null;
  colours: Palette;
  locale: string;
}

/** A chart on its canvas, whatever its kind: redrawing destroys it first. */
export interface Drawn {
  destroy(): void;
}

/** A chart ready to be drawn: the rows behind each dataset's points, and how to draw it on a canvas. */
export interface Built {
  rows: Row[][];
  create(canvas: HTMLCanvasElement): Drawn;
}

/** A number written in a row's `data-*` attribute (dates as milliseconds). */
export const numberOf = (row: Row, key: string) => Number(row.dataset[key]);

/** The nth item of a list, going round it (the fallback only for an empty list). */
export const cycle = <T>(list: readonly T[], n: number, fallback: T): T => list[n % list.length] ?? fallback;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** A linear time axis in milliseconds, labelled with years in the page's locale. */
export function timeAxis({ box, colours, locale }: ChartContext, min: number, max: number) {
  const yearFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  return {
    type: 'linear' as const,
    min,
    max,
    afterBuildTicks: (scale: Scale) => {
      scale.ticks = yearTicks(scale.min, scale.max, box.clientWidth < 500 ? 5 : 10).map((value) => ({ value }));
    },
    ticks: { callback: (value: string | number) => yearFormat.format(new Date(Number(value))), color: colours.muted, autoSkip: false, maxRotation: 0 },
    grid: { color: colours.line },
  };
}

/**
 * A linear axis of named rows, 0 at the top: `labels[i]` sits on i. Cheaper than chart.js's
 * category scale, which the chart chunk's byte budget leaves out.
 */
export function rowAxis({ colours }: ChartContext, labels: readonly string[], display = true) {
  return {
    type: 'linear' as const,
    reverse: true,
    min: -0.5,
    max: labels.length - 0.5,
    afterBuildTicks: (scale: Scale) => {
      scale.ticks = labels.map((_, value) => ({ value }));
    },
    ticks: { callback: (value: string | number) => labels[Number(value)] ?? '', color: colours.fg, autoSkip: false, display },
    grid: { display: false },
  };
}

/** What a row's tooltip lists: each column marked `data-tip`, as "Header: value". */
function tooltipLines(table: HTMLTableElement, row: Row | undefined): string[] {
  if (!row) return [];
  const heads = [...(table.tHead?.rows[0]?.cells ?? [])];
  return heads.flatMap((th, i) => (th.dataset['tip'] !== undefined ? [`${(th.textContent ?? '').trim()}: ${row.cells[i]?.textContent?.trim() ?? ''}`] : []));
}

/** Options every chart shares: sized by its box, still under reduced motion, tooltips and clicks from the rows behind the points. */
export function baseOptions<T extends ChartType>({ table }: ChartContext, rowsBehind: Row[][]) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: reducedMotion() ? (false as const) : undefined,
    onClick: (_event: unknown, elements: { datasetIndex: number; index: number }[]) => {
      const hit = elements[0];
      const href = hit && rowsBehind[hit.datasetIndex]?.[hit.index]?.dataset['href'];
      if (href) location.assign(href);
    },
    plugins: {
      tooltip: {
        callbacks: {
          title: (items: TooltipItem<T>[]) => {
            const row = items[0] && rowsBehind[items[0].datasetIndex]?.[items[0].dataIndex];
            return row?.dataset['label'] ?? row?.cells[0]?.textContent?.trim() ?? '';
          },
          label: (item: TooltipItem<T>) => tooltipLines(table, rowsBehind[item.datasetIndex]?.[item.dataIndex]),
        },
      },
    },
  };
}
