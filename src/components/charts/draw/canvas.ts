// What the three charts share on the canvas: the page's colours, category fills, a painted
// background (so a downloaded PNG is not transparent) and line names written at their ends.
import type { Plugin } from 'chart.js';
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

/** A category's fill: its colour, with stripes, dots or a grid in the background colour. */
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

/** Writes each line's name at its last point, so lines are named without relying on colour. */
export function directLabels(bg: string): Plugin {
  return {
    id: 'atlasLabels',
    afterDatasetsDraw: (chart) => {
      const { ctx } = chart;
      ctx.save();
      ctx.font = '12px system-ui, sans-serif';
      ctx.textBaseline = 'middle';
      chart.data.datasets.forEach((dataset, i) => {
        const last = chart.getDatasetMeta(i).data.at(-1);
        if (!last) return;
        const text = String(dataset.label ?? '');
        const width = ctx.measureText(text).width;
        const x = Math.min(last.x + 8, chart.width - width - 4);
        const y = last.y - 10;
        ctx.fillStyle = bg;
        ctx.fillRect(x - 2, y - 8, width + 4, 16);
        ctx.fillStyle = String(dataset.borderColor);
        ctx.fillText(text, x, y);
      });
      ctx.restore();
    },
  };
}
