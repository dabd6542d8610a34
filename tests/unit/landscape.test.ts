import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encryptionHeadline, rankings, russiaMarket, statusByCountry, statusIn, topOfRankings } from '../../src/lib/landscape.ts';
import type { Messenger } from '../../src/schemas/messenger.ts';
import type { UserCount } from '../../src/schemas/user-count.ts';
import { fakeEntry } from './support/fake-entry.ts';

const TODAY = '2026-12-06';
const fig = (date: string, value: number, metric: UserCount['metric'], scope = 'world'): UserCount => ({ date, value, metric, scope, measuredBy: 'company', source: 's' });
const entry = (id: string, users: UserCount[], extra: Partial<Messenger> = {}): Messenger => fakeEntry(id, { users, ...extra });

describe('rankings: like for like', () => {
  const data = [
    entry('a', [fig('2025-06', 1_000_000_000, 'mau'), fig('2025-08', 97_000_000, 'monthly-reach', 'RU')]),
    entry('b', [fig('2025-01', 3_000_000_000, 'mau'), fig('2019-11', 1_000_000_000, 'registered')]),
    entry('c', [fig('2024-12', 500_000_000, 'mau')]),
    entry('d', [fig('2017-09', 1_300_000_000, 'mau')]),
    entry('e', [fig('2025-01', 2_000_000_000, 'registered')]),
    entry('gone', [fig('2025-01', 9_000_000_000, 'mau')], { discontinued: '2025-06' }),
  ];
  it('never puts two metrics or two scopes in one list', () => {
    for (const ranking of rankings(data, TODAY, { minFresh: 1 })) {
      for (const item of [...ranking.fresh, ...ranking.stale]) assert.deepEqual([item.point.metric, item.point.scope], [ranking.metric, ranking.scope]);
    }
  });
  it('ranks fresh figures by value, lists stale ones apart, and leaves out shut-down services', () => {
    const [mau] = rankings(data, TODAY);
    assert.deepEqual(
      mau!.fresh.map((item) => item.id),
      ['b', 'a', 'c'],
    );
    assert.deepEqual(
      mau!.stale.map((item) => item.id),
      ['d'],
    );
  });
  it('names the top of each list once, fresh figures only (the overview draws their lifespans)', () => {
    const lists = rankings(data, TODAY, { minFresh: 1 });
    assert.deepEqual(topOfRankings(lists, 2), ['b', 'a', 'e']);
    assert.deepEqual(topOfRankings(lists), ['b', 'a', 'c', 'e']);
  });
  it('never ranks survey shares of two polls against each other, even in one country', () => {
    const share = (date: string, value: number, measurer: string): UserCount => ({ ...fig(date, value, 'survey-share', 'RU'), measuredBy: 'survey', measurer });
    const polls = [
      entry('w', [share('2025-08', 57, 'FOM')]),
      entry('t', [share('2025-08', 46, 'FOM')]),
      entry('v', [share('2025-08', 41, 'FOM')]),
      entry('m', [share('2025-09', 6, 'Levada Center')]),
      entry('k', [share('2025', 28.6, 'FOM')]),
    ];
    const lists = rankings(polls, TODAY, { minFresh: 1 });
    assert.deepEqual(
      lists.map((list) => [list.survey?.measurer, list.survey?.date, list.fresh.map((item) => item.id)]),
      [
        ['Levada Center', '2025-09', ['m']],
        ['FOM', '2025-08', ['w', 't', 'v']],
        ['FOM', '2025', ['k']],
      ],
    );
    for (const list of lists) for (const item of list.fresh) assert.equal(item.point.measurer, list.survey?.measurer);
    assert.deepEqual(
      rankings(polls, TODAY, { minFresh: 2 }).map((list) => list.fresh.length),
      [3],
      'a wave of one is not a ranking',
    );
    assert.equal(rankings(data, TODAY)[0]!.survey, undefined, 'counts of users carry no survey wave');
  });
  it('ranks a pair only when enough messengers have a fresh figure', () => {
    assert.deepEqual(
      rankings(data, TODAY).map((r) => `${r.metric}:${r.scope}`),
      ['mau:world'],
    );
    assert.deepEqual(
      rankings(data, TODAY, { minFresh: 1 }).map((r) => `${r.metric}:${r.scope}`),
      ['mau:world', 'registered:world', 'monthly-reach:RU'],
    );
  });
});

describe('status in a country and the Russian market', () => {
  const ev = (date: string, kind: 'block' | 'unblock' | 'restriction' | 'registry', jurisdiction = 'RU') => ({
    date,
    kind,
    jurisdiction,
    title: { en: `${kind} ${date}`, ru: `${kind} ${date}` },
    source: 's',
    ...(kind === 'registry' ? { register: 'ori' as const } : {}),
  });
  const tg = entry('telegram', [], { events: [ev('2018-04-16', 'block'), ev('2020-06-18', 'unblock'), ev('2025-08-13', 'restriction'), ev('2024-01', 'block', 'IR')] });
  const wa = entry('whatsapp', [], { events: [ev('2026-02-11', 'block'), ev('2017-06-28', 'registry')] });
  it('takes the latest block, unblock or restriction of that jurisdiction only', () => {
    assert.deepEqual([statusIn(tg, 'RU').status, statusIn(tg, 'RU').since], ['restricted', '2025-08-13']);
    assert.equal(statusIn(tg, 'IR').status, 'blocked');
    assert.deepEqual([statusIn(tg, 'CN').status, statusIn(tg, 'CN').since], ['available', undefined]);
  });
  it('gives each jurisdiction its latest decision, Russia first, then newest first', () => {
    const lines = statusByCountry({ events: [...tg.events, ev('2021-01-05', 'unblock', 'IR'), ev('2019-05', 'restriction', 'KZ')] });
    assert.deepEqual(
      lines.map((line) => `${line.jurisdiction}:${line.status}:${line.since}`),
      ['RU:restricted:2025-08-13', 'IR:blocked:2024-01', 'KZ:restricted:2019-05'],
    );
  });
  it('lists what is not available in Russia, newest first, and the latest Russian events', () => {
    const market = russiaMarket([tg, wa], TODAY);
    assert.deepEqual(
      market.notAvailable.map((line) => `${line.id}:${line.status.status}`),
      ['whatsapp:blocked', 'telegram:restricted'],
    );
    assert.deepEqual(
      market.latestEvents.map((line) => line.event.date),
      ['2026-02-11', '2025-08-13', '2020-06-18', '2018-04-16', '2017-06-28'],
    );
    assert.equal(market.max, undefined);
  });
});

describe('encryption headline', () => {
  it('counts only known values and names the unknown ones', () => {
    const step = (oneToOne: 'default' | 'optional' | 'none') => ({ protocol: undefined, history: [{ from: '2020', oneToOne, source: 's' }] });
    const headline = encryptionHeadline([
      entry('a', [], { encryption: step('default') }),
      entry('b', [], { encryption: step('optional') }),
      entry('c', [], { encryption: step('none') }),
      entry('d', []),
      entry('e', [], { encryption: step('default'), discontinued: '2020' }),
    ]);
    assert.equal(headline.running, 4);
    assert.deepEqual(
      headline.byLevel.default.map((m) => m.id),
      ['a'],
    );
    assert.deepEqual(
      headline.byLevel.none.map((m) => m.id),
      ['c'],
    );
    assert.deepEqual(
      headline.unknown.map((m) => m.id),
      ['d'],
    );
  });
});

describe('the law guide table', () => {
  it('lists every messenger with a Russian register entry or measure, with its status now, and no one else', async () => {
    const { russiaRegulationTable } = await import('../../src/lib/landscape.ts');
    const ev = (date: string, kind: 'block' | 'registry' | 'warning', register?: 'ori' | 'social-networks', jurisdiction = 'RU') => ({
      date,
      kind,
      jurisdiction,
      title: { en: 'x', ru: 'x' },
      source: 's',
      ...(register ? { register } : {}),
    });
    const lines = russiaRegulationTable([
      entry('tg', [], { events: [ev('2017-06-28', 'registry', 'ori'), ev('2021-10-26', 'registry', 'social-networks'), ev('2025-11-28', 'warning'), ev('2018-04-16', 'block')] }),
      entry('cn-only', [], { events: [ev('2015-07', 'block', undefined, 'CN')] }),
      entry('gone', [], { events: [ev('2017-05', 'block')], discontinued: '2022' }),
    ]);
    assert.deepEqual(
      lines.map((l) => [l.id, l.ori?.date, l.socialNetworks?.date, l.measures.map((m) => m.date), l.status]),
      [
        ['gone', undefined, undefined, ['2017-05'], undefined],
        ['tg', '2017-06-28', '2021-10-26', ['2018-04-16', '2025-11-28'], 'blocked'],
      ],
    );
  });
});
