import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DASH_CSS, DASHES, KIND_STYLE, LINE_SLOTS, PALETTE_SIZE } from '../../src/lib/chart-style.ts';
import { EVENT_KINDS } from '../../src/lib/vocabulary.ts';

describe('event symbols', () => {
  const styles = Object.entries(KIND_STYLE);
  it('give every kind of event a symbol of its own, whatever the colours', () => {
    assert.deepEqual(Object.keys(KIND_STYLE).sort(), [...EVENT_KINDS].sort());
    const symbols = styles.map(([, style]) => `${style.shape}/${style.rotation}/${style.fill}`);
    assert.equal(new Set(symbols).size, symbols.length, symbols.join(' '));
    assert.equal(new Set(styles.map(([, style]) => style.glyph)).size, styles.length);
    assert.ok(styles.every(([, style]) => style.slot >= 1 && style.slot <= PALETTE_SIZE));
  });
  it('show in the legend the glyph the canvas draws: filled for filled, outlined for outlined', () => {
    // What each glyph looks like, as the chart would draw it.
    const looks: Record<string, string> = {
      '●': 'circle/0/solid',
      '○': 'circle/0/hollow',
      '■': 'rect/0/solid',
      '□': 'rect/0/hollow',
      '◆': 'rectRot/0/solid',
      '◇': 'rectRot/0/hollow',
      '▲': 'triangle/0/solid',
      '△': 'triangle/0/hollow',
      '▼': 'triangle/180/solid',
      '▽': 'triangle/180/hollow',
      '✕': 'crossRot/0/stroke',
      '+': 'cross/0/stroke',
      '✱': 'star/0/stroke',
      '—': 'line/0/stroke',
    };
    for (const [kind, style] of styles) assert.equal(looks[style.glyph], `${style.shape}/${style.rotation}/${style.fill}`, kind);
  });
});

describe('lines', () => {
  it('take every palette slot once before any repeats, blue and light blue (1 and 6) as far apart as can be', () => {
    assert.deepEqual(
      [...LINE_SLOTS].sort(),
      Array.from({ length: PALETTE_SIZE }, (_, i) => i + 1),
    );
    assert.ok(Math.abs(LINE_SLOTS.indexOf(1) - LINE_SLOTS.indexOf(6)) >= 5);
  });
  it('differ by dash too, so two lines of one colour never look alike', () => {
    assert.equal(DASHES.length, DASH_CSS.length);
    assert.notEqual(PALETTE_SIZE % DASHES.length, 0, 'the eighth line after another has another dash');
  });
});
