import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { parse as csvParse } from 'csv-parse/sync';
import { toCsv } from '../../src/lib/csv.ts';
import { encryptionTable, eventsTable, messengersTable, sourcesTable, userCountsTable } from '../../src/lib/dataset.ts';
import { messengerSchema } from '../../src/schemas/messenger.ts';

const fixture = (name: string) =>
  messengerSchema.parse(parse(readFileSync(join(import.meta.dirname, `../fixtures/good/${name}.mdx`), 'utf8').split(/^---$/m)[1]!, { schema: 'core' }));
const messengers = [fixture('good-messenger'), fixture('second-messenger')];
/** CSV read back by a kept library (csv-parse), not by the writer's own code. */
const parseCsv = (text: string): string[][] => csvParse(text, { bom: true });

describe('CSV', () => {
  it('starts with a BOM, quotes what needs quoting, and reads back unchanged', () => {
    const rows = [
      ['plain', 'with, comma', 'with "quotes"', 'multi\nline', 'Телеграм', ''],
      ['1', ' padded ', 'x', 'y', 'z', 'w'],
    ];
    const csv = toCsv(['a', 'b', 'c', 'd', 'e', 'f'], rows);
    assert.ok(csv.startsWith('\uFEFFa,b,c'));
    assert.deepEqual(parseCsv(csv), [['a', 'b', 'c', 'd', 'e', 'f'], ...rows]);
  });
});

describe('dataset tables', () => {
  it('user-counts.csv holds every observation with its metric, date and source URL', () => {
    const table = userCountsTable(messengers);
    const back = parseCsv(toCsv(table.header, table.rows));
    assert.equal(
      back.length - 1,
      messengers.reduce((sum, m) => sum + m.users.length, 0),
    );
    const [header, first] = [back[0]!, back[1]!];
    const row = Object.fromEntries(header.map((name, i) => [name, first[i]]));
    assert.deepEqual(
      { date: row['date'], value: row['value'], metric: row['metric'], scope: row['scope'], by: row['measured_by'], url: row['source_url'] },
      { date: '2014-03', value: '35000000', metric: 'mau', scope: 'world', by: 'company', url: 'https://example.org/news/100-million' },
    );
    const panel = back.find((cells) => cells[header.indexOf('metric')] === 'monthly-reach')!;
    const field = (name: string) => panel[header.indexOf(name)];
    assert.deepEqual(
      [field('measured_by'), field('measurer'), field('population_en'), field('population_ru'), field('note_ru')],
      ['panel', 'Example Panel', 'Russia, ages 12+', 'Россия, 12+', 'Оценка панели для России — 20 млн человек.'],
    );
  });
  it('messengers.csv has a row per messenger with the latest figure of each (metric, scope) pair, never mixing them in a column', () => {
    const table = messengersTable(messengers, '2026-11-25');
    const back = parseCsv(toCsv(table.header, table.rows));
    assert.equal(back.length, 3);
    const row = Object.fromEntries(back[0]!.map((name, i) => [name, back[1]![i]]));
    assert.equal(row['id'], 'good-messenger');
    assert.equal(row['mau_world_value'], '100000000');
    assert.equal(row['mau_world_date'], '2016');
    assert.equal(row['mau_world_measured_by'], 'company');
    assert.equal(row['mau_world_source_url'], 'https://example.org/blog/100-million');
    assert.equal(row['monthly-reach_RU_value'], '20000000');
    assert.equal(row['survey-share_RU_value'], '37.5');
    assert.equal(row['status_in_russia'], 'blocked');
    assert.equal(row['e2ee_one_to_one'], 'optional');
    assert.equal(row['e2ee_one_to_one_since'], '2013-08-14');
    assert.equal(row['e2ee_calls'], 'default');
    assert.equal(row['e2ee_calls_since'], '2013-10');
    assert.equal(row['e2ee_protocol'], 'MTProto 2.0');
    assert.ok(!back[0]!.some((name) => /^dau_/.test(name)), 'no column for a pair no entry has');
    assert.ok(!back[0]!.some((name) => /^mau_value$/.test(name)), 'no column mixes scopes');
  });
  it('events.csv, encryption.csv and sources.csv round-trip every event, step and source', () => {
    for (const [table, count] of [
      [encryptionTable(messengers), messengers.reduce((sum, m) => sum + (m.encryption?.history.length ?? 0), 0)],
      [eventsTable(messengers), messengers.reduce((sum, m) => sum + m.events.length, 0)],
      [sourcesTable(messengers), messengers.reduce((sum, m) => sum + m.sources.length, 0)],
    ] as const) {
      const back = parseCsv(toCsv(table.header, table.rows));
      assert.equal(back.length - 1, count);
      assert.deepEqual(
        back.slice(1),
        table.rows.map((row) => row.map((cell) => (cell === undefined || cell === null ? '' : String(cell)))),
      );
    }
  });
  it('users.csv names the sources of a figure’s note, ids and addresses in the same order, and leaves both empty for a note without any', () => {
    const first = messengers.find((m) => m.users.length > 0 && m.sources.length > 1)!;
    const [one, two] = first.sources;
    const point = first.users[0]!;
    const m = {
      ...first,
      users: [
        { ...point, note: { en: 'Fieldwork as reported.', ru: 'Период опроса — по сообщению.', sources: [two!.id, one!.id] } },
        { ...point, note: undefined },
      ],
    };
    const table = userCountsTable([m]);
    const [, noted, plain] = parseCsv(toCsv(table.header, table.rows));
    const column = (row: string[], name: string) => row[table.header.indexOf(name)];
    assert.equal(column(noted!, 'note_source_ids'), `${two!.id} ${one!.id}`);
    assert.equal(column(noted!, 'note_source_urls'), `${two!.url} ${one!.url}`);
    assert.equal(column(plain!, 'note_source_ids'), '');
    assert.equal(column(plain!, 'note_source_urls'), '');
  });
  it('encryption.csv lists every source of a step that rests on several, ids and addresses in the same order', () => {
    const [first] = messengers;
    const step = first!.encryption!.history[0]!;
    const [one, two] = first!.sources;
    const m = { ...first!, encryption: { ...first!.encryption!, history: [{ ...step, source: [two!.id, one!.id] }] } };
    const table = encryptionTable([m]);
    const row = parseCsv(toCsv(table.header, table.rows))[1]!;
    const column = (name: string) => row[table.header.indexOf(name)];
    assert.equal(column('source_id'), `${two!.id} ${one!.id}`);
    assert.equal(column('source_url'), `${two!.url} ${one!.url}`);
  });
});
