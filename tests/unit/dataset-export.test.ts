import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { parseCsv, toCsv } from '../../src/lib/csv.ts';
import { eventsTable, messengersTable, sourcesTable, userCountsTable } from '../../src/lib/dataset.ts';
import { messengerSchema } from '../../src/schemas/messenger.ts';

const fixture = (name: string) =>
  messengerSchema.parse(parse(readFileSync(join(import.meta.dirname, `../fixtures/good/${name}.mdx`), 'utf8').split(/^---$/m)[1]!, { schema: 'core' }));
const messengers = [fixture('good-messenger'), fixture('second-messenger')];

describe('CSV', () => {
  it('starts with a BOM, quotes what needs quoting, and reads back unchanged', () => {
    const rows = [['plain', 'with, comma', 'with "quotes"', 'multi\nline', 'Телеграм', ''], ['1', ' padded ', 'x', 'y', 'z', 'w']];
    const csv = toCsv(['a', 'b', 'c', 'd', 'e', 'f'], rows);
    assert.ok(csv.startsWith('\uFEFFa,b,c'));
    assert.deepEqual(parseCsv(csv), [['a', 'b', 'c', 'd', 'e', 'f'], ...rows]);
  });
});

describe('dataset tables', () => {
  it('user-counts.csv holds every observation with its metric, date and source URL', () => {
    const table = userCountsTable(messengers);
    const back = parseCsv(toCsv(table.header, table.rows));
    assert.equal(back.length - 1, messengers.reduce((sum, m) => sum + m.users.length, 0));
    const [header, first] = [back[0]!, back[1]!];
    const row = Object.fromEntries(header.map((name, i) => [name, first[i]]));
    assert.deepEqual(
      { date: row['date'], value: row['value'], metric: row['metric'], scope: row['scope'], official: row['official'], url: row['source_url'] },
      { date: '2014-03', value: '35000000', metric: 'mau', scope: 'world', official: 'true', url: 'https://example.org/news/100-million' },
    );
  });
  it('messengers.csv has a row per messenger with the latest figure of each metric', () => {
    const table = messengersTable(messengers, '2026-11-25');
    const back = parseCsv(toCsv(table.header, table.rows));
    assert.equal(back.length, 3);
    const row = Object.fromEntries(back[0]!.map((name, i) => [name, back[1]![i]]));
    assert.equal(row['id'], 'good-messenger');
    assert.equal(row['mau_value'], '100000000');
    assert.equal(row['mau_date'], '2016');
    assert.equal(row['mau_source_url'], 'https://example.org/blog/100-million');
    assert.equal(row['status_in_russia'], 'blocked');
    assert.equal(row['dau_value'], '');
  });
  it('events.csv and sources.csv round-trip every event and source', () => {
    for (const [table, count] of [
      [eventsTable(messengers), messengers.reduce((sum, m) => sum + m.events.length, 0)],
      [sourcesTable(messengers), messengers.reduce((sum, m) => sum + m.sources.length, 0)],
    ] as const) {
      const back = parseCsv(toCsv(table.header, table.rows));
      assert.equal(back.length - 1, count);
      assert.deepEqual(back.slice(1), table.rows.map((row) => row.map((cell) => (cell === undefined || cell === null ? '' : String(cell)))));
    }
  });
});
