import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asOfDay, entryAsOf, foldTimeline, knownFrom, parseAt, staleFrom, startDay, stateAt, timeline, yearRange } from '../../src/lib/at-date.ts';
import { latestFigures, statusInRussia, summarize } from '../../src/lib/derive.ts';
import { atFigures, atRecord, rowData, viewCsvRowAt, type AtFigure } from '../../src/lib/table-rows.ts';
import { currentEncryption, encryptionAt } from '../../src/lib/encryption.ts';
import { isFreshFigure } from '../../src/lib/landscape.ts';
import type { AtlasEvent } from '../../src/schemas/event.ts';
import type { Messenger } from '../../src/schemas/messenger.ts';
import type { UserCount } from '../../src/schemas/user-count.ts';
import { realEntries } from './support/real-entries.ts';
import { fakeEntry } from './support/fake-entry.ts';

const TODAY = '2026-12-06';
const fig = (date: string, value: number, metric: UserCount['metric'] = 'mau', scope = 'world'): UserCount => ({ date, value, metric, scope, measuredBy: 'company', source: 's' });
const ev = (date: string, kind: AtlasEvent['kind'], extra: Partial<AtlasEvent> = {}): AtlasEvent =>
  ({ date, kind, title: { en: `${kind} ${date}`, ru: `${kind} ${date}` }, source: 's', ...extra }) as AtlasEvent;
const entry = (extra: Partial<Messenger> = {}): Messenger => fakeEntry('x', { name: 'Now', ...extra });
const at = (m: Messenger, date: string) => stateAt(m, asOfDay(date, TODAY), TODAY);

describe('the partial-date rule: a fact holds from the last day its date can mean', () => {
  it('reads each precision as its last day, and never later than today', () => {
    assert.equal(knownFrom('2011', TODAY), '2011-12-31');
    assert.equal(knownFrom('2012-02', TODAY), '2012-02-29');
    assert.equal(knownFrom('2011-03-05', TODAY), '2011-03-05');
    assert.equal(knownFrom('2026', TODAY), TODAY);
    assert.equal(knownFrom('2026-12', TODAY), TODAY);
    assert.equal(asOfDay('2012', TODAY), '2012-12-31');
    assert.equal(asOfDay('2012-03', TODAY), '2012-03-31');
  });

  const m = entry({ launched: '2009', users: [fig('2011', 1), fig('2012-03', 2, 'dau'), fig('2013-05-15', 3, 'registered')] });
  const shown = (date: string) => at(m, date)?.figures.map((point) => point.value) ?? [];
  it('shows a figure dated by year only from the end of that year', () => {
    assert.deepEqual(shown('2011-03-01'), []);
    assert.deepEqual(shown('2011-12'), [1]);
    assert.deepEqual(shown('2011'), [1]);
    assert.deepEqual(shown('2011-12-30'), []);
  });
  it('shows a figure dated by month from the last day of the month', () => {
    assert.deepEqual(shown('2012-03-30'), [1]);
    assert.deepEqual(shown('2012-03'), [1, 2]);
    assert.deepEqual(shown('2012-03-31'), [1, 2]);
    assert.deepEqual(shown('2012'), [1, 2]);
  });
  it('shows a figure dated by day from that day', () => {
    assert.deepEqual(shown('2013-05-14'), [1, 2]);
    assert.deepEqual(shown('2013-05-15'), [1, 2, 3]);
    assert.deepEqual(shown('2013-05'), [1, 2, 3]);
  });

  it('counts a launch dated by year, month or day as launched by its last day', () => {
    assert.equal(at(entry({ launched: '2011' }), '2011-03-01'), undefined);
    assert.ok(at(entry({ launched: '2011' }), '2011'));
    assert.equal(at(entry({ launched: '2011-03' }), '2011-03-30'), undefined);
    assert.ok(at(entry({ launched: '2011-03' }), '2011-03'));
    assert.equal(at(entry({ launched: '2011-03-05' }), '2011-03-04'), undefined);
    assert.ok(at(entry({ launched: '2011-03-05' }), '2011-03-05'));
  });
  it('counts a shutdown the same way', () => {
    const closed = entry({ launched: '2000', discontinued: '2012-06', events: [ev('2012-06', 'shutdown')] });
    assert.equal(at(closed, '2012-05')?.running, true);
    assert.equal(at(closed, '2012-06-29')?.running, true);
    assert.equal(at(closed, '2012-06')?.running, false);
    assert.equal(at(closed, '2012')?.then.discontinued, '2012-06');
  });
  it('lets an entry without a launch date in with its earliest dated fact', () => {
    const m = entry({ users: [fig('2015-06', 5)], events: [ev('2014', 'acquisition')], owners: [{ owner: 'O', from: '2014', source: 's' }] });
    assert.equal(startDay(m, TODAY), '2014-12-31');
    assert.equal(at(m, '2014-06'), undefined);
    assert.deepEqual(at(m, '2014')?.figures, []);
    assert.equal(startDay(entry(), TODAY), TODAY, 'with no dated fact, it is only known to exist today');
    assert.equal(at(entry(), '2026-06'), undefined);
    assert.equal(stateAt(entry(), TODAY, TODAY)?.running, true);
  });
});

describe('the state at a date', () => {
  it('names the messenger as it was called then, from the renames still to come', () => {
    const m = entry({
      launched: '1999-02-10',
      events: [ev('2000', 'rename', { previousName: 'OICQ' }), ev('2010-05', 'rename', { previousName: 'Middle' }), ev('2015', 'rename')],
    });
    assert.equal(at(m, '1999')?.name, 'OICQ');
    assert.equal(at(m, '2000-06')?.name, 'OICQ');
    assert.equal(at(m, '2000')?.name, 'Middle');
    assert.equal(at(m, '2010-04')?.name, 'Middle');
    assert.equal(at(m, '2010-05')?.name, 'Now');
    assert.equal(at(m, '2020')?.name, 'Now');
  });

  it('gives the owner of the time, with an ownership still running until its end is known', () => {
    const m = entry({
      launched: '1996',
      owners: [
        { owner: 'Mirabilis', from: '1996', to: '1998-06', source: 's' },
        { owner: 'AOL', from: '1998-06', to: '2010', source: 's' },
        { owner: 'DST', from: '2010', source: 's' },
      ],
    });
    assert.equal(at(m, '1997')?.owner?.owner, 'Mirabilis');
    assert.equal(at(m, '1998-06-15')?.owner?.owner, 'Mirabilis');
    assert.equal(at(m, '1998-06-15')?.then.owners.length, 1);
    assert.equal(at(m, '1998-06')?.owner?.owner, 'AOL');
    assert.equal(at(m, '2010-06')?.owner?.owner, 'AOL');
    assert.equal(at(m, '2010')?.owner?.owner, 'DST');
    const closed = entry({ launched: '2000', discontinued: '2005', owners: [{ owner: 'Last', from: '2000', to: '2005', source: 's' }] });
    assert.equal(at(closed, '2005')?.owner?.owner, 'Last');
  });

  it('folds only the encryption steps known by then, and names the current protocol only today', () => {
    const m = entry({
      launched: '2009',
      encryption: {
        protocol: 'Signal Protocol',
        history: [
          { from: '2009', oneToOne: 'none', source: 's' },
          { from: '2016-04-05', oneToOne: 'default', groups: 'default', source: 's' },
        ],
      },
    });
    assert.equal(at(m, '2009-06'), undefined);
    assert.equal(at(m, '2009')?.encryption?.oneToOne, 'none');
    assert.equal(at(m, '2016-04-04')?.encryption?.oneToOne, 'none');
    assert.equal(at(m, '2016-04-05')?.encryption?.oneToOne, 'default');
    assert.equal(at(m, '2020')?.encryption?.protocol, undefined);
    assert.equal(stateAt(m, TODAY, TODAY)?.encryption?.protocol, 'Signal Protocol');
    assert.equal(encryptionAt(m, '2016-04')?.oneToOne, 'default', 'encryptionAt reads dates by the same rule');
    assert.equal(encryptionAt({ encryption: { history: [{ from: '2016', oneToOne: 'default', source: 's' }] } }, '2016-06'), undefined);
  });

  it('gives the latest figure of each metric and scope known by then, never a later one', () => {
    const m = entry({ launched: '2010', users: [fig('2011-06', 10), fig('2012-06', 20), fig('2012-01', 7, 'monthly-reach', 'RU'), fig('2014', 30)] });
    assert.deepEqual(
      at(m, '2012-03')?.figures.map((p) => `${p.metric}:${p.scope}=${p.value}`),
      ['mau:world=10', 'monthly-reach:RU=7'],
    );
    assert.deepEqual(
      at(m, '2013')?.figures.map((p) => p.value),
      [20, 7],
    );
    assert.equal(at(m, '2013')?.stale, false);
    assert.equal(at(m, '2014-08')?.stale, true, 'no figure within 24 months of the day');
  });

  it('gives the status in Russia and elsewhere from the latest block, unblock or restriction known then', () => {
    const m = entry({
      launched: '2013',
      events: [
        ev('2018-04-16', 'block', { jurisdiction: 'RU' }),
        ev('2020-06-18', 'unblock', { jurisdiction: 'RU' }),
        ev('2025-08', 'restriction', { jurisdiction: 'RU' }),
        ev('2015', 'block', { jurisdiction: 'CN' }),
      ],
    });
    assert.equal(at(m, '2017')?.russia, 'available');
    assert.equal(at(m, '2018')?.russia, 'blocked');
    assert.equal(at(m, '2020-06-17')?.russia, 'blocked');
    assert.equal(at(m, '2020-06-18')?.russia, 'available');
    assert.equal(at(m, '2025-08-30')?.russia, 'available');
    assert.equal(at(m, '2025')?.russia, 'restricted');
    assert.deepEqual(at(m, '2014')?.jurisdictions, []);
    assert.deepEqual(
      at(m, '2019')?.jurisdictions.map((j) => `${j.jurisdiction}:${j.status.status}`),
      ['RU:blocked', 'CN:blocked'],
    );
    const closed = entry({ launched: '2013', discontinued: '2019', events: [ev('2018', 'block', { jurisdiction: 'RU' }), ev('2019', 'shutdown')] });
    assert.equal(at(closed, '2019')?.russia, undefined);
  });

  it('reads every real entry today exactly as the site does', () => {
    for (const m of realEntries()) {
      const state = stateAt(m, TODAY, TODAY);
      assert.ok(state, m.id);
      assert.equal(state.name, m.name, m.id);
      assert.equal(state.running, !m.discontinued, m.id);
      assert.deepEqual(state.figures, latestFigures(m), m.id);
      assert.equal(state.russia, statusInRussia(m), m.id);
      assert.deepEqual(state.encryption, currentEncryption(m.encryption), m.id);
    }
  });
});

describe('?at= values', () => {
  it('takes a real partial date from 1970 to today', () => {
    for (const text of ['2015', '2015-06', '2015-06-30', '1970', '2026-12', TODAY]) assert.deepEqual(parseAt(text, TODAY), { at: text }, text);
  });
  it('refuses anything else, saying why and never returning the text', () => {
    for (const text of ['', 'abc', '2015-13', '2015-02-30', '15', '2015-6', ' 2015', '2015-06-30T00:00', '<img src=x onerror=alert(1)>'])
      assert.deepEqual(parseAt(text, TODAY), { problem: 'format' }, text);
    for (const text of ['1969', '0001', '2027', '2026-12-07', '9999-12-31']) assert.deepEqual(parseAt(text, TODAY), { problem: 'range' }, text);
  });
});

describe('stale from', () => {
  it('agrees with isFreshFigure on the day before and the day itself', () => {
    for (const date of ['2011', '2011-01', '2011-12', '2011-12-31', '2012-02-29', '2024-07-15']) {
      const day = staleFrom(date);
      const before = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      assert.equal(isFreshFigure({ date }, before), true, `${date} fresh on ${before}`);
      assert.equal(isFreshFigure({ date }, day), false, `${date} stale on ${day}`);
    }
  });
});

describe('timelines for views that change their date in the browser', () => {
  const snapshot = (then: Messenger): Record<string, string | number> => ({
    name: then.name,
    ...(then.discontinued ? { end: then.discontinued } : {}),
    ru: statusInRussia(then) ?? 'none',
    e2ee: currentEncryption(then.encryption)?.oneToOne ?? 'unknown',
    ...Object.fromEntries(latestFigures(then).map((point) => [`${point.metric}:${point.scope}`, point.value])),
  });
  const days = (from: number) => {
    const list: string[] = [];
    for (let year = from; year <= 2026; year++) for (const md of ['01-01', '03-31', '06-15', '12-30', '12-31']) list.push(`${year}-${md}`);
    return list.filter((day) => day <= TODAY).concat(TODAY);
  };
  it('fold to the same state as the entry read at that day, for every real entry', () => {
    for (const m of realEntries()) {
      const steps = timeline(m, TODAY, snapshot);
      for (const day of days(1985)) {
        const then = entryAsOf(m, day, TODAY);
        assert.deepEqual(foldTimeline(steps, day), then && snapshot(then), `${m.id} on ${day}`);
      }
    }
  });
  it('holds only changes after the first step', () => {
    const m = entry({ launched: '2010', users: [fig('2011', 1), fig('2012', 2)], events: [ev('2013', 'block', { jurisdiction: 'RU' })] });
    assert.deepEqual(timeline(m, TODAY, snapshot), [
      ['2010-12-31', { name: 'Now', ru: 'available', e2ee: 'unknown' }],
      ['2011-12-31', { 'mau:world': 1 }],
      ['2012-12-31', { 'mau:world': 2 }],
      ['2013-12-31', { ru: 'blocked' }],
    ]);
  });
});

describe('a key that stops having a value', () => {
  it('is removed from the fold from that day on', () => {
    const m = entry({ launched: '2010', discontinued: '2015-03', events: [ev('2015-03', 'shutdown')] });
    const steps = timeline(m, TODAY, (then) => (then.discontinued ? { end: then.discontinued } : { running: 'yes' }));
    assert.deepEqual(steps, [
      ['2010-12-31', { running: 'yes' }],
      ['2015-03-31', { running: null, end: '2015-03' }],
    ]);
    assert.deepEqual(foldTimeline(steps, '2015-03-30'), { running: 'yes' });
    assert.deepEqual(foldTimeline(steps, '2015-03-31'), { end: '2015-03' });
    assert.equal(foldTimeline(steps, '2010-12-30'), undefined);
  });
});

describe('year range', () => {
  it('runs from the oldest launch to the build year', () => {
    assert.deepEqual(yearRange([{ launched: '2023-05' }, { launched: undefined }, { launched: '2024' }], TODAY), [2023, 2024, 2025, 2026]);
    assert.deepEqual(yearRange([], TODAY), [2026]);
  });
});

describe('the table at a date', () => {
  it('reads today exactly as the table rows do, for every real entry', () => {
    for (const m of realEntries()) {
      const row = foldTimeline(atRecord(m, TODAY, 'en').t, TODAY);
      assert.ok(row, m.id);
      const now = rowData(summarize(m, TODAY), m);
      assert.deepEqual([row['name'], row['end'] ? 'discontinued' : 'active', row['e2ee'], row['ru']], [m.name, now.status, now.e2ee, now.ru], m.id);
      assert.deepEqual(atFigures(row), now.figures, m.id);
    }
  });
  it('writes the CSV of a view at a date with the values of that day', () => {
    const m = entry({
      id: 'x',
      launched: '2009',
      users: [fig('2011', 10), fig('2015', 20)],
      events: [ev('2018', 'block', { jurisdiction: 'RU' }), ev('2014', 'rename', { previousName: 'Then' })],
      encryption: {
        history: [
          { from: '2009', oneToOne: 'none', source: 's' },
          { from: '2016', oneToOne: 'default', source: 's' },
        ],
      },
    });
    const record = { id: 'x', keys: [], csv: { before: ['x', 'Now', '2009', undefined], after: ['default', 'no', 'required', 'blocked'] }, figures: {} };
    const row = foldTimeline(atRecord(m, TODAY, 'en').t, asOfDay('2012', TODAY))!;
    assert.deepEqual(viewCsvRowAt(record, row, 'mau:world'), [
      'x',
      'Then',
      '2009',
      undefined,
      10,
      'mau',
      'world',
      '2011',
      'company',
      'https://example.com/',
      'none',
      'no',
      'required',
      'available',
    ]);
    assert.equal((row['mau:world'] as AtFigure)[5], '10', 'the value worded for the page');
    assert.deepEqual(viewCsvRowAt(record, row, 'dau:world').slice(4, 10), [undefined, 'dau', 'world', undefined, undefined, undefined]);
    assert.equal((row['mau:world'] as AtFigure)[4], '2013-02-01', 'the day the 2011 figure turns stale');
  });
});
