import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  byCount,
  defaultMetric,
  defaultSeries,
  entryCharts,
  eventPoints,
  eventStats,
  launchDecade,
  lifespanBars,
  metricsPresent,
  timeOf,
  userPoints,
  userSeries,
  yearTicks,
} from '../../src/lib/chart-series.ts';
import { parseFilterView, parseUsersView, usersParams, withParams, type UsersOptions } from '../../src/lib/chart-view.ts';
import type { Messenger } from '../../src/schemas/messenger.ts';
import { FAKE_SOURCE, fakeEntry } from './support/fake-entry.ts';

const messenger = (id: string, fields: Partial<Messenger>): Messenger => fakeEntry(id, fields);
const user = (date: string, value: number, metric = 'mau', scope = 'world') => ({ date, value, metric, scope, measuredBy: 'company', source: 's' }) as Messenger['users'][number];
const event = (date: string, kind: string, jurisdiction?: string) =>
  ({ date, kind, ...(jurisdiction ? { jurisdiction } : {}), title: { en: `${kind} en`, ru: `${kind} ru` }, source: 's' }) as Messenger['events'][number];

describe('timeOf', () => {
  it('puts a partial date in the middle of the span it can mean', () => {
    assert.equal(new Date(timeOf('2013')).toISOString().slice(0, 10), '2013-07-02');
    assert.equal(new Date(timeOf('2013-02')).toISOString().slice(0, 10), '2013-02-14');
    assert.equal(timeOf('2013-02-03'), Date.UTC(2013, 1, 3));
  });
});

describe('lifespan bars', () => {
  const today = '2026-11-25';
  const bars = lifespanBars([messenger('b', { launched: '2009' }), messenger('a', { launched: '1996-11', discontinued: '2024-06-26' }), messenger('c', {})], today);
  it('orders by launch and leaves out entries without a sourced launch', () => {
    assert.deepEqual(
      bars.map((bar) => bar.id),
      ['a', 'b'],
    );
  });
  it('ends at shutdown, or today while running', () => {
    assert.equal(bars[0]!.end, Date.UTC(2024, 5, 26));
    assert.equal(bars[0]!.to, '2024-06-26');
    assert.equal(bars[1]!.end, Date.UTC(2026, 10, 25));
    assert.equal(bars[1]!.to, undefined);
    assert.equal(bars[0]!.start, Date.UTC(1996, 10, 1));
    assert.deepEqual(
      bars.map((bar) => bar.years),
      [27, 17],
    );
  });
});

describe('launch decades and entry charts', () => {
  it('files a launch under the year its decade starts, at any precision', () => {
    assert.deepEqual(
      ['1996-11', '2009', '2010-01-01', '2019-12-31'].map((from) => launchDecade({ from })),
      ['1990', '2000', '2010', '2010'],
    );
  });
  it('draws an entry’s users only with a line of two figures, its events only with two', () => {
    const one = entryCharts(messenger('x', { users: [user('2020', 1), user('2021', 2, 'dau')], events: [event('2020', 'block', 'RU')] }));
    assert.deepEqual([one.drawUsers, one.drawEvents, one.metrics.length], [false, false, 2]);
    const two = entryCharts(messenger('y', { users: [user('2020', 1), user('2021', 2)], events: [event('2020', 'block', 'RU'), event('2021', 'unblock', 'RU')] }));
    assert.deepEqual([two.drawUsers, two.drawEvents], [true, true]);
  });
  it('opens an entry’s users chart on its headline metric when that metric has a line, else on the most-used one with a line', () => {
    const shares = [user('2019', 40, 'survey-share', 'DE'), user('2021', 45, 'survey-share', 'DE'), user('2020', 30, 'survey-share', 'ES'), user('2022', 33, 'survey-share', 'ES')];
    const withLine = entryCharts(messenger('a', { users: [...shares, user('2020', 700), user('2023', 900)] }));
    assert.deepEqual(withLine.metrics, ['mau', 'survey-share']);
    const single = entryCharts(messenger('b', { users: [...shares, user('2023', 900)] }));
    assert.deepEqual(single.metrics, ['survey-share', 'mau']);
    const none = entryCharts(messenger('c', { users: [user('2020', 5, 'dau'), user('2021', 6)] }));
    assert.deepEqual([none.metrics, none.drawUsers], [['dau', 'mau'], false]);
  });
});

describe('users series', () => {
  const entries = [
    messenger('tg', { users: [user('2020', 400), user('2018', 200), user('2019', 50, 'registered'), user('2021', 30, 'mau', 'RU'), user('2022', 35, 'mau', 'RU')] }),
    messenger('wa', { users: [user('2016', 1000), user('2020', 2000)] }),
    messenger('one', { users: [user('2020', 9000)] }),
  ];
  const points = userPoints(entries);
  it('never joins different metrics or scopes into one line', () => {
    const lines = userSeries(points, 'mau');
    assert.deepEqual(lines.map((line) => line.key).sort(), ['one:mau:world', 'tg:mau:RU', 'tg:mau:world', 'wa:mau:world']);
    for (const line of lines) for (const p of line.points) assert.equal(`${p.id}:${p.metric}:${p.scope}`, line.key);
    assert.equal(userSeries(points, 'registered').length, 1);
  });
  it('puts each line in date order and carries the source', () => {
    const tg = userSeries(points, 'mau').find((line) => line.key === 'tg:mau:world')!;
    assert.deepEqual(
      tg.points.map((p) => p.value),
      [200, 400],
    );
    assert.equal(tg.points[0]!.source.url, FAKE_SOURCE.url);
  });
  it('defaults to MAU and to the largest lines that have two points or more', () => {
    assert.equal(defaultMetric(points), 'mau');
    assert.deepEqual(metricsPresent(points), ['mau', 'registered']);
    assert.equal(defaultMetric(userPoints([messenger('x', { users: [user('2020', 1, 'registered')] })])), 'registered');
    assert.deepEqual(defaultSeries(userSeries(points, 'mau'), 2), ['wa:mau:world', 'tg:mau:world']);
  });
  it('defaults to lines of one scope only, the one with most lines (worldwide on a tie)', () => {
    // tg:mau:RU has two points too, but never stands by default beside worldwide lines.
    assert.deepEqual(defaultSeries(userSeries(points, 'mau')), ['wa:mau:world', 'tg:mau:world']);
    const russian = userPoints([
      messenger('a', { users: [user('2020', 5, 'mau', 'RU'), user('2021', 6, 'mau', 'RU')] }),
      messenger('b', { users: [user('2020', 7, 'mau', 'RU'), user('2021', 8, 'mau', 'RU')] }),
      messenger('c', { users: [user('2020', 900), user('2021', 950)] }),
    ]);
    assert.deepEqual(defaultSeries(userSeries(russian, 'mau')), ['b:mau:RU', 'a:mau:RU']);
  });
});

describe('event points', () => {
  const entries = [
    messenger('tg', { events: [event('2013-08', 'launch'), event('2018-04-16', 'block', 'RU'), event('2020-06-18', 'unblock', 'RU')] }),
    messenger('li', { events: [event('2017-05', 'block', 'RU'), event('2021', 'breach')] }),
  ];
  it('orders by date and keeps entry anchors', () => {
    const all = eventPoints(entries);
    assert.deepEqual(
      all.map((e) => e.date),
      ['2013-08', '2017-05', '2018-04-16', '2020-06-18', '2021'],
    );
    assert.equal(all[2]!.anchor, 'event-2018-04-16-block');
  });
  it('drops corporate milestones from the regulatory view', () => {
    assert.ok(eventPoints(entries, { regulatoryOnly: true }).every((e) => e.kind !== 'launch'));
    assert.equal(eventPoints(entries, { regulatoryOnly: true }).length, 4);
  });
  it('summarises span and the busiest jurisdiction', () => {
    assert.deepEqual(eventStats(eventPoints(entries, { regulatoryOnly: true })), { count: 4, first: '2017-05', last: '2021', places: 1, top: 'RU', topCount: 3 });
  });
});

describe('byCount', () => {
  it('puts the most frequent value first and breaks ties by code point', () => {
    assert.deepEqual(byCount(['RU', 'US', 'RU', 'CN', 'US', 'RU']), [
      ['RU', 3],
      ['US', 2],
      ['CN', 1],
    ]);
    assert.deepEqual(byCount(['b', 'a']), [
      ['a', 1],
      ['b', 1],
    ]);
    assert.deepEqual(byCount([]), []);
  });
});

describe('year ticks', () => {
  it('falls on 1 January and never exceeds the maximum count', () => {
    const ticks = yearTicks(Date.UTC(1988, 7, 1), Date.UTC(2026, 10, 25), 10);
    assert.ok(ticks.length <= 10 && ticks.length >= 4);
    for (const tick of ticks) assert.equal(new Date(tick).toISOString().slice(5, 10), '01-01');
    assert.deepEqual(yearTicks(Date.UTC(2019, 5, 1), Date.UTC(2021, 5, 1)), [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)]);
    assert.deepEqual(yearTicks(5, 1), []);
  });
});

describe('chart view in the URL', () => {
  const options: UsersOptions = {
    metrics: ['mau', 'registered'],
    lines: new Map([
      ['mau', ['a:mau:world', 'b:mau:world']],
      ['registered', ['a:registered:world']],
    ]),
    defaults: new Map([
      ['mau', ['a:mau:world']],
      ['registered', ['a:registered:world']],
    ]),
  };
  it('round-trips a view and leaves defaults out of the URL', () => {
    const view = parseUsersView(new URLSearchParams('metric=registered&scale=log'), options);
    assert.deepEqual(view, { metric: 'registered', scale: 'log', lines: ['a:registered:world'] });
    assert.equal(withParams('', usersParams(view, options)), '?metric=registered&scale=log');
    const back = parseUsersView(new URLSearchParams(withParams('', usersParams({ metric: 'mau', scale: 'linear', lines: ['b:mau:world'] }, options)).slice(1)), options);
    assert.deepEqual(back.lines, ['b:mau:world']);
    assert.equal(withParams('', usersParams(parseUsersView(new URLSearchParams(), options), options)), '');
    assert.equal(parseUsersView(new URLSearchParams('scale=linear'), options).scale, 'linear', 'a chosen linear scale is kept, auto is the default');
    assert.equal(withParams('', usersParams({ metric: 'mau', scale: 'linear', lines: ['a:mau:world'] }, options)), '?scale=linear');
  });
  it('drops unknown, hostile and oversized values', () => {
    const hostile = new URLSearchParams({ metric: '<script>alert(1)</script>', scale: 'log"><img src=x onerror=alert(1)>', lines: `a:registered:world,<img>,${'x'.repeat(3000)}` });
    assert.deepEqual(parseUsersView(hostile, options), { metric: 'mau', scale: 'auto', lines: ['a:mau:world'] });
    assert.deepEqual(parseFilterView(new URLSearchParams('jurisdiction=XX&kind=block'), { jurisdiction: ['RU'], kind: ['block'] }), { jurisdiction: undefined, kind: 'block' });
  });
  it('keeps other charts\u2019 parameters when one chart writes its own', () => {
    assert.equal(withParams('?metric=registered&kind=block', { kind: undefined, jurisdiction: 'RU' }), '?metric=registered&jurisdiction=RU');
  });
});
