// Layout decisions for the charts that are worth testing without a browser: how far the time axis
// reaches, when a scale turns logarithmic, where a line stops being a trend, and where line names
// go so that none covers another. No DOM here; draw/ calls these with measured sizes.
import type { Scale } from './chart-view.ts';

const YEAR = 365.25 * 24 * 3600 * 1000;

/** More than this many years between two figures of a line is drawn as a break, not as a trend. */
export const GAP_YEARS = 3;

/** Whether the stretch between two figures (timestamps) is a break in what was measured. */
export function isGap(from: number, to: number): boolean {
  return Math.abs(to - from) > GAP_YEARS * YEAR;
}

/**
 * The time axis for the points shown: their first and last date, padded by 4% of the span (at
 * least a month, a quarter-year either side for a single date) so no end point sits on the edge.
 */
export function timeRange(xs: readonly number[]): { min: number; max: number } | undefined {
  const finite = xs.filter(Number.isFinite);
  if (!finite.length) return undefined;
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const pad = max > min ? Math.max((max - min) * 0.04, YEAR / 12) : YEAR / 4;
  return { min: min - pad, max: max + pad };
}

/** Largest over smallest positive value from which `auto` draws a logarithmic axis: two orders of magnitude. */
export const LOG_RATIO = 100;

/** The scale drawn: the reader's choice, or for `auto` logarithmic when the values span two orders of magnitude. */
export function scaleFor(choice: Scale, values: readonly number[]): 'linear' | 'log' {
  if (choice !== 'auto') return choice;
  const positive = values.filter((value) => value > 0 && Number.isFinite(value));
  if (positive.length < 2) return 'linear';
  return Math.max(...positive) / Math.min(...positive) >= LOG_RATIO ? 'log' : 'linear';
}

/** A label to place: where it starts (x), how wide it is, and the height it wants to sit at (its line's end). */
export interface LabelWish {
  x: number;
  width: number;
  y: number;
}

/**
 * Vertical positions (label centres) for line names so that no two whose spans overlap sideways
 * are closer than `height`, in the order of their wishes, all between `top` and `bottom`. Labels
 * that touch sideways form a group; a group whose labels crowd is spread around the mean of their
 * wishes (as in Observable Plot's dodge), pushed back inside the plot where it would stick out.
 */
export function placeLabels(wishes: readonly LabelWish[], height: number, top: number, bottom: number): number[] {
  const result = wishes.map((wish) => wish.y);
  // Groups of labels that overlap sideways, directly or through another label.
  const group = wishes.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  wishes.forEach((a, i) =>
    wishes.forEach((b, j) => {
      if (j > i && a.x < b.x + b.width && b.x < a.x + a.width) group[find(i)] = find(j);
    }),
  );
  for (const root of new Set(wishes.map((_, i) => find(i)))) {
    const members = wishes
      .map((_, i) => i)
      .filter((i) => find(i) === root)
      .sort((a, b) => wishes[a]!.y - wishes[b]!.y || a - b);
    // Runs of labels stacked edge to edge; neighbouring runs that overlap merge until none do.
    const runs = members.map((i) => ({ labels: [i], start: 0 }));
    const settle = (run: (typeof runs)[number]) => {
      const mean = run.labels.reduce((sum, i) => sum + wishes[i]!.y, 0) / run.labels.length;
      const span = run.labels.length * height;
      run.start = Math.max(top, Math.min(mean - span / 2, bottom - span));
    };
    runs.forEach(settle);
    for (let k = 0; k < runs.length - 1;) {
      const a = runs[k]!;
      const b = runs[k + 1]!;
      if (a.start + a.labels.length * height > b.start + 0.01) {
        a.labels.push(...b.labels);
        runs.splice(k + 1, 1);
        settle(a);
        k = Math.max(0, k - 1);
      } else k++;
    }
    for (const run of runs) run.labels.forEach((i, n) => (result[i] = run.start + (n + 0.5) * height));
  }
  return result;
}
