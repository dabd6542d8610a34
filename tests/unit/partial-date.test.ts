import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comparePartialDates, formatPartialDate, isCertainlyBefore, isInFuture, monthsBetween, parsePartialDate } from '../../src/lib/partial-date.ts';

describe('parsePartialDate', () => {
  it('keeps the precision written', () => {
    assert.deepEqual(parsePartialDate('1996'), { year: 1996 });
    assert.deepEqual(parsePartialDate('1996-11'), { year: 1996, month: 11 });
    assert.deepEqual(parsePartialDate('1996-11-15'), { year: 1996, month: 11, day: 15 });
  });
  it('rejects impossible and malformed dates', () => {
    for (const bad of ['2021-02-30', '2023-02-29', '2021-13', '2021-00', '2021-1-5', '96', 'March 2013', '2021-04-31', '']) {
      assert.equal(parsePartialDate(bad), null, bad);
    }
  });
  it('accepts 29 February in a leap year only', () => {
    assert.ok(parsePartialDate('2024-02-29'));
    assert.equal(parsePartialDate('1900-02-29'), null);
  });
});

describe('comparing partial dates', () => {
  it('orders by first possible day, coarser first on a tie', () => {
    const sorted = ['2014-05', '2013', '2014', '2014-05-02', '2014-01-01'].sort(comparePartialDates);
    assert.deepEqual(sorted, ['2013', '2014', '2014-01-01', '2014-05', '2014-05-02']);
  });
  it('calls a date "before" only when it certainly is', () => {
    assert.equal(isCertainlyBefore('2014', '2014-05'), false);
    assert.equal(isCertainlyBefore('2013-12-31', '2014'), true);
    assert.equal(isCertainlyBefore('2014-04', '2014-05-01'), true);
  });
  it('finds dates after today', () => {
    assert.equal(isInFuture('2026-11-26', '2026-11-25'), true);
    assert.equal(isInFuture('2026-11', '2026-11-25'), false);
    assert.equal(isInFuture('2027', '2026-11-25'), true);
  });
  it('counts whole months', () => {
    assert.equal(monthsBetween('2024-11-25', '2026-11-25'), 24);
    assert.equal(monthsBetween('2024', '2026-11-25'), 34);
  });
});

describe('formatPartialDate', () => {
  it('shows the precision written, in the page locale', () => {
    assert.equal(formatPartialDate('1996', 'en'), '1996');
    // Month names and order, not one ICU version's punctuation or spaces.
    assert.match(formatPartialDate('1996-11', 'en'), /^November\s1996$/);
    assert.match(formatPartialDate('1996-11-15', 'en'), /^November\s15,?\s1996$/);
    assert.match(formatPartialDate('1996-11-15', 'ru'), /^15\sноября\s1996/);
    assert.match(formatPartialDate('1996-11', 'ru'), /^ноябрь 1996/);
  });
});
