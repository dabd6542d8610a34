import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { CSV_DIALECTS, toCsv } from '../../src/lib/csv.ts';

/** CSV read back by a kept library (csv-parse), as a spreadsheet with that separator would. */
const parseCsv = (text: string, delimiter: ',' | ';'): string[][] => parse(text, { bom: true, delimiter });
import { localizeViewCsvRow, VIEW_CSV_HEADER } from '../../src/lib/table-rows.ts';

describe('CSV for Excel in a Russian locale', () => {
  it('separates with ";", writes decimals with a comma and quotes what holds the separator', () => {
    const text = toCsv(['a', 'b', 'c'], [[46.5, 'x;y', 'plain, text']], CSV_DIALECTS.ru);
    assert.equal(text, '\uFEFFa;b;c\r\n46,5;"x;y";plain, text\r\n');
    assert.deepEqual(parseCsv(text, ';'), [
      ['a', 'b', 'c'],
      ['46,5', 'x;y', 'plain, text'],
    ]);
    assert.equal(toCsv(['a'], [[46.5]]), '\uFEFFa\r\n46.5\r\n');
  });

  it('still neutralises formulas', () => {
    assert.deepEqual(parseCsv(toCsv(['a'], [['=1+1']], CSV_DIALECTS.ru), ';')[1], ["'=1+1"]);
  });
});

describe('the view CSV in words', () => {
  it('words only the coded columns, and leaves names and unknown codes as they are', () => {
    const row = ['mau', 'mau', '1996', undefined, 100, 'mau', 'world', '2020', 'Mediascope', 'https://x', 'default', 'yes', 'required', 'blocked'];
    assert.equal(row.length, VIEW_CSV_HEADER.length);
    const worded = localizeViewCsvRow(row, {
      header: [],
      asOf: 'на дату',
      labels: { metric: { mau: 'MAU' }, scope: { world: 'весь мир' }, measured_by: { company: 'компания' }, status_in_russia: { blocked: 'Заблокирован' } },
    });
    assert.deepEqual(worded, ['mau', 'mau', '1996', undefined, 100, 'MAU', 'весь мир', '2020', 'Mediascope', 'https://x', 'default', 'yes', 'required', 'Заблокирован']);
  });
});
