import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useTranslations } from '../../src/i18n/index.ts';
import { foldTimeline } from '../../src/lib/at-date.ts';
import { compareAt, compareCells, compareCsv, compareTimeline, type CompareAtDataset, type CompareDataset } from '../../src/lib/compare.ts';
import { realEntries } from './support/real-entries.ts';

const now: CompareDataset = {
  rows: [
    { key: 'status', label: 'Status' },
    { key: 'mau:world', label: 'Users: MAU, worldwide', figure: true },
    { key: 'owner', label: 'Owner' },
  ],
  sources: [{ title: 'Now', publisher: 'P', url: 'https://example.com/now' }],
  records: [
    {
      id: 'old',
      name: 'Old',
      href: '/messengers/old/',
      cells: { status: 'Active', owner: 'BigCo', 'mau:world': { text: '900', source: 0, value: 900, date: '2025', stale: false } },
    },
    { id: 'new', name: 'New', href: '/messengers/new/', cells: { status: 'Active' } },
  ],
};
const at: CompareAtDataset = {
  sources: [{ title: 'Then', publisher: 'P', url: 'https://example.com/then' }],
  records: [
    {
      id: 'old',
      t: [
        ['2005-12-31', { name: 'Older', status: 'Active', owner: 'Founders' }],
        ['2010-06-30', { 'mau:world': { text: '100', source: 0, value: 100, date: '2010-06', stale: false, staleFrom: '2012-07-01' } }],
        ['2014-12-31', { name: 'Old', owner: 'BigCo' }],
      ],
    },
    { id: 'new', t: [['2020-12-31', { name: 'New', status: 'Active' }]] },
  ],
};

describe('compare at a date', () => {
  it('folds each record to the day: the name, cells and sources of the time', () => {
    const data = compareAt(now, at, '2011-12-31', 'not launched yet');
    const [old, young] = data.records;
    assert.equal(old!.name, 'Older');
    assert.deepEqual(old!.cells['owner'], 'Founders');
    assert.deepEqual(old!.cells['mau:world'], { text: '100', source: 0, value: 100, date: '2010-06', stale: false, staleFrom: '2012-07-01' });
    assert.equal(data.sources[0]!.title, 'Then');
    assert.deepEqual(young!.cells, { status: 'not launched yet' });
    assert.equal(young!.name, 'New');
    assert.deepEqual(data.rows, now.rows);
  });
  it('marks a figure stale from its first stale day', () => {
    assert.equal((compareAt(now, at, '2012-06-30', '').records[0]!.cells['mau:world'] as { stale: boolean }).stale, false);
    assert.equal((compareAt(now, at, '2012-07-01', '').records[0]!.cells['mau:world'] as { stale: boolean }).stale, true);
  });
  it('writes the CSV of a comparison at a date with the date on every row', () => {
    const data = compareAt(now, at, '2011-12-31', 'not launched yet');
    const { header, rows } = compareCsv(data, ['old', 'new'], '2011');
    assert.equal(header.at(-1), 'as_of');
    assert.ok(rows.length > 0);
    for (const row of rows) assert.equal(row.at(-1), '2011');
    assert.deepEqual(rows.find((row) => row[0] === 'mau:world' && row[2] === 'old')!.slice(4, 9), [100, '2010-06', false, '100', 'https://example.com/then']);
    assert.deepEqual(compareCsv(now, ['old', 'new']).header.includes('as_of'), false);
  });
  it('names the date column in the language of the rest of the header', () => {
    const csv = { header: ['факт (код)'], asOf: 'на дату', noFigure: 'нет цифры', yes: 'да', no: 'нет' };
    assert.equal(compareCsv({ ...compareAt(now, at, '2011-12-31', ''), csv }, ['old'], '2011').header.at(-1), 'на дату');
  });
});

describe('compare cells over time', () => {
  it('fold at the build date to the cells the compare page shows today, for every real entry, in both languages', () => {
    const today = '2026-12-06';
    for (const locale of ['en', 'ru'] as const) {
      const t = useTranslations(locale);
      const cite = (source: { url: string }) => source.url.length;
      for (const m of realEntries()) {
        const folded = foldTimeline(compareTimeline(m, locale, t, today, cite), today);
        assert.ok(folded, m.id);
        const { name, ...cells } = folded;
        const plain = (record: Record<string, unknown>) => JSON.parse(JSON.stringify(record, (key, value) => (key === 'stale' || key === 'staleFrom' ? undefined : value)));
        assert.equal(name, m.name, m.id);
        assert.deepEqual(plain(cells), plain(compareCells(m, locale, t, today, cite)), `${m.id} ${locale}`);
      }
    }
  });
});
