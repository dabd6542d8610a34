import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coverage, missingFields, plainFactFootnotes } from '../../src/lib/coverage.ts';
import type { Messenger } from '../../src/schemas/messenger.ts';

type Entry = Parameters<typeof coverage>[0][number];
const entry = (id: string, extra: Partial<Messenger> = {}): Entry => ({
  id,
  category: 'consumer',
  owners: [],
  platforms: [],
  users: [],
  ...extra,
});
const figure = (date: string) => ({ date, value: 1, metric: 'users' as const, scope: 'world', measuredBy: 'company' as const, source: 's' });

describe('data coverage', () => {
  const full = entry('full', {
    encryption: { history: [{ from: '2016', oneToOne: 'default', groups: 'default', calls: 'n/a', backups: 'none', source: 's' }] },
    openSource: { client: 'no', source: 's' },
    phoneNumber: 'required',
    owners: [{ owner: 'A', from: '2010', source: 's' }],
    platforms: ['android'],
    headquarters: 'US',
    website: 'https://example.org',
    business: { ads: false, source: 's' },
    users: [figure('2026-01')],
  });
  const bare = entry('bare', { users: [figure('2019')], figuresNote: { en: 'x', ru: 'x' } });
  const protocol = entry('protocol', { category: 'open-network', noOwner: { note: { en: 'x', ru: 'x' }, source: 's' } });
  const closed = entry('closed', { discontinued: '2014' });

  it('counts "none" and "n/a" as values and a kind never named as unknown', () => {
    assert.deepEqual(missingFields(full), []);
    const steps = entry('steps', { encryption: { history: [{ from: '2016', oneToOne: 'none', source: 's' }] } });
    assert.deepEqual(missingFields(steps).slice(0, 3), ['groups', 'calls', 'backups']);
  });

  it('asks business tools only of consumer and social apps, and a head office only of what someone owns', () => {
    assert.ok(missingFields(bare).includes('business'));
    assert.ok(missingFields(bare).includes('headquarters'));
    assert.ok(!missingFields(protocol).includes('business'));
    assert.ok(!missingFields(protocol).includes('headquarters'));
    assert.ok(!missingFields(protocol).includes('owners'), 'noOwner answers the owner field');
  });

  it('counts running entries only, each field over the entries it applies to', () => {
    const result = coverage([full, bare, protocol, closed], '2026-12-06');
    assert.equal(result.running, 3);
    const row = (field: string) => result.rows.find((r) => r.field === field);
    assert.deepEqual(row('oneToOne'), { field: 'oneToOne', of: 3, unknown: 2, unknownIds: ['bare', 'protocol'] });
    assert.deepEqual(row('business'), { field: 'business', of: 2, unknown: 1, unknownIds: ['bare'] });
    assert.deepEqual(row('headquarters'), { field: 'headquarters', of: 2, unknown: 1, unknownIds: ['bare'] });
    assert.deepEqual(row('owners'), { field: 'owners', of: 3, unknown: 1, unknownIds: ['bare'] });
    assert.equal(missingFields(closed).length, 0, 'a discontinued entry is not asked for anything');
  });

  it('calls an entry stale without a figure from the last 24 months, and counts those that say why', () => {
    const result = coverage([full, bare, protocol, closed], '2026-12-06');
    assert.equal(result.stale, 2);
    assert.equal(result.staleExplained, 1);
  });

  it('counts the plain facts the entries give, and those with a footnote: under factSources, or the launch event of that date', () => {
    const launch = { date: '2011-03', kind: 'launch' as const, title: { en: 'x', ru: 'x' }, source: 'e' };
    type Facts = Parameters<typeof plainFactFootnotes>[0][number];
    const facts: Facts[] = [
      { events: [launch], launched: '2011-03', website: 'https://a.example', platforms: ['android', 'ios'], factSources: { website: 'w' } },
      // A launch event of another date backs nothing; an empty platform list is no fact.
      { events: [launch], launched: '2012', origin: 'US', platforms: [] },
    ];
    assert.deepEqual(plainFactFootnotes(facts), { given: 5, footnoted: 2 });
    assert.deepEqual(plainFactFootnotes([]), { given: 0, footnoted: 0 });
  });
});
