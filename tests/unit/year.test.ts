import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { yearRange } from '../../src/lib/at-date.ts';
import { eventAnchors } from '../../src/lib/anchors.ts';
import { entryYears, mergeShared, rowFigures, yearModel, type YearEvent, type YearFigure } from '../../src/lib/year.ts';
import type { AtlasEvent } from '../../src/schemas/event.ts';
import type { Messenger } from '../../src/schemas/messenger.ts';
import type { UserCount } from '../../src/schemas/user-count.ts';
import { realEntries } from './support/real-entries.ts';
import { fakeEntry } from './support/fake-entry.ts';

const TODAY = '2026-12-06';
const fig = (date: string, value: number, metric: UserCount['metric'] = 'mau', scope = 'world'): UserCount => ({ date, value, metric, scope, measuredBy: 'company', source: 's' });
const ev = (date: string, kind: AtlasEvent['kind'], extra: Partial<AtlasEvent> = {}): AtlasEvent =>
  ({ date, kind, title: { en: `${kind} ${date}`, ru: `${kind} ${date}` }, source: 's', ...extra }) as AtlasEvent;
const entry = (id: string, extra: Partial<Messenger> = {}): Messenger => fakeEntry(id, extra);

const data = [
  entry('old', { launched: '1999', discontinued: '2010', events: [ev('2010', 'shutdown')], users: [fig('2005', 5)] }),
  entry('gone', { launched: '2005', discontinued: '2012-04', events: [ev('2012-04', 'shutdown')], users: [fig('2011-06', 40)] }),
  entry('a', {
    launched: '2008',
    users: [fig('2010-06', 100), fig('2012-05', 300), fig('2013-02', 500), fig('2012-09', 20, 'monthly-reach', 'RU')],
    owners: [
      { owner: 'Founders', from: '2008', to: '2013-01', source: 's' },
      { owner: 'BigCo', from: '2013-01', source: 's' },
    ],
    events: [ev('2012-03', 'block', { jurisdiction: 'CN' }), ev('2013-01', 'acquisition'), ev('2013-06', 'block', { jurisdiction: 'RU' })],
    encryption: {
      history: [
        { from: '2008', oneToOne: 'none', source: 's' },
        { from: '2014', oneToOne: 'default', source: 's' },
      ],
    },
  }),
  entry('b', {
    launched: '2012-08',
    users: [fig('2012-12', 200), fig('2014', 900)],
    events: [ev('2012-11', 'rename', { previousName: 'Bee' }), ev('2012-10', 'registry', { jurisdiction: 'RU', register: 'ori' })],
  }),
  entry('c', { launched: '2011', users: [fig('2012', 250), fig('2012-10', 15, 'monthly-reach', 'RU')], events: [ev('2014', 'rename', { previousName: 'Sea' })] }),
  entry('later', { launched: '2013-02', users: [fig('2013-03', 1000)] }),
];

describe('year model', () => {
  const model = yearModel(data, 2012, TODAY);

  it('is the landscape at the end of the year: running, or shut down that year; earlier shutdowns apart', () => {
    assert.equal(model.day, '2012-12-31');
    assert.equal(model.current, false);
    assert.deepEqual(
      model.rows.map((row) => row.id),
      ['gone', 'a', 'c', 'b'],
    );
    assert.deepEqual(
      model.rows.map((row) => row.name),
      ['GONE', 'A', 'Sea', 'B'],
    );
    assert.equal(model.rows[0]!.closed, '2012-04');
    assert.equal(model.rows[0]!.russia, undefined);
    assert.deepEqual(model.closedEarlier, [{ id: 'old', name: 'OLD', closed: '2010' }]);
  });

  it('gives each row the owner, encryption, figures and statuses of the time', () => {
    const a = model.rows.find((row) => row.id === 'a')!;
    assert.equal(a.owner, 'Founders');
    assert.equal(a.e2ee, 'none');
    assert.deepEqual(
      a.figures.map((f) => `${f.point.metric}:${f.point.scope}=${f.point.value}${f.stale ? ' stale' : ''}`),
      ['mau:world=300', 'monthly-reach:RU=20'],
    );
    assert.equal(a.russia, 'available');
    assert.deepEqual(a.elsewhere, [{ jurisdiction: 'CN', status: 'blocked' }]);
    const cIn = (year: number) => yearModel(data, year, TODAY).rows.find((row) => row.id === 'c')!.figures[0]!;
    assert.deepEqual([cIn(2013).point.date, cIn(2013).stale], ['2012', false]);
    // By 2015 both of c's figures are stale, and the row keeps only the newer one (Russia's, 2012-10).
    assert.deepEqual([cIn(2015).point.date, cIn(2015).stale], ['2012-10', true], 'stale means over 24 months before the page’s day, not the build date');
  });

  it("lists the year's launches, shutdowns, acquisitions, renames and regulatory events, and nothing of other years", () => {
    assert.deepEqual(
      model.launches.map((item) => `${item.id}:${item.date}`),
      ['b:2012-08'],
    );
    assert.deepEqual(
      model.shutdowns.map((item) => `${item.id}:${item.date}`),
      ['gone:2012-04'],
    );
    assert.deepEqual(
      model.corporate.map((event) => `${event.id}:${event.kind}:${event.date}`),
      ['b:rename:2012-11'],
    );
    assert.deepEqual(
      model.regulatory.map((event) => `${event.id}:${event.kind}:${event.date}`),
      ['a:block:2012-03', 'b:registry:2012-10'],
    );
    assert.deepEqual(model.privacy, []);
  });

  it('lists one act told on several entries once, with the other entries after it, and keeps different acts apart', () => {
    const law = (id: string, name: string, extra: Partial<YearEvent> = {}): YearEvent => ({
      id,
      name,
      anchor: `event-2025-11-28-law`,
      date: '2025-11-28',
      kind: 'law',
      jurisdiction: 'IN',
      title: { en: `India orders ${name} and other apps to bind to the SIM`, ru: `Индия обязывает ${name} и другие приложения` },
      source: { url: 'https://example.com/sim', publisher: 'HT' },
      also: [],
      ...extra,
    });
    const told = [law('a', 'Arattai'), law('s', 'Signal'), law('w', 'WhatsApp')];
    const merged = mergeShared(told);
    assert.deepEqual(
      merged.map((event) => `${event.id}+${event.also.map((other) => `${other.id}#${other.anchor}`).join(',')}`),
      ['a+s#event-2025-11-28-law,w#event-2025-11-28-law'],
    );
    const fine = (id: string, name: string, amount: string): YearEvent =>
      law(id, name, { kind: 'fine', title: { en: `Court fines ${name} ${amount}`, ru: `Суд штрафует ${name} на ${amount}` } });
    const apart = [
      fine('s', 'Signal', '1m'),
      fine('w', 'WhatsApp', '3m'),
      law('a', 'Arattai', { source: { url: 'https://example.com/other', publisher: 'BT' } }),
      law('b', 'Beta', { source: undefined }),
      law('c', 'Gamma', { source: undefined }),
      law('d', 'Delta', { jurisdiction: 'PK' }),
    ];
    assert.deepEqual(
      mergeShared(apart).map((event) => event.also.length),
      [0, 0, 0, 0, 0, 0],
    );
    assert.deepEqual(
      told.map((event) => event.also.length),
      [0, 0, 0],
      'merging copies: the events it was given keep their own lists',
    );
  });

  it('ranks like for like among running messengers with the figures known at the end of the year', () => {
    assert.deepEqual(
      model.rankings.map((ranking) => `${ranking.metric}:${ranking.scope} ${ranking.fresh.map((item) => `${item.name}=${item.point.value}`).join(',')}`),
      ['mau:world A=300,Sea=250,B=200', 'monthly-reach:RU A=20,Sea=15'],
    );
    assert.deepEqual(model.summary, {
      running: 3,
      launched: 1,
      closed: 1,
      e2eeDefault: 0,
      e2eeKnown: 1,
      notAvailableInRussia: 0,
      largest: { name: 'A', point: fig('2012-05', 300) },
    });
  });

  it('links the previous and next year within the range, and reads the build year as of the build date', () => {
    assert.deepEqual([model.previous, model.next], [2011, 2013]);
    const first = yearModel(data, 1999, TODAY);
    assert.deepEqual([first.previous, first.next], [undefined, 2000]);
    const now = yearModel(data, 2026, TODAY);
    assert.deepEqual([now.day, now.current, now.next], [TODAY, true, undefined]);
  });
});

// Keys whose values are facts of the time; every other string is searched for a year. Skipped:
// ids, and sources: a year page shows a source as a link named by its publisher, and a source
// (a later article about an earlier figure, its title, URL, publication and access dates) may
// well be dated after the fact it backs; and a figure's note, which a year page does not show
// (its entry page does: a note may explain an old figure with what was learnt later). An event's
// title is checked by the event's date: it says what happened then, which may be a plan for later
// ("Google confirms Allo will close in March 2019", dated 2018) — known then, so in its year.
const FACT_DATE_KEYS = new Set(['date', 'launched', 'closed', 'discontinued', 'from', 'to', 'since', 'day']);
const NOT_SHOWN = new Set(['id', 'source', 'note', 'title']);
function factDates(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) factDates(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (FACT_DATE_KEYS.has(key) && typeof inner === 'string') found.push(inner);
      else if (!NOT_SHOWN.has(key)) factDates(inner, found);
    }
  } else if (typeof value === 'string') {
    for (const match of value.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) found.push(match[1]!);
  }
  return found;
}

describe('a year page speaks as of its year', () => {
  const messengers = realEntries();
  const years = yearRange(messengers, TODAY);
  it('runs from the oldest launch in the atlas to the build year', () => {
    assert.equal(years[0], 1988);
    assert.equal(years.at(-1), 2026);
  });
  it('holds no figure, status, owner, event or name dated after its day, for every year of the real data', () => {
    for (const year of years) {
      const model = yearModel(messengers, year, TODAY, years);
      const { previous: _previous, next: _next, ...shown } = model;
      const later = factDates(shown).filter((date) => date.slice(0, 4) > String(year) || date > model.day);
      assert.deepEqual(later, [], `${year}`);
    }
  });
  it('links each event to the row its entry page gives it (the page cites the source there), for every year of the real data', () => {
    const byId = new Map(messengers.map((m) => [m.id, m]));
    let checked = 0;
    for (const year of years) {
      const model = yearModel(messengers, year, TODAY, years);
      for (const event of [...model.corporate, ...model.regulatory, ...model.privacy]) {
        for (const shown of [event, ...event.also]) {
          const entry = byId.get(shown.id)!;
          const index = eventAnchors(entry.events).indexOf(shown.anchor);
          assert.ok(index >= 0, `${year} ${shown.id}: ${shown.anchor} is not an anchor of its entry page`);
          const target = entry.events[index]!;
          assert.deepEqual([target.date, target.kind], [event.date, event.kind], `${year} ${shown.id} ${shown.anchor}`);
          if (shown === event) assert.equal(target.title.en, event.title.en, `${year} ${shown.id} ${shown.anchor}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 500, `${checked} events checked`);
    const shared = years.flatMap((year) => yearModel(messengers, year, TODAY, years).regulatory.filter((event) => event.also.length > 0));
    assert.ok(shared.length > 0, 'some act in the real data is told on several entries and listed once');
  });
  it('fails that check when a later figure slips in', () => {
    const model = yearModel(messengers, 2012, TODAY, years);
    model.rows[0]!.figures.push({ point: fig('2013-01', 1), source: undefined, stale: false });
    assert.notDeepEqual(
      factDates(model).filter((date) => date.slice(0, 4) > '2012'),
      [],
    );
  });
});

describe('the figures a year row shows', () => {
  const f = (date: string, scope: string, stale: boolean, metric: UserCount['metric'] = 'mau'): YearFigure => ({ point: fig(date, 1, metric, scope), source: undefined, stale });
  const shown = (figures: YearFigure[]) => rowFigures(figures).figures.map((x) => `${x.point.metric}:${x.point.scope}:${x.point.date}`);

  it('are the fresh ones for the world and Russia; the rest are counted with their places, world and Russia first', () => {
    const all = [
      f('2025', 'world', false),
      f('2025-06', 'NL', false, 'survey-share'),
      f('2017', 'world', true, 'dau'),
      f('2025-08', 'RU', false, 'monthly-reach'),
      f('2024', 'DE', false, 'survey-share'),
    ];
    assert.deepEqual(shown(all), ['mau:world:2025', 'monthly-reach:RU:2025-08']);
    assert.deepEqual(rowFigures(all).more, { count: 3, scopes: ['world', 'DE', 'NL'] });
  });
  it('fall back to fresh figures for other countries when neither the world nor Russia has one', () => {
    assert.deepEqual(shown([f('2013', 'world', true), f('2025', 'KR', false), f('2025', 'JP', false, 'survey-share')]), ['mau:KR:2025', 'survey-share:JP:2025']);
  });
  it('show only the newest stale figure when none is fresh, worldwide or Russian before other places', () => {
    const stale = [f('2009', 'world', true, 'registered'), f('2017-03', 'world', true), f('2014', 'world', true, 'peak-concurrent'), f('2020', 'KR', true)];
    assert.deepEqual(shown(stale), ['mau:world:2017-03']);
    assert.deepEqual(rowFigures(stale).more, { count: 3, scopes: ['world', 'KR'] });
    assert.deepEqual(shown([f('2012', 'CN', true), f('2015', 'KR', true)]), ['mau:KR:2015']);
  });
  it('show every figure when there are few enough to need no choice, and nothing when there is none', () => {
    assert.deepEqual(rowFigures([f('2025', 'world', false)]).more, { count: 0, scopes: [] });
    assert.deepEqual(rowFigures([]), { figures: [], more: { count: 0, scopes: [] } });
  });
});

describe('entry years', () => {
  it('are the years in range in which the entry has something dated', () => {
    const m = data[2]!;
    assert.deepEqual(entryYears(m, yearRange(data, TODAY)), [2008, 2010, 2012, 2013, 2014]);
    assert.deepEqual(entryYears(m, [2012, 2013]), [2012, 2013]);
  });
});
