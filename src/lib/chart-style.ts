// How the charts tell things apart without relying on colour: every category has a fill pattern
// and every event kind a point shape. The HTML legends use the same glyphs as the canvas.
import type { Category } from '../schemas/messenger.ts';
import type { EventKind } from '../schemas/event.ts';

/** Colour-blind-safe palette slots (Okabe–Ito), defined for light and dark mode in global.css. */
export const PALETTE_SIZE = 8;

export type Pattern = 'solid' | 'stripes' | 'dots' | 'grid' | 'columns';

export const CATEGORY_STYLE: Record<Category, { slot: number; pattern: Pattern }> = {
  consumer: { slot: 1, pattern: 'solid' },
  workplace: { slot: 2, pattern: 'stripes' },
  social: { slot: 3, pattern: 'dots' },
  'open-network': { slot: 4, pattern: 'grid' },
  client: { slot: 6, pattern: 'columns' },
};

/** The lifespans chart's height: one row per bar, plus the time axis, in CSS pixels (names fit at 12 px). */
export const LIFESPAN_ROW_PX = 20;
export const LIFESPAN_AXIS_PX = 44;
export const lifespansHeight = (bars: number) => bars * LIFESPAN_ROW_PX + LIFESPAN_AXIS_PX;

/** How a point's shape is drawn: filled with its colour, an outline around the background, or strokes only. */
export type Fill = 'solid' | 'hollow' | 'stroke';

/**
 * One symbol per event kind: a chart.js point style, turned by `rotation` degrees, drawn `fill`,
 * and the text glyph the legends and tables show for it (filled glyphs for filled shapes, outlined
 * for outlines). No two kinds share a symbol, whatever their colours.
 */
export const KIND_STYLE: Record<EventKind, { shape: string; rotation: number; fill: Fill; glyph: string; slot: number }> = {
  block: { shape: 'crossRot', rotation: 0, fill: 'stroke', glyph: '✕', slot: 2 },
  unblock: { shape: 'circle', rotation: 0, fill: 'hollow', glyph: '○', slot: 3 },
  restriction: { shape: 'rectRot', rotation: 0, fill: 'solid', glyph: '◆', slot: 5 },
  warning: { shape: 'rectRot', rotation: 0, fill: 'hollow', glyph: '◇', slot: 5 },
  registry: { shape: 'rect', rotation: 0, fill: 'solid', glyph: '■', slot: 1 },
  law: { shape: 'star', rotation: 0, fill: 'stroke', glyph: '✱', slot: 4 },
  fine: { shape: 'cross', rotation: 0, fill: 'stroke', glyph: '+', slot: 8 },
  breach: { shape: 'triangle', rotation: 180, fill: 'hollow', glyph: '▽', slot: 8 },
  'policy-change': { shape: 'rect', rotation: 0, fill: 'hollow', glyph: '□', slot: 6 },
  'encryption-change': { shape: 'line', rotation: 0, fill: 'stroke', glyph: '—', slot: 6 },
  launch: { shape: 'triangle', rotation: 0, fill: 'solid', glyph: '▲', slot: 3 },
  acquisition: { shape: 'circle', rotation: 0, fill: 'solid', glyph: '●', slot: 1 },
  rename: { shape: 'triangle', rotation: 0, fill: 'hollow', glyph: '△', slot: 4 },
  shutdown: { shape: 'triangle', rotation: 180, fill: 'solid', glyph: '▼', slot: 7 },
};

/** The palette slots lines take, in order: the most different hues first, so blue and light blue meet only at the eighth line. */
export const LINE_SLOTS: readonly number[] = [1, 2, 3, 4, 5, 8, 7, 6];

/**
 * Line dashes, cycled beside the colours and point styles so lines differ without colour too; the
 * picker's key draws the same as a CSS border style (`DASH_CSS`).
 */
export const DASHES: readonly (readonly number[])[] = [[], [7, 4], [2, 3]];
export const DASH_CSS = ['solid', 'dashed', 'dotted'] as const;
