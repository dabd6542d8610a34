import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { audienceFigure, firstAuthorityAct, inclusionReasons, isAuthorityAct } from '../../src/lib/inclusion.ts';
import { checkAuthorityJurisdiction, checkInclusion, INCLUSION_PENDING } from '../../src/lib/check/rules/consistency.ts';
import type { AtlasEvent } from '../../src/schemas/event.ts';
import type { UserCount } from '../../src/schemas/user-count.ts';
import { fakeEntry } from './support/fake-entry.ts';

const figure = (value: number, metric: UserCount['metric'] = 'users', date = '2020'): UserCount =>
  ({ date, value, metric, scope: 'world', measuredBy: 'company', source: 's' }) as UserCount;
const event = (kind: AtlasEvent['kind'], date: string, jurisdiction?: string): AtlasEvent =>
  ({ date, kind, ...(jurisdiction ? { jurisdiction } : {}), title: { en: kind, ru: kind }, source: 's' }) as AtlasEvent;
const NOTE = { en: 'It introduced OMEMO.', ru: 'В нём появился OMEMO.' };

describe('inclusion: what shows that an entry belongs in the atlas', () => {
  it('counts the largest figure of 100,000 or more as audience, never a percentage', () => {
    assert.equal(audienceFigure([figure(99_999), figure(30, 'survey-share')]), undefined);
    assert.equal(audienceFigure([figure(100_000), figure(5_000_000, 'registered'), figure(2_000_000)])?.value, 5_000_000);
  });
  it('counts an authority’s act: a block, register entry or law, or any event naming the jurisdiction that acted', () => {
    assert.ok(isAuthorityAct(event('block', '2018')));
    assert.ok(isAuthorityAct(event('policy-change', '2022', 'RU')));
    assert.ok(!isAuthorityAct(event('policy-change', '2022')));
    assert.ok(!isAuthorityAct(event('acquisition', '2014')));
    assert.equal(firstAuthorityAct([event('launch', '2010'), event('fine', '2019'), event('registry', '2017', 'RU')])?.date, '2017');
  });
  it('lists the criteria in the order of /about/, with what shows each', () => {
    const m = fakeEntry('x', { users: [figure(1_000_000)], events: [event('block', '2017', 'CN')], inclusion: { criterion: 'technology', note: NOTE, source: 's' } });
    assert.deepEqual(
      inclusionReasons(m).map((reason) => reason.criterion),
      ['audience', 'regulation', 'technology'],
    );
    assert.deepEqual(inclusionReasons(fakeEntry('y', { users: [figure(50_000)] })), []);
  });
});

describe('content check: an entry meets a criterion for inclusion', () => {
  const raw = (fields: Record<string, unknown>) => ({ id: 'x', users: [], events: [], ...fields });
  it('names an entry that meets none, on its id line, saying what to add', () => {
    const findings = checkInclusion(raw({ users: [{ value: 20_000, metric: 'users' }], events: [{ kind: 'launch', date: '2011' }] }));
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.severity, 'error');
    const [exempt] = Object.keys(INCLUSION_PENDING);
    assert.ok(exempt, 'the list of entries from before the rule is not empty');
    assert.equal(checkInclusion(raw({ id: exempt }))[0]?.severity, 'warning', 'an entry from before the rule is only warned');
    assert.deepEqual(findings[0]!.path, ['id']);
    assert.match(findings[0]!.message, /meets none of the criteria for inclusion.*inclusion: with criterion: history or technology/);
  });
  it('is satisfied by a figure of 100,000, an authority’s act, or a stated inclusion', () => {
    assert.deepEqual(checkInclusion(raw({ users: [{ value: 100_000, metric: 'mau' }] })), []);
    assert.deepEqual(checkInclusion(raw({ events: [{ kind: 'policy-change', date: '2022', jurisdiction: 'RU' }] })), []);
    assert.deepEqual(checkInclusion(raw({ inclusion: { criterion: 'history', note: NOTE, source: 's' } })), []);
  });
  it('does not count a survey share of 100,000 or more as an audience', () => {
    assert.equal(checkInclusion(raw({ users: [{ value: 150_000, metric: 'survey-share' }] })).length, 1);
  });
});

describe('content check: an authority’s act names the authority', () => {
  it('refuses a block, restriction or register entry without a jurisdiction, on its kind line', () => {
    const findings = checkAuthorityJurisdiction({
      events: [
        { kind: 'launch', date: '2010' },
        { kind: 'restriction', date: '2019-12' },
        { kind: 'block', date: '2018', jurisdiction: 'RU' },
      ],
    });
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]!.path, ['events', 1, 'kind']);
    assert.match(findings[0]!.message, /is restriction, an act of an authority, but the event has no jurisdiction .*policy-change/);
  });
});
