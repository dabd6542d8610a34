import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markedDate } from '../../src/components/charts/date-marker.ts';
import { endOf } from '../../src/lib/partial-date.ts';

describe('the date marked on charts', () => {
  it('is the last day the ?at= date can mean, as everywhere in the atlas', () => {
    for (const at of ['1988', '2012', '2012-02', '2013-02', '2012-12', '2012-06-15', '2024-02-29']) assert.equal(markedDate(`?at=${at}`), endOf(at), at);
  });
  it('is nothing for anything that is not a real date', () => {
    for (const search of ['', '?at=', '?at=2012-13', '?at=2012-00', '?at=2013-02-29', '?at=2012-6', '?at=<b>2012</b>', '?lines=a&at=20120'])
      assert.equal(markedDate(search), undefined, search);
  });
});
