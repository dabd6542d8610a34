// What every chart builder reads from its <atlas-chart>, and what it gives back.
import { Chart, type ChartConfiguration, type ChartDataset, type ChartOptions, type ChartType, type Plugin, type Scale, type TooltipItem } from 'chart.js';
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

/** What the page does with a chart on its canvas, whatever its kind: points, tooltips, redraws. */
export interface Drawn {
  readonly data: { datasets: readonly DrawnDataset[] };
  readonly tooltip?: { setActiveElements(active: Hit[], position: { x: number; y: number }): void } | undefined;
  getDatasetMeta(index: number): { data: readonly { x: number; y: number }[] };
  setActiveElements(active: Hit[]): void;
  update(): void;
  destroy(): void;
}

/** What a slide's legend reads of a drawn line. */
export interface DrawnDataset {
  label?: string | undefined;
  borderColor?: unknown;
  backgroundColor?: unknown;
  borderDash?: unknown;
  pointStyle?: unknown;
  pointRotation?: unknown;
}

/**
 * How to draw: `ratio` gives a slide's copy, drawn at that many pixels per CSS pixel; `still`
 * draws at once, without animation (a chart's first drawing, often while its page is still
 * loading: animating it would only cost a phone's main thread when it is busiest).
 */
export interface CreateOptions {
  ratio?: number;
  still?: boolean;
}

/** A chart ready to be drawn: the rows behind each dataset's points, and how to draw it on a canvas. */
export interface Built {
  rows: Row[][];
  /** A chart on `canvas`, as `how` says (by default the page's own, animated unless the reader asks for reduced motion). */
  create(canvas: HTMLCanvasElement, how?: CreateOptions): Drawn;
}

/** How a builder's chart is made: the page's own, still or animated, or a still copy for a slide (the config is shared, never changed). */
export function creator(config: ChartConfiguration<'line', { x: number; y: number }[]>) {
  return (canvas: HTMLCanvasElement, { ratio, still = false }: CreateOptions = {}): Drawn => {
    if (ratio) return new Chart(canvas, { ...config, options: { ...config.options, devicePixelRatio: ratio, animation: false, responsive: false } });
    return new Chart(canvas, still ? { ...config, options: { ...config.options, animation: false } } : config);
  };
}

/**
 * A chart of lines (the users chart; the events chart, drawn as lines without lines) from series of
 * table rows: each series' dataset, and the rows behind its points for tooltips and keys. `options`
 * adds to the options every chart shares.
 */
export function builtLines(
  context: ChartContext,
  series: readonly { rows: Row[]; dataset: ChartDataset<'line', { x: number; y: number }[]> }[],
  options: ChartOptions<'line'>,
  plugins: Plugin<'line'>[],
): Built {
  const rowsBehind = series.map((s) => s.rows);
  return {
    rows: rowsBehind,
    create: creator({ type: 'line', data: { datasets: series.map((s) => s.dataset) }, options: { ...baseOptions<'line'>(context, rowsBehind), ...options }, plugins }),
  };
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
export function rowAxis({ colours }: ChartContext, labels: readonly string[]) {
  return {
    type: 'linear' as const,
    reverse: true,
    min: -0.5,
    max: labels.length - 0.5,
    afterBuildTicks: (scale: Scale) => {
      scale.ticks = labels.map((_, value) => ({ value }));
    },
    ticks: { callback: (value: string | number) => labels[Number(value)] ?? '', color: colours.fg, autoSkip: false },
    grid: { display: false },
  };
}

/** A tooltip line broken at spaces into lines of about 48 characters, so it fits a phone. */
const wrap = (line: string) => line.match(/.{1,48}(\s|$)|\S+/g)?.map((part) => part.trim()) ?? [line];

/**
 * What a point says, in its tooltip and to a keyboard: its row's label, then each `data-tip`
 * column as "Header: value" — the cell's text without its decorations (glyphs, reference
 * numbers), or its raw value where the column asks for it (`data-tip="value"`, the source's name).
 */
export function pointText(table: HTMLTableElement, row: Row | undefined): { title: string; lines: string[] } {
  if (!row) return { title: '', lines: [] };
  const heads = [...(table.tHead?.rows[0]?.cells ?? [])];
  const text = (cell: HTMLElement | undefined) => {
    let said = cell?.textContent ?? '';
    for (const hidden of cell?.querySelectorAll('[aria-hidden="true"]') ?? []) said = said.replace(hidden.textContent ?? '', '');
    return said.trim();
  };
  return {
    title: row.dataset['label'] ?? text(row.cells[0]),
    lines: heads.flatMap((th, i) => {
      const cell = row.cells[i];
      return th.dataset['tip'] === undefined ? [] : [`${text(th)}: ${th.dataset['tip'] === 'value' ? (cell?.dataset['value'] ?? '') : text(cell)}`];
    }),
  };
}

/** A point of a drawn chart: which dataset, which of its points. */
export interface Hit {
  datasetIndex: number;
  index: number;
}

/** Whether a click follows its point's link: a tap does only once it has shown that point's tooltip. */
let tapped: Row | undefined;
function followed(native: Event | null, row: Row | undefined): boolean {
  const tap = native instanceof PointerEvent && native.pointerType === 'touch';
  if (tap && tapped !== row) {
    tapped = row;
    return false;
  }
  return true;
}

/**
 * Options every chart shares: sized by its box, still under reduced motion; the tooltip of the
 * point nearest the pointer (along `axis`), without having to hit it; a click on a point opens
 * its entry, a tap first shows its tooltip.
 */
export function baseOptions<T extends ChartType>({ table }: ChartContext, rowsBehind: Row[][], axis: 'xy' | 'y' = 'xy') {
  const rowOf = (hit: Hit | undefined) => hit && rowsBehind[hit.datasetIndex]?.[hit.index];
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: reducedMotion() ? (false as const) : undefined,
    interaction: { mode: 'nearest' as const, intersect: false, axis },
    onClick: (event: { native: Event | null }, elements: Hit[]) => {
      const row = rowOf(elements[0]);
      const href = row?.dataset['href'];
      if (href && followed(event.native, row)) location.assign(href);
    },
    plugins: {
      tooltip: {
        usePointStyle: true,
        callbacks: {
          title: (items: TooltipItem<T>[]) => pointText(table, rowOf(items[0] && { datasetIndex: items[0].datasetIndex, index: items[0].dataIndex })).title,
          label: (item: TooltipItem<T>) => pointText(table, rowOf({ datasetIndex: item.datasetIndex, index: item.dataIndex })).lines.flatMap(wrap),
        },
      },
    },
  };
}
