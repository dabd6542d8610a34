import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GAP_YEARS, isGap, LOG_RATIO, placeLabels, scaleFor, timeRange, type LabelWish } from '../../src/lib/chart-layout.ts';

const at = (date: string) => Date.parse(`${date}T00:00:00Z`);

describe('gaps', () => {
  it(`draws more than ${GAP_YEARS} years between two figures as a break, either way round`, () => {
    assert.equal(isGap(at('2010-07-01'), at('2024-07-01')), true);
    assert.equal(isGap(at('2024-07-01'), at('2010-07-01')), true);
    assert.equal(isGap(at('2020-01-01'), at('2022-12-01')), false);
    assert.equal(isGap(at('2020-01-01'), at('2023-06-01')), true);
  });
});

describe('time range', () => {
  it('follows the points shown, padded so the first and last are not on the edge', () => {
    const range = timeRange([at('2024-03-01'), at('2026-03-01'), at('2025-01-01')])!;
    assert.ok(range.min < at('2024-03-01') && range.min > at('2023-12-01'), 'starts a little before the first point');
    assert.ok(range.max > at('2026-03-01') && range.max < at('2026-06-01'), 'ends a little after the last point');
  });
  it('gives a single date some room, and nothing for no dates', () => {
    const range = timeRange([at('2025-06-01')])!;
    assert.ok(range.min < at('2025-06-01') && range.max > at('2025-06-01'));
    assert.equal(timeRange([]), undefined);
    assert.equal(timeRange([Number.NaN]), undefined);
  });
});

describe('scale', () => {
  it('keeps the reader’s choice', () => {
    assert.equal(scaleFor('linear', [1, 1e9]), 'linear');
    assert.equal(scaleFor('log', [5, 6]), 'log');
  });
  it(`turns logarithmic on auto when the values span ${LOG_RATIO} times or more`, () => {
    assert.equal(scaleFor('auto', [3e6, 2.9e8]), 'linear');
    assert.equal(scaleFor('auto', [3e6, 3e8]), 'log');
    assert.equal(scaleFor('auto', [0, 10, 20]), 'linear', 'a zero is not an order of magnitude');
    assert.equal(scaleFor('auto', [42]), 'linear');
  });
});

describe('line labels', () => {
  const wish = (y: number, x = 100, width = 80): LabelWish => ({ x, y, width });
  const closest = (ys: number[], wishes: LabelWish[]) => {
    let least = Infinity;
    for (let a = 0; a < ys.length; a++)
      for (let b = a + 1; b < ys.length; b++) {
        const sideways = wishes[a]!.x < wishes[b]!.x + wishes[b]!.width && wishes[b]!.x < wishes[a]!.x + wishes[a]!.width;
        if (sideways) least = Math.min(least, Math.abs(ys[a]! - ys[b]!));
      }
    return least;
  };
  it('leaves labels that do not touch where their lines end', () => {
    assert.deepEqual(placeLabels([wish(50), wish(120), wish(300)], 14, 0, 400), [50, 120, 300]);
  });
  it('moves labels of lines that end close together apart, keeping their order', () => {
    const wishes = [wish(200), wish(205), wish(203), wish(198)];
    const ys = placeLabels(wishes, 14, 0, 400);
    assert.ok(closest(ys, wishes) >= 14 - 0.01, `at least one label height apart: ${ys}`);
    assert.ok(
      ys.every((y, i) => Math.abs(y - wishes[i]!.y) <= 28),
      `each near its line: ${ys}`,
    );
    assert.deepEqual(
      [...ys.keys()].sort((a, b) => ys[a]! - ys[b]!),
      [3, 0, 2, 1],
      'top-to-bottom order kept',
    );
  });
  it('keeps every label inside the plot, going up when the bottom is full', () => {
    const wishes = [wish(395), wish(398), wish(399)];
    const ys = placeLabels(wishes, 14, 0, 400);
    assert.ok(
      ys.every((y) => y >= 7 && y <= 393),
      `${ys}`,
    );
    assert.ok(closest(ys, wishes) >= 14 - 0.01, `${ys}`);
  });
  it('lets labels side by side share a height', () => {
    assert.deepEqual(placeLabels([wish(100, 0, 50), wish(100, 60, 50)], 14, 0, 400), [100, 100]);
  });
  it('never collides, for any wishes that fit', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 300; run++) {
      const wishes = Array.from({ length: 1 + Math.floor(random() * 12) }, () => wish(random() * 400, random() * 200, 40 + random() * 80));
      const ys = placeLabels(wishes, 14, 0, 400);
      assert.ok(closest(ys, wishes) >= 14 - 0.01, `run ${run}: ${JSON.stringify(wishes)} → ${ys}`);
      assert.ok(ys.every((y) => y >= 7 && y <= 393));
    }
  });
});
