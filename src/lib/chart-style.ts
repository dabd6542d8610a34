// How the charts tell things apart without relying on colour: every category has a fill pattern
// and every event kind a point shape. The HTML legends use the same glyphs as the canvas.
import type { Category } from '../schemas/messenger.ts';
import type { EventKind } from '../schemas/event.ts';

/** Colour-blind-safe palette slots (Okabe–Ito), defined for light and dark mode in global.css. */
export const PALETTE_SIZE = 8;

export type Pattern = 'solid' | 'stripes' | 'dots' | 'grid';

export const CATEGORY_STYLE: Record<Category, { slot: number; pattern: Pattern }> = {
  consumer: { slot: 1, pattern: 'solid' },
  workplace: { slot: 2, pattern: 'stripes' },
  social: { slot: 3, pattern: 'dots' },
  'open-network': { slot: 4, pattern: 'grid' },
};

/** chart.js point style and the matching text glyph for the legend. */
export const KIND_STYLE: Record<EventKind, { shape: string; glyph: string; slot: number }> = {
  block: { shape: 'crossRot', glyph: '✕', slot: 2 },
  restriction: { shape: 'triangle', glyph: '▲', slot: 5 },
  warning: { shape: 'dash', glyph: '–', slot: 7 },
  unblock: { shape: 'circle', glyph: '●', slot: 3 },
  registry: { shape: 'rect', glyph: '■', slot: 1 },
  law: { shape: 'star', glyph: '✱', slot: 4 },
  fine: { shape: 'rectRot', glyph: '◆', slot: 6 },
  breach: { shape: 'cross', glyph: '✚', slot: 7 },
  'policy-change': { shape: 'rectRounded', glyph: '▢', slot: 8 },
  'encryption-change': { shape: 'line', glyph: '—', slot: 6 },
  launch: { shape: 'triangle', glyph: '▲', slot: 3 },
  acquisition: { shape: 'rect', glyph: '■', slot: 1 },
  rename: { shape: 'rectRounded', glyph: '▢', slot: 4 },
  shutdown: { shape: 'crossRot', glyph: '✕', slot: 2 },
};

/** Line styles for the users chart: after the palette runs out, lines differ by dash too. */
export const DASHES: readonly (readonly number[])[] = [[], [6, 4], [2, 3], [10, 3, 2, 3]];
