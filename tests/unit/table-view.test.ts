import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY_VIEW, filterCounts, parseView, parseYear, passesFilters, serializeView, sortRows, type RowData, type ViewState } from '../../src/lib/table-view.ts';
import { searchKey } from '../../src/lib/transliterate.ts';
import { YEAR_MAX, YEAR_MIN } from '../../src/lib/vocabulary.ts';

const row = (id: string, over: Partial<RowData>): RowData => ({
  id,
  name: id,
  category: 'consumer',
  status: 'active',
  e2ee: 'default',
  os: 'no',
  phone: 'required',
  arch: 'centralized',
  ru: 'available',
  limited: [],
  year: 2010,
  launched: Date.UTC(2010, 0, 1),
  figures: { 'mau:world': 1000 },
  ...over,
});
const ROWS = [
  row('alpha', { figures: { 'mau:world': 500, 'registered:world': 9000 }, e2ee: 'none', year: 1996, launched: Date.UTC(1996, 10, 1) }),
  row('beta', { figures: { 'registered:world': 99_000, 'monthly-reach:RU': 50 }, status: 'discontinued', ru: 'none' }),
  row('gamma', { figures: { 'mau:world': 2000, 'monthly-reach:RU': 70 }, e2ee: 'unknown', category: 'workplace', year: undefined, launched: undefined }),
  row('delta', { figures: { 'mau:world': 1500 }, ru: 'blocked', limited: ['CN', 'RU'] }),
];
const ids = new Set(ROWS.map((r) => r.id));
const PAIRS = ['mau:world', 'registered:world', 'monthly-reach:RU'];

describe('view state in the URL', () => {
  it('round-trips a full view exactly', () => {
    const view: ViewState = {
      q: 'телеграм',
      filters: { category: ['consumer', 'workplace'], ru: ['blocked'] },
      from: 1996,
      to: 2020,
      sort: { key: 'users', dir: 'desc' },
      cols: ['users', 'e2ee'],
      sel: ['alpha', 'delta'],
      figure: 'monthly-reach:RU',
      country: 'CN',
    };
    assert.deepEqual(parseView(serializeView(view), { ids, figures: PAIRS, countries: ['CN', 'RU'] }), view);
  });
  it('ignores unknown keys, unknown values and malformed input', () => {
    const params = new URLSearchParams(
      'q=' + 'x'.repeat(10_000) + '&category=consumer,<script>,evil&sort=users:sideways&from=19x6&to=3000&cols=users,nope&sel=alpha,ghost,alpha&hack=1',
    );
    const view = parseView(params, { ids });
    assert.equal(view.q.length, 100);
    assert.deepEqual(view.filters, { category: ['consumer'] });
    assert.deepEqual([view.sort, view.from, view.to, view.cols, view.sel], [undefined, undefined, undefined, ['users'], ['alpha']]);
  });
  it('reads a date only when it is a real partial date up to the build date, and writes it back', () => {
    const today = '2026-12-06';
    const at = (value: string) => parseView(new URLSearchParams({ at: value }), { ids, figures: PAIRS, today }).at;
    assert.deepEqual(['2012', '2012-03', '2012-03-31', today].map(at), ['2012', '2012-03', '2012-03-31', today]);
    assert.deepEqual(['2012-13', '2027', '1969', '<b>2012</b>', ''].map(at), [undefined, undefined, undefined, undefined, undefined]);
    assert.equal(parseView(new URLSearchParams('at=2012'), { ids, figures: PAIRS }).at, undefined, 'no date is read without the build date');
    const view: ViewState = { ...EMPTY_VIEW, figure: 'registered:world', at: '2012-03' };
    assert.equal(serializeView(view).toString(), 'figure=registered%3Aworld&at=2012-03');
    assert.deepEqual(parseView(serializeView(view), { ids, figures: PAIRS, today }), view);
  });
  it('writes nothing for the default view', () => {
    assert.equal(serializeView(EMPTY_VIEW).toString(), '');
  });
  it('keeps at most four selected', () => {
    assert.equal(parseView(new URLSearchParams('sel=alpha,beta,gamma,delta,alpha'), { ids }).sel.length, 4);
  });
});

describe('filters', () => {
  it('combine, and launch years exclude unknown launches', () => {
    const view: ViewState = { ...EMPTY_VIEW, filters: { status: ['active'] }, from: 1990, to: 2000 };
    assert.deepEqual(
      ROWS.filter((r) => passesFilters(r, view)).map((r) => r.id),
      ['alpha'],
    );
  });
  it('"blocked or restricted in" keeps the rows limited in that country; a country the page does not offer is dropped', () => {
    const view = parseView(new URLSearchParams('country=CN'), { ids, countries: ['CN', 'RU'] });
    assert.equal(view.country, 'CN');
    assert.deepEqual(
      ROWS.filter((r) => passesFilters(r, view)).map((r) => r.id),
      ['delta'],
    );
    assert.equal(parseView(new URLSearchParams('country=IR'), { ids, countries: ['CN', 'RU'] }).country, undefined);
    assert.equal(parseView(new URLSearchParams('country=<b>'), { ids, countries: ['CN'] }).country, undefined);
  });
  it('count what each value of a filter would leave, given the others', () => {
    const view: ViewState = { ...EMPTY_VIEW, filters: { status: ['active'], e2ee: ['none'] } };
    const counts = filterCounts(ROWS, view, 'e2ee', () => true);
    assert.deepEqual([counts.get('none'), counts.get('default'), counts.get('unknown')], [1, 1, 1]);
  });
});

describe('sorting', () => {
  it('sorts numbers as numbers with unknown last, both ways', () => {
    assert.deepEqual(
      sortRows(ROWS, { key: 'users', dir: 'asc' }).map((r) => r.id),
      ['alpha', 'delta', 'gamma', 'beta'],
    );
    assert.deepEqual(
      sortRows(ROWS, { key: 'users', dir: 'desc' }).map((r) => r.id),
      ['gamma', 'delta', 'alpha', 'beta'],
    );
  });
  it('sorts users within the chosen metric and scope only: a row without that pair goes last, whatever else it has', () => {
    // beta has 99,000 registered accounts and alpha 9,000: neither may rank among monthly active users.
    assert.deepEqual(
      sortRows(ROWS, { key: 'users', dir: 'desc' }, 'mau:world').map((r) => r.id),
      ['gamma', 'delta', 'alpha', 'beta'],
    );
    assert.deepEqual(
      sortRows(ROWS, { key: 'users', dir: 'desc' }, 'registered:world').map((r) => r.id),
      ['beta', 'alpha', 'gamma', 'delta'],
    );
    assert.deepEqual(
      sortRows(ROWS, { key: 'users', dir: 'asc' }, 'monthly-reach:RU').map((r) => r.id),
      ['beta', 'gamma', 'alpha', 'delta'],
    );
  });
  it('reads the figure pair from the URL only when the data has it', () => {
    assert.equal(parseView(new URLSearchParams('figure=monthly-reach:RU'), { ids, figures: PAIRS }).figure, 'monthly-reach:RU');
    assert.equal(parseView(new URLSearchParams('figure=<b>:RU'), { ids, figures: PAIRS }).figure, 'mau:world');
    assert.equal(parseView(new URLSearchParams('figure=dau:world'), { ids, figures: PAIRS }).figure, 'mau:world');
  });
  it('sorts dates as dates with unknown last', () => {
    assert.deepEqual(
      sortRows(ROWS, { key: 'launched', dir: 'desc' }).map((r) => r.id),
      ['beta', 'delta', 'alpha', 'gamma'],
    );
  });
  it('sorts labels in a meaningful order', () => {
    assert.deepEqual(
      sortRows(ROWS, { key: 'e2ee', dir: 'asc' }).map((r) => r.id),
      ['beta', 'delta', 'alpha', 'gamma'],
    );
  });
});

describe('search keys', () => {
  it('match Latin and Cyrillic spellings', () => {
    assert.equal(searchKey('vatsap'), searchKey('Вацап'));
    assert.equal(searchKey('ватсап'), searchKey('vatsap'));
    assert.equal(searchKey('телеграм'), searchKey('Telegram'));
  });
});

describe('the year range', () => {
  it('reads four-digit years within YEAR_MIN … YEAR_MAX, the same in the URL and in the form', () => {
    for (const [text, year] of [
      [String(YEAR_MIN), YEAR_MIN],
      [String(YEAR_MAX), YEAR_MAX],
      ['1996', 1996],
      [String(YEAR_MIN - 1), undefined],
      [String(YEAR_MAX + 1), undefined],
      ['996', undefined],
      ['19x6', undefined],
      ['', undefined],
    ] as const) {
      assert.equal(parseYear(text), year, text);
      assert.equal(parseView(new URLSearchParams({ from: text }), { ids: new Set() }).from, year, text);
    }
  });
});
