/**
 * Fuzzing the view state that strangers' links carry, where it is parsed: the pure functions the
 * table, the charts and the compare page call on `location.search`. Thousands of random query
 * strings from a seeded generator; each must give a view made only of values the page offers, and
 * that view must survive being written back to a URL and read again. The browser fuzzer
 * (tests/e2e/fuzz.spec.ts) keeps a few cases to show the pages use these functions safely.
 *
 *   FUZZ_SEED=123 npx node --test tests/unit/view-fuzz.test.ts      replay a run
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MAX_LINES, SCALES, parseFilterView, parseUsersView, usersParams, withParams, type UsersOptions } from '../../src/lib/chart-view.ts';
import { parseCompareIds } from '../../src/lib/compare.ts';
import { COLUMNS, DEFAULT_FIGURE, FILTERS, FILTER_KEYS, MAX_QUERY, SORT_KEYS, parseView, serializeView, type ViewState } from '../../src/lib/table-view.ts';
import { searchKey } from '../../src/lib/transliterate.ts';
import { CATEGORIES, COMPARE_LIMIT, EVENT_KINDS, METRICS } from '../../src/lib/vocabulary.ts';
import { FuzzInput } from './support/fuzz-inputs.ts';
import { deriveSeed, parseSeed } from './support/prng.ts';

const SEED = parseSeed(process.env['FUZZ_SEED'], 20261125);
const COUNT = 1000;
console.log(`view-fuzz: FUZZ_SEED=${SEED} (replay: FUZZ_SEED=${SEED} npx node --test tests/unit/view-fuzz.test.ts)`);

const IDS = readdirSync(join(import.meta.dirname, '../../content/messengers'))
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => name.slice(0, -4));
const KNOWN = new Set(IDS);

/** Runs `check` on COUNT inputs, each from its own generator, and lists the inputs it threw on. */
function fuzz(name: number, check: (input: FuzzInput, index: number) => void): void {
  const failures: string[] = [];
  for (let index = 0; index < COUNT; index++) {
    try {
      check(new FuzzInput(deriveSeed(SEED, name, index)), index);
    } catch (error) {
      failures.push(`#${index}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  assert.deepEqual(failures.slice(0, 5), [], `FUZZ_SEED=${SEED}: ${failures.length} of ${COUNT} inputs went wrong`);
}

const unique = (values: readonly unknown[]) => new Set(values).size === values.length;
const within = (values: readonly string[], allowed: readonly string[]) => values.every((value) => allowed.includes(value));

describe(`table view from a URL (FUZZ_SEED=${SEED})`, () => {
  /** The (metric, scope) pairs the users column offers. */
  const FIGURES = [DEFAULT_FIGURE, 'monthly-reach:RU', 'survey-share:RU'];
  const COUNTRIES = ['CN', 'IR', 'RU'];
  const offered: Record<string, readonly string[]> = {
    figure: [...FIGURES, 'mau:XX', 'MAU:world'],
    ...FILTERS,
    q: ['telegram', '  max ', 'ватсап'],
    sort: SORT_KEYS.flatMap((key) => [`${key}:asc`, `${key}:desc`]),
    cols: COLUMNS,
    sel: IDS,
    from: ['1969', '1970', '1996', '2010', '2100', '2101', '19x6', '0200'],
    to: ['1999', '2026', '9999'],
    country: [...COUNTRIES, 'XX', 'cn', 'RUS'],
  };

  it(`keeps only what the table offers, in ${COUNT} random query strings`, () => {
    fuzz(1, (input, index) => {
      const params = input.query(offered);
      const view = parseView(params, { ids: KNOWN, figures: FIGURES, countries: COUNTRIES });
      const context = `#${index} ?${params}`;
      assert.ok(FIGURES.includes(view.figure), `${context}: figure`);
      assert.ok(view.q.length <= MAX_QUERY && (params.get('q') ?? '').startsWith(view.q), `${context}: q`);
      for (const key of FILTER_KEYS) {
        const values = view.filters[key];
        if (values === undefined) continue;
        assert.ok(values.length > 0 && unique(values) && within(values, FILTERS[key]), `${context}: ${key}=${values.join(',')}`);
      }
      assert.deepEqual(
        Object.keys(view.filters).filter((key) => !(FILTER_KEYS as string[]).includes(key)),
        [],
        `${context}: filters`,
      );
      for (const key of ['from', 'to'] as const) {
        const year = view[key];
        assert.ok(year === undefined || (Number.isInteger(year) && String(year) === params.get(key)), `${context}: ${key}=${year}`);
      }
      assert.ok(view.sort === undefined || ((SORT_KEYS as readonly string[]).includes(view.sort.key) && ['asc', 'desc'].includes(view.sort.dir)), `${context}: sort`);
      assert.equal(view.cols === undefined, !params.has('cols'), `${context}: cols present`);
      assert.ok(view.cols === undefined || (unique(view.cols) && within(view.cols, COLUMNS)), `${context}: cols`);
      assert.ok(view.country === undefined || (COUNTRIES.includes(view.country) && view.country === params.get('country')), `${context}: country`);
      assert.ok(view.sel.length <= COMPARE_LIMIT && unique(view.sel) && view.sel.every((id) => KNOWN.has(id)), `${context}: sel`);
    });
  });

  it(`writes every such view back to a URL that reads as the same view`, () => {
    fuzz(2, (input, index) => {
      const view = parseView(input.query(offered), { ids: KNOWN, figures: FIGURES, countries: COUNTRIES });
      const expected: ViewState = { ...view, q: view.q.trim() };
      assert.deepEqual(parseView(serializeView(view), { ids: KNOWN, figures: FIGURES, countries: COUNTRIES }), expected, `#${index}`);
    });
  });
});

describe(`compare ids from a URL (FUZZ_SEED=${SEED})`, () => {
  it(`keeps at most four known ids, each once, in the order given, in ${COUNT} random query strings`, () => {
    fuzz(3, (input, index) => {
      const search = `?${input.query({ ids: IDS })}`;
      const ids = parseCompareIds(search, KNOWN);
      assert.ok(ids.length <= 4 && unique(ids) && ids.every((id) => KNOWN.has(id)), `#${index} ${search}`);
      const listed = (new URLSearchParams(search).get('ids') ?? '').split(',').map((id) => id.trim());
      assert.deepEqual(
        [...ids].sort((a, b) => listed.indexOf(a) - listed.indexOf(b)),
        ids,
        `#${index}: order`,
      );
      assert.deepEqual(parseCompareIds(`?ids=${ids.join(',')}`, KNOWN), ids, `#${index}: round trip`);
    });
  });
});

describe(`chart views from a URL (FUZZ_SEED=${SEED})`, () => {
  const metrics: readonly string[] = METRICS.slice(0, 4);
  const lines = new Map(metrics.map((metric) => [metric, IDS.slice(0, 20).map((id) => `${id}:${metric}:world`)]));
  const options: UsersOptions = { metrics, lines, defaults: new Map(metrics.map((metric) => [metric, (lines.get(metric) ?? []).slice(0, 5)])) };
  const jurisdictions = ['RU', 'CN', 'IR', 'US'];

  it(`users chart: one offered metric, a scale and offered lines, in ${COUNT} random query strings, and back again`, () => {
    fuzz(4, (input, index) => {
      const params = input.query({ metric: METRICS, scale: [...SCALES, 'Log'], lines: [...lines.values()].flat() });
      const view = parseUsersView(params, options);
      const context = `#${index} ?${params}`;
      assert.ok(metrics.includes(view.metric), `${context}: metric`);
      assert.ok((SCALES as readonly string[]).includes(view.scale), `${context}: scale`);
      const offered = lines.get(view.metric) ?? [];
      assert.ok(view.lines.length <= MAX_LINES && unique(view.lines) && within(view.lines, offered), `${context}: lines`);
      const again = parseUsersView(new URLSearchParams(withParams('', usersParams(view, options))), options);
      assert.deepEqual(again, view, `${context}: round trip`);
    });
  });

  const filterCharts: [string, number, Record<string, readonly string[]>][] = [
    ['events', 5, { jurisdiction: jurisdictions, kind: EVENT_KINDS }],
    ['lifespans', 8, { category: CATEGORIES, status: ['running', 'ended'], launched: ['1990', '2000', '2010', '2020'] }],
  ];
  for (const [chart, name, offered] of filterCharts) {
    it(`${chart} chart: an offered value or none for each filter, in ${COUNT} random query strings, and back again`, () => {
      fuzz(name, (input, index) => {
        const params = input.query({ ...offered, jurisdiction: [...jurisdictions, 'ru', 'XX'], launched: ['1990', '199', '2020s'] });
        const view = parseFilterView(params, offered);
        const context = `#${index} ?${params}`;
        assert.deepEqual(Object.keys(view).sort(), Object.keys(offered).sort(), `${context}: only the chart's filters`);
        for (const [key, value] of Object.entries(view)) assert.ok(value === undefined || (offered[key] ?? []).includes(value), `${context}: ${key}`);
        const again = parseFilterView(new URLSearchParams(withParams('', view)), offered);
        assert.deepEqual(again, view, `${context}: round trip`);
      });
    });
  }

  it(`a chart's parameters leave every other parameter of the page as it was, in ${COUNT} random query strings`, () => {
    fuzz(6, (input, index) => {
      const before = input.query({ metric: METRICS, q: ['telegram'], ids: IDS });
      const changes = { metric: input.chance(0.5) ? input.text(20) : undefined, kind: input.chance(0.5) ? input.pick(EVENT_KINDS) : undefined };
      const after = new URLSearchParams(withParams(`?${before}`, changes));
      for (const key of new Set(before.keys())) {
        if (key in changes) continue;
        assert.deepEqual(after.getAll(key), before.getAll(key), `#${index} ${key}`);
      }
      for (const [key, value] of Object.entries(changes)) assert.equal(after.get(key), value ?? null, `#${index} ${key}`);
    });
  });
});

describe(`search keys (FUZZ_SEED=${SEED})`, () => {
  it(`turn ${COUNT} random queries into plain Latin keys without throwing`, () => {
    fuzz(7, (input, index) => {
      const query = input.text(150).slice(0, MAX_QUERY);
      const key = searchKey(query);
      assert.match(key, /^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/, `#${index} ${JSON.stringify(query)} → ${JSON.stringify(key)}`);
    });
  });
});
