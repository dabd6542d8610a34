import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publishersByLetter } from '../../src/lib/source-index.ts';
import { searchKey } from '../../src/lib/transliterate.ts';

describe('the publishers’ A–Z index', () => {
  it('groups Latin letters first, then Cyrillic, then the rest, each publisher with a stable anchor', () => {
    const groups = ['3DNews', 'Reuters', 'ТАСС', 'TASS', 'Ёж', 'РБК', 'Reuters '].map((name) => [name, []] as [string, []]);
    const letters = publishersByLetter(groups, searchKey);
    assert.deepEqual(
      letters.map((l) => l.letter),
      ['R', 'T', 'Е', 'Р', 'Т', '#'],
    );
    assert.deepEqual(
      letters.find((l) => l.letter === 'Т')?.publishers.map((p) => p.anchor),
      ['publisher-tas'],
    );
    assert.deepEqual(
      letters.find((l) => l.letter === 'T')?.publishers.map((p) => p.anchor),
      ['publisher-tas-2'],
    );
    assert.deepEqual(
      letters.find((l) => l.letter === 'R')?.publishers.map((p) => p.anchor),
      ['publisher-reuters', 'publisher-reuters-2'],
    );
    assert.deepEqual(
      letters.at(-1)?.publishers.map((p) => p.name),
      ['3DNews'],
    );
  });
});
