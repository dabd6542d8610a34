// What the three charts share on the canvas: the page's colours, category fills, a painted
// background (so a downloaded PNG is not transparent) and line names written at their ends.
import type { Plugin } from 'chart.js';
import { placeLabels } from '../../../lib/chart-layout.ts';
import type { Pattern } from '../../../lib/chart-style.ts';

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  line: string;
  /** The colour of a palette slot, 1 to PALETTE_SIZE. */
  slot: (n: number) => string;
}

/** The page's colours (light or dark), from its custom properties. */
export function palette(host: HTMLElement): Palette {
  const style = getComputedStyle(host);
  const get = (name: string) => style.getPropertyValue(name).trim();
  return {
    bg: get('--atlas-bg') || '#fff',
    fg: get('--atlas-fg') || '#000',
    muted: get('--atlas-muted') || '#555',
    line: get('--atlas-line') || '#ccc',
    slot: (n) => get(`--atlas-chart-${n}`) || '#0072b2',
  };
}

/** A category's fill: its colour, with stripes, dots, a grid or columns in the background colour. */
export function fill(colour: string, pattern: Pattern, bg: string): string | CanvasPattern {
  if (pattern === 'solid') return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = ctx.fillStyle = bg;
  ctx.lineWidth = 1.5;
  if (pattern === 'stripes') {
    ctx.beginPath();
    ctx.moveTo(0, 8);
    ctx.lineTo(8, 0);
    ctx.moveTo(-2, 2);
    ctx.lineTo(2, -2);
    ctx.moveTo(6, 10);
    ctx.lineTo(10, 6);
    ctx.stroke();
  } else if (pattern === 'dots') {
    ctx.beginPath();
    ctx.arc(4, 4, 1.6, 0, Math.PI * 2);
    ctx.fill();
  } else if (pattern === 'columns') {
    ctx.fillRect(6.5, 0, 1.5, 8);
  } else {
    ctx.strokeRect(0.5, 0.5, 8, 8);
  }
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** Paints the page background under the chart, so a downloaded PNG is not transparent. */
export function background(colour: string): Plugin {
  return {
    id: 'atlasBackground',
    beforeDraw: (chart) => {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
  };
}

const LABEL_FONT = '12px system-ui, sans-serif';
const LABEL_HEIGHT = 15;
let measurer: CanvasRenderingContext2D | null | undefined;

/** How wide a line's name is drawn, in CSS pixels. */
function labelWidth(text: string): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * 7;
  measurer.font = LABEL_FONT;
  return measurer.measureText(text).width;
}

/**
 * Room to keep right of the plot for the names of lines that end near its right edge (the last
 * eighth of the time axis): the widest of them, but at most 38% of the chart, so a phone keeps
 * a plot (a longer name is shortened with "…" there; the tooltip and the picker give it whole).
 */
export function labelGutter(datasets: { label: string; data: { x: number }[] }[], range: { min: number; max: number } | undefined, boxWidth: number): number {
  if (!range) return 12;
  const late = range.max - (range.max - range.min) / 8;
  const widths = datasets.filter((dataset) => (dataset.data.at(-1)?.x ?? -Infinity) >= late).map((dataset) => labelWidth(dataset.label));
  return Math.min(Math.max(12, ...widths.map((width) => width + 14)), boxWidth * 0.38);
}

/** `text`, shortened with "…" until it is at most `room` pixels wide. */
function fitted(ctx: CanvasRenderingContext2D, text: string, room: number): string {
  if (ctx.measureText(text).width <= room) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > room) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * Writes each line's name beside its last point, so lines are named without relying on colour.
 * Names that would cover each other are spread apart (placeLabels), each joined to its line's
 * end by a thin leader when it had to move.
 */
export function directLabels(bg: string): Plugin<'line'> {
  return {
    id: 'atlasLabels',
    afterDatasetsDraw: (chart) => {
      const { ctx, chartArea, width } = chart;
      ctx.save();
      ctx.font = LABEL_FONT;
      ctx.textBaseline = 'middle';
      const labels = chart.data.datasets.flatMap((dataset, i) => {
        const last = chart.getDatasetMeta(i).data.at(-1);
        if (!last) return [];
        const x = last.x + 8;
        // Shortened only where the name would leave the canvas and there is room for a few letters.
        const room = width - 3 - x;
        const text = room >= 40 ? fitted(ctx, String(dataset.label ?? ''), room) : String(dataset.label ?? '');
        const textWidth = ctx.measureText(text).width;
        return [{ text, colour: String(dataset.borderColor), end: last, x: Math.min(x, width - textWidth - 3), width: textWidth }];
      });
      const ys = placeLabels(
        labels.map((label) => ({ x: label.x - 2, width: label.width + 4, y: label.end.y })),
        LABEL_HEIGHT,
        chartArea.top - 10,
        chartArea.bottom,
      );
      labels.forEach((label, k) => {
        const y = ys[k] ?? label.end.y;
        ctx.fillStyle = ctx.strokeStyle = label.colour;
        if (Math.abs(y - label.end.y) > 4) {
          ctx.lineWidth = 1;
          ctx.beginPath();
          ctx.moveTo(label.end.x + 5, label.end.y);
          ctx.lineTo(label.x - 2, y);
          ctx.stroke();
        }
        ctx.fillStyle = bg;
        ctx.fillRect(label.x - 2, y - 7, label.width + 4, 14);
        ctx.fillStyle = label.colour;
        ctx.fillText(label.text, label.x, y);
      });
      ctx.restore();
    },
  };
}
