import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkAcquisitions,
  checkBilingualNumbers,
  checkEncryptionHistory,
  checkRepeatedEvents,
  checkShutdown,
  checkStatusOrder,
  numbersIn,
} from '../../src/lib/check/rules/consistency.ts';
import { checkOldestFirst } from '../../src/lib/check/rules/oldest-first.ts';
import { repeatedRows } from '../../src/lib/check/raw.ts';
import { userCountSchema } from '../../src/schemas/user-count.ts';
import { eventSchema } from '../../src/schemas/event.ts';

const event = (date: string, kind: string) => ({ date, kind, title: { en: 'x', ru: 'x' }, source: 's' });
const fields = (findings: { path: PropertyKey[]; severity: string }[]) => findings.map((f) => `${f.severity} ${f.path.join('.')}`);

describe('numbers in notes', () => {
  it('reads English and Russian digit groups alike', () => {
    assert.deepEqual([...numbersIn('more than 1,300,000 users, 2.35 million at peak, in 2016', 'en')], ['1300000', '2.35', '2016']);
    assert.deepEqual([...numbersIn('более 1 300 000 пользователей, 2,35 млн в пик, в 2016 году', 'ru')], ['1300000', '2.35', '2016']);
    assert.deepEqual([...numbersIn('1\u2009300\u202f000 и 46,4', 'ru')], ['1300000', '46.4']);
    assert.deepEqual([...numbersIn('Q1 2017, down 2 percent.', 'en')], ['1', '2017', '2']);
  });
  it('flags a Russian note whose numbers differ, naming what is missing and what is extra', () => {
    const users = [{ note: { en: '20 million in 2016', ru: '25 млн в 2016 году' } }, { note: { en: '1,000 in 2001', ru: '1 000 в 2001 году' } }];
    const findings = checkBilingualNumbers({ users });
    assert.deepEqual(fields(findings), ['error users.0.note.ru']);
    assert.equal(findings[0]!.message, 'lacks 20 and has 25 that the English does not (expected the same numbers as en: 20, 2016)');
    assert.deepEqual(checkBilingualNumbers({ users: [{ population: { en: 'Russia, ages 12+', ru: 'Россия, 16+' } }] }).length, 1);
  });
});

describe('encryption history ⇔ encryption-change events', () => {
  const history = [
    { from: '2014', oneToOne: 'none', source: 's' },
    { from: '2016-04', oneToOne: 'default', source: 's' },
  ];
  it('accepts a first step without an event and a later step with one', () => {
    assert.deepEqual(checkEncryptionHistory({ encryption: { history }, events: [event('2016-04', 'encryption-change')] }), []);
  });
  it('wants an event for each later step and a step for each event', () => {
    assert.deepEqual(fields(checkEncryptionHistory({ encryption: { history }, events: [] })), ['error encryption.history.1.from']);
    assert.deepEqual(fields(checkEncryptionHistory({ encryption: { history }, events: [event('2016-04', 'encryption-change'), event('2019', 'encryption-change')] })), [
      'error events.1.date',
    ]);
    assert.deepEqual(fields(checkEncryptionHistory({ events: [event('2019', 'encryption-change')] })), ['error events.0.date']);
  });
  it('needs no event for a later step that only records kinds no earlier step named ("as of")', () => {
    const asOf = [...history, { from: '2020-12-20', backups: 'optional', source: 's' }];
    assert.deepEqual(checkEncryptionHistory({ encryption: { history: asOf }, events: [event('2016-04', 'encryption-change')] }), []);
    // Restating a level is no change either; a new protocol is.
    const restated = [...history, { from: '2018', oneToOne: 'default', source: 's' }];
    assert.deepEqual(checkEncryptionHistory({ encryption: { history: restated }, events: [event('2016-04', 'encryption-change')] }), []);
    const protocol = [
      { from: '2014', oneToOne: 'optional', protocol: 'OTR', source: 's' },
      { from: '2015', protocol: 'OMEMO', source: 's' },
    ];
    const findings = checkEncryptionHistory({ encryption: { history: protocol }, events: [] });
    assert.deepEqual(fields(findings), ['error encryption.history.1.from']);
    assert.match(findings[0]!.message, /this step changes protocol/);
  });
  it('wants an event for a step that adds a kind and changes another', () => {
    const mixed = [...history, { from: '2021', oneToOne: 'optional', calls: 'default', source: 's' }];
    const findings = checkEncryptionHistory({ encryption: { history: mixed }, events: [event('2016-04', 'encryption-change')] });
    assert.deepEqual(fields(findings), ['error encryption.history.2.from']);
    assert.match(findings[0]!.message, /this step changes oneToOne/);
  });
});

describe('acquisition events ⇔ owners', () => {
  const owners = [
    { owner: 'A', from: '2010' },
    { owner: 'B', from: '2014-02' },
  ];
  it('wants an owner from the date of each acquisition', () => {
    assert.deepEqual(checkAcquisitions({ owners, events: [event('2014-02', 'acquisition')] }), []);
    assert.deepEqual(fields(checkAcquisitions({ owners, events: [event('2014-02-19', 'acquisition'), event('2014-02', 'acquisition')] })), ['error events.0.date']);
  });
  it('only warns about a later owner with no event at all on its date', () => {
    assert.deepEqual(fields(checkAcquisitions({ owners, events: [] })), ['warning owners.1.from']);
    assert.deepEqual(checkAcquisitions({ owners, events: [event('2014-02', 'rename')] }), []);
  });
});

describe('discontinued ⇔ shutdown', () => {
  it('needs both or neither, with discontinued on the date of the last shutdown', () => {
    assert.deepEqual(checkShutdown({ events: [] }), []);
    assert.deepEqual(checkShutdown({ discontinued: '2014-10-31', events: [event('2013', 'shutdown'), event('2014-10-31', 'shutdown')] }), []);
    assert.deepEqual(fields(checkShutdown({ discontinued: '2014', events: [] })), ['error discontinued']);
    assert.deepEqual(fields(checkShutdown({ events: [event('2014', 'shutdown')] })), ['error events.0.kind']);
    assert.deepEqual(fields(checkShutdown({ discontinued: '2013', events: [event('2013', 'shutdown'), event('2014', 'shutdown')] })), ['error discontinued']);
    assert.deepEqual(checkShutdown({ discontinued: 2014, events: [event('2014', 'shutdown')] }), [], 'an unquoted year reads as the schema reads it');
  });
});

describe('schema rules of model v2', () => {
  const point = { date: '2025-08', value: 97000000, metric: 'monthly-reach', scope: 'RU', measuredBy: 'panel', measurer: 'Mediascope', source: 's' };
  it('requires a population for reach and survey-share figures', () => {
    assert.equal(userCountSchema.safeParse(point).success, false);
    assert.equal(userCountSchema.safeParse({ ...point, population: { en: 'Russia, ages 12+', ru: 'Россия, 12+' } }).success, true);
    assert.equal(userCountSchema.safeParse({ ...point, metric: 'users', measuredBy: 'company' }).success, true);
  });
  it('takes decimals only for percent metrics, and no percent above 100', () => {
    const population = { en: 'Russia', ru: 'Россия' };
    assert.equal(userCountSchema.safeParse({ ...point, metric: 'survey-share', measuredBy: 'survey', value: 37.5, population }).success, true);
    assert.equal(userCountSchema.safeParse({ ...point, metric: 'survey-share', measuredBy: 'survey', value: 137.5, population }).success, false);
    for (const metric of ['monthly-reach-share', 'daily-reach-share']) {
      assert.equal(userCountSchema.safeParse({ ...point, metric, value: 26, population }).success, true, `${metric}: 26 %`);
      assert.equal(userCountSchema.safeParse({ ...point, metric, value: 14.5, population }).success, true, `${metric}: decimals`);
      assert.equal(userCountSchema.safeParse({ ...point, metric, value: 126, population }).success, false, `${metric}: above 100`);
      assert.equal(userCountSchema.safeParse({ ...point, metric, value: 26 }).success, false, `${metric}: no population`);
    }
    assert.equal(userCountSchema.safeParse({ ...point, value: 97000000.5, population }).success, false);
    assert.equal(userCountSchema.safeParse({ ...point, official: true, population }).success, false, 'official is gone');
  });
  it('takes the EU as a scope, for the Digital Services Act’s average monthly active recipients', () => {
    const dsa = { date: '2024-12', value: 93700000, metric: 'monthly-active-recipients', scope: 'EU', measuredBy: 'company', source: 's' };
    assert.equal(userCountSchema.safeParse(dsa).success, true);
    assert.equal(userCountSchema.safeParse({ ...dsa, value: 93700000.5 }).success, false, 'a count of recipients is a whole number');
    assert.equal(userCountSchema.safeParse({ ...dsa, scope: 'Europe' }).success, false);
  });
  it('requires register exactly on registry events', () => {
    assert.equal(eventSchema.safeParse({ ...event('2017', 'registry'), register: 'ori' }).success, true);
    assert.equal(eventSchema.safeParse(event('2017', 'registry')).success, false);
    assert.equal(eventSchema.safeParse({ ...event('2017', 'block'), register: 'ori' }).success, false);
    assert.equal(eventSchema.safeParse(event('2024-07', 'warning')).success, true);
  });
});

describe('dated lists oldest first: one rule for owners, users, events and encryption steps', () => {
  it('flags each item dated before the one above it, at its date field', () => {
    const data = {
      owners: [{ from: '2014-02' }, { from: '2013' }],
      users: [{ date: '2014-03' }, { date: '2013' }, { date: '2016' }],
      events: [{ date: '2019' }, { date: 'not a date' }, { date: '2018-05' }],
      encryption: { history: [{ from: '2016-04' }, { from: '2013-10' }] },
    };
    assert.deepEqual(
      checkOldestFirst(data).map((f) => `${f.path.join('.')}: ${f.message}`),
      [
        'owners.1.from: 2013 comes after 2014-02 in the list (expected owners oldest first)',
        'users.1.date: 2013 comes after 2014-03 in the list (expected user figures oldest first)',
        'events.2.date: 2018-05 comes after 2019 in the list (expected events oldest first)',
        'encryption.history.1.from: 2013-10 comes after 2016-04 in the list (expected steps oldest first)',
      ],
    );
  });
  it('orders a partial date by the first day it can mean, and says nothing about lists it cannot read', () => {
    assert.deepEqual(checkOldestFirst({ users: [{ date: '2014' }, { date: '2014-03' }, { date: '2014-03-05' }] }), []);
    assert.deepEqual(checkOldestFirst({ owners: 'Big Corp', users: [null, 5], events: { date: '2019' } }), []);
  });
});

describe("the order of a country's blocks and liftings", () => {
  const at = (date: string, kind: string, jurisdiction = 'RU') => ({ ...event(date, kind), jurisdiction });
  it('warns on a lifting dated only to the month of a dated block, since a month sorts before its days', () => {
    const findings = checkStatusOrder({ events: [at('2017-05', 'unblock'), at('2017-05-04', 'block')] });
    assert.deepEqual(fields(findings), ['warning events.0.date']);
    assert.match(findings[0]!.message, /^is 2017-05, which sorts before the block of 2017-05-04 in RU/);
  });
  it('warns the other way round too, and for a year against a day', () => {
    assert.deepEqual(fields(checkStatusOrder({ events: [at('2022-01', 'block', 'KZ'), at('2022-01-10', 'unblock', 'KZ')] })), ['warning events.0.date']);
    assert.deepEqual(fields(checkStatusOrder({ events: [at('2016', 'restriction', 'TR'), at('2016-11-05', 'unblock', 'TR')] })), ['warning events.0.date']);
  });
  it('says nothing when both have days, when both limit access, or when the countries differ', () => {
    assert.deepEqual(checkStatusOrder({ events: [at('2017-05-04', 'block'), at('2017-05-11', 'unblock')] }), []);
    assert.deepEqual(checkStatusOrder({ events: [at('2024-08', 'restriction'), at('2024-08-09', 'block')] }), []);
    assert.deepEqual(checkStatusOrder({ events: [at('2017-05', 'unblock', 'CN'), at('2017-05-04', 'block')] }), []);
    assert.deepEqual(checkStatusOrder({ events: [at('2017-05', 'fine'), at('2017-05-04', 'block')] }), []);
  });
});

describe('one act, one event', () => {
  const act = (date: string, kind: string, source: string, en: string, jurisdiction?: string) => ({
    date,
    kind,
    title: { en, ru: en },
    source,
    ...(jurisdiction ? { jurisdiction } : {}),
  });
  it('warns on the later of two events with the same date, kind, jurisdiction and source, whatever their titles say', () => {
    const findings = checkRepeatedEvents({
      events: [
        act('2024-12-26', 'policy-change', 'sbsbiz', 'SK Telecom announces the sale of SK Communications'),
        act('2024-12-26', 'policy-change', 'sbsbiz', 'SK Telecom agrees to sell SK Communications'),
      ],
    });
    assert.deepEqual(fields(findings), ['warning events.1.date']);
    assert.match(findings[0]!.message, /^repeats events\[0\]: the same date \(2024-12-26\), kind \(policy-change\)/);
  });
  it('says nothing when the date, the kind, the jurisdiction or the source differs', () => {
    const base = act('2025-03-19', 'restriction', 'bianet', 'x', 'TR');
    assert.deepEqual(checkRepeatedEvents({ events: [base, { ...base, date: '2025-03-21' }] }), []);
    assert.deepEqual(checkRepeatedEvents({ events: [base, { ...base, kind: 'unblock' }] }), []);
    assert.deepEqual(checkRepeatedEvents({ events: [base, { ...base, jurisdiction: 'RU' }] }), []);
    assert.deepEqual(checkRepeatedEvents({ events: [base, { ...base, source: 'reuters' }] }), []);
  });
});

describe('repeated rows, which both "one act, one event" and "one figure per date" read', () => {
  it('names each repeat with the first row of its key, and leaves rows without a key out', () => {
    const rows = [{ k: 'a' }, { k: 'b' }, {}, { k: 'a' }, {}, { k: 'a' }, { k: 'b' }];
    const keyOf = (row: Record<string, unknown>) => (typeof row['k'] === 'string' ? row['k'] : undefined);
    assert.deepEqual(
      repeatedRows(rows, keyOf).map(({ index, first }) => [index, first]),
      [
        [3, 0],
        [5, 0],
        [6, 1],
      ],
    );
  });
});
