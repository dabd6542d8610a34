// Downloads are data, never code (DESIGN §5): CSV cells a spreadsheet would run are neutralised,
// feed descriptions are escaped text, and URL state is de-duplicated and capped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCompareIds } from '../../src/lib/compare.ts';
import { parse as parseCsv } from 'csv-parse/sync';
import { neutraliseFormula, toCsv } from '../../src/lib/csv.ts';
import { escapeHtml } from '../../src/lib/format.ts';
import { MAX_LIST_PARAM, parseView } from '../../src/lib/table-view.ts';

describe('CSV: formulas are neutralised, numbers stay numbers', () => {
  const hostile = ['=HYPERLINK("https://example.com","x")', '+1+cmd|calc', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '  =1'];
  for (const value of hostile) {
    it(`writes ${JSON.stringify(value)} with a leading apostrophe`, () => {
      const [, row] = parseCsv(toCsv(['name'], [[value]]), { bom: true });
      assert.equal(row?.[0], `'${value}`);
    });
  }
  it('leaves numbers, negative ones and numeric text alike, and plain text as they are', () => {
    const [, row] = parseCsv(toCsv(['a', 'b', 'c', 'd', 'e'], [[-5, '-12.5', '+7', 'Telegram', 'e-mail = text']]), { bom: true });
    assert.deepEqual(row, ['-5', '-12.5', '+7', 'Telegram', 'e-mail = text']);
    assert.equal(neutraliseFormula('1e6'), '1e6');
  });
});

describe('RSS: descriptions are escaped text', () => {
  it('escapes markup so a feed reader shows it as written', () => {
    assert.equal(escapeHtml('<img src=x onerror=alert(1)> & "q" \'s'), '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; &#39;s');
  });
});

describe('URL state: repeated values de-duplicated, long values capped', () => {
  const known = new Set(['telegram', 'whatsapp', 'max', 'signal', 'viber']);
  it('reads cols=… without repeats', () => {
    const view = parseView(new URLSearchParams('cols=launched,launched,status,launched'), { ids: known });
    assert.deepEqual(view.cols, ['launched', 'status']);
  });
  it('reads an over-long list as empty', () => {
    const long = Array.from({ length: MAX_LIST_PARAM }, () => 'launched').join(',');
    assert.deepEqual(parseView(new URLSearchParams(`cols=${long}`), { ids: known }).cols, []);
    assert.deepEqual(parseView(new URLSearchParams(`sel=${'telegram,'.repeat(200)}`), { ids: known }).sel, []);
  });
  it('keeps at most four compare ids, without repeats, and ignores an over-long list', () => {
    assert.deepEqual(parseCompareIds('?ids=telegram,telegram,max,signal,viber,whatsapp', known), ['telegram', 'max', 'signal', 'viber']);
    assert.deepEqual(parseCompareIds(`?ids=${'telegram,'.repeat(100)}`, known), []);
  });
});
