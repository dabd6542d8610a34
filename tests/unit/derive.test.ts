import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryRowPath, eventAnchors, figureAnchors, sourceNumbers } from '../../src/lib/anchors.ts';
import { buildDate } from '../../src/lib/build-date.ts';
import {
  byLaunch,
  factSourceIds,
  ownerSourceIds,
  sharedBusinessSource,
  headlineFigure,
  isStale,
  latestFigure,
  latestFigures,
  lifespan,
  limitedIn,
  statusInRussia,
} from '../../src/lib/derive.ts';
import { formatCompact, formatNumber, regionName } from '../../src/lib/format.ts';
import type { AtlasEvent } from '../../src/schemas/event.ts';
import type { UserCount } from '../../src/schemas/user-count.ts';

const point = (date: string, value: number, metric: UserCount['metric'] = 'mau', scope = 'world'): UserCount => ({
  date,
  value,
  metric,
  scope,
  measuredBy: 'company',
  source: 's',
});
const event = (date: string, kind: AtlasEvent['kind'], jurisdiction?: string): AtlasEvent => ({
  date,
  kind,
  ...(jurisdiction ? { jurisdiction } : {}),
  title: { en: 'x', ru: 'x' },
  source: 's',
});

describe('latest figures', () => {
  const users = [point('2020', 400), point('2021-01', 500), point('2019', 900, 'registered'), point('2021-01', 60, 'mau', 'RU'), point('2022', 70, 'dau')];
  it('keeps one latest figure per (metric, scope) pair, never mixing metrics or scopes', () => {
    const latest = latestFigures({ users });
    assert.deepEqual(
      latest.map((p) => [p.metric, p.scope, p.value]),
      [
        ['mau', 'world', 500],
        ['mau', 'RU', 60],
        ['dau', 'world', 70],
        ['registered', 'world', 900],
      ],
    );
    assert.equal(latestFigure({ users }, 'mau', 'RU')?.value, 60);
    assert.equal(latestFigure({ users }, 'mau')?.value, 500);
    assert.equal(latestFigure({ users }, 'users'), undefined);
  });
  it('takes the later of two figures on the same date, and orders partial dates by their start', () => {
    const same = [point('2021', 1), point('2021-06', 2), point('2021-06', 3)];
    assert.equal(latestFigure({ users: same }, 'mau')?.value, 3);
  });
  it('never makes a survey share the headline: a percent is not a count of users', () => {
    const share = { ...point('2025', 40, 'survey-share', 'RU'), measuredBy: 'survey' as const, population: { en: 'Russia', ru: 'Россия' } };
    assert.equal(headlineFigure([point('2020', 5, 'mau', 'RU'), share])?.metric, 'mau');
  });
  it('picks the newest worldwide figure as the headline', () => {
    assert.equal(headlineFigure(users)?.value, 70);
    assert.equal(headlineFigure([point('2020', 1, 'registered'), point('2020', 2, 'mau')])?.metric, 'mau');
    assert.equal(headlineFigure([point('2024', 5, 'mau', 'RU')])?.scope, 'RU');
    assert.equal(headlineFigure([]), undefined);
  });
});

describe('isStale', () => {
  it('is stale when no figure is newer than 24 months', () => {
    assert.equal(isStale({ users: [point('2024-11-25', 1)] }, '2026-11-25'), false);
    assert.equal(isStale({ users: [point('2024-10', 1)] }, '2026-11-25'), true);
    assert.equal(isStale({ users: [] }, '2026-11-25'), true);
  });
  it('never marks a discontinued service stale', () => {
    assert.equal(isStale({ users: [point('2001', 1)], discontinued: '2017' }, '2026-11-25'), false);
  });
});

describe('statusInRussia', () => {
  it('follows the latest block, unblock or restriction in RU', () => {
    assert.equal(statusInRussia({ events: [] }), 'available');
    assert.equal(statusInRussia({ events: [event('2018-04-16', 'block', 'RU'), event('2020-06-18', 'unblock', 'RU')] }), 'available');
    assert.equal(statusInRussia({ events: [event('2020-06-18', 'unblock', 'RU'), event('2025-08', 'restriction', 'RU')] }), 'restricted');
    assert.equal(statusInRussia({ events: [event('2024-12-13', 'block', 'RU'), event('2025', 'unblock', 'IR')] }), 'blocked');
  });
  it('ignores other jurisdictions and kinds, and has none for a closed service', () => {
    assert.equal(statusInRussia({ events: [event('2021', 'fine', 'RU'), event('2022', 'block', 'CN')] }), 'available');
    assert.equal(statusInRussia({ events: [event('2017', 'block', 'RU')], discontinued: '2019' }), undefined);
  });
});

describe('limitedIn', () => {
  it('lists the countries where the latest status event is a block or a restriction, Russia first', () => {
    const events = [
      event('2022-03', 'block', 'RU'),
      event('2009', 'block', 'CN'),
      event('2018', 'block', 'IR'),
      event('2024', 'unblock', 'IR'),
      event('2025-08', 'restriction', 'AE'),
      event('2023', 'fine', 'TR'),
    ];
    assert.deepEqual(limitedIn({ events }), ['RU', 'AE', 'CN']);
  });
  it('is empty for a service that no longer runs', () => {
    assert.deepEqual(limitedIn({ events: [event('2017', 'block', 'RU')], discontinued: '2019' }), []);
  });
});

describe('lifespan and ordering', () => {
  it('measures launch to shutdown or today', () => {
    assert.deepEqual(lifespan({ launched: '1997-05', discontinued: '2017-12-15' }, '2026-11-25'), { from: '1997-05', to: '2017-12-15', years: 20 });
    assert.equal(lifespan({ launched: '2013-08-14' }, '2026-11-25')?.years, 13);
    assert.equal(lifespan({}, '2026-11-25'), undefined);
  });
  it('orders by launch', () => {
    assert.deepEqual(
      byLaunch([
        { name: 'D', launched: undefined },
        { name: 'B', launched: '2013' },
        { name: 'A', launched: '1996-11' },
        { name: 'C', launched: '1996' },
      ]).map((x) => x.name),
      ['C', 'A', 'B', 'D'],
    );
  });
});

describe('anchors', () => {
  it('numbers sources in list order', () => {
    assert.deepEqual(
      [...sourceNumbers([{ id: 'a' }, { id: 'b' }])],
      [
        ['a', 1],
        ['b', 2],
      ],
    );
  });
  it('makes stable, unique event anchors', () => {
    assert.deepEqual(eventAnchors([event('2018-04-16', 'block', 'RU'), event('2018-04-16', 'block', 'RU'), event('2020', 'unblock')]), [
      'event-2018-04-16-block',
      'event-2018-04-16-block-2',
      'event-2020-unblock',
    ]);
  });

  it('gives each user figure an anchor from its date, metric and scope, the same on every build', () => {
    assert.deepEqual(figureAnchors([point('2018-03', 1, 'mau'), point('2020-05', 2, 'monthly-reach', 'RU'), point('2018-03', 3, 'mau')]), [
      'users-2018-03-mau-world',
      'users-2020-05-monthly-reach-ru',
      'users-2018-03-mau-world-2',
    ]);
  });
  it('gives the path of an entry row, by anchor or by figure', () => {
    assert.equal(entryRowPath('telegram', 'event-2018-04-16-block'), '/messengers/telegram/#event-2018-04-16-block');
    assert.equal(entryRowPath('max', point('2020-05', 2, 'monthly-reach', 'RU')), '/messengers/max/#users-2020-05-monthly-reach-ru');
  });
});

describe('formatting', () => {
  // The shape of the locale's conventions, not one ICU version's exact string: grouping signs and
  // spaces (no-break or narrow no-break) differ between ICU releases.
  it('formats numbers in the page locale', () => {
    assert.match(formatNumber(950000000, 'en'), /^950,000,000$/);
    assert.match(formatNumber(950000000, 'ru'), /^950[\s\u00a0\u202f]000[\s\u00a0\u202f]000$/);
    assert.match(formatCompact(950000000, 'en'), /^950\s?(?:million|M)$/);
    assert.match(formatCompact(1200000000, 'ru'), /^1,2[\s\u00a0\u202f]?млрд/);
    assert.equal(regionName('RU', 'ru'), 'Россия');
  });
});

describe('buildDate', () => {
  it('reads ATLAS_BUILD_DATE, else today, and refuses nonsense', () => {
    assert.equal(buildDate({ ATLAS_BUILD_DATE: '2026-01-02' }), '2026-01-02');
    assert.equal(buildDate({}, new Date('2026-11-25T23:00:00Z')), '2026-11-25');
    assert.throws(() => buildDate({ ATLAS_BUILD_DATE: 'yesterday' }), /not a date/);
  });
});

describe('the sources behind a plain fact', () => {
  const launch = { date: '2013-08-14', kind: 'launch', title: { en: 'Launch', ru: 'Запуск' }, source: 'launch-news' } as const;
  const shutdown = { date: '2020-01', kind: 'shutdown', title: { en: 'Closed', ru: 'Закрыт' }, source: 'closure-news' } as const;
  it('takes the source factSources names, before anything else', () => {
    const entry = { launched: '2013-08-14', events: [launch], factSources: { launched: 'press-kit', website: 'about-page' } };
    assert.deepEqual(factSourceIds(entry, 'launched'), ['press-kit']);
    assert.deepEqual(factSourceIds(entry, 'website'), ['about-page']);
  });
  it('takes every source of a list, in its order', () => {
    const entry = { events: [], factSources: { platforms: ['desktop-help', 'mobile-help', 'web-help'] } };
    assert.deepEqual(factSourceIds(entry, 'platforms'), ['desktop-help', 'mobile-help', 'web-help']);
  });
  it('backs the launch and shutdown dates with the event of that kind on the same date, and nothing else', () => {
    const entry = { launched: '2013-08-14', discontinued: '2020-01', events: [launch, shutdown] };
    assert.deepEqual(factSourceIds(entry, 'launched'), ['launch-news']);
    assert.deepEqual(factSourceIds(entry, 'discontinued'), ['closure-news']);
    assert.deepEqual(factSourceIds({ ...entry, launched: '2013' }, 'launched'), [], 'a launch event of another date does not back the date');
    assert.deepEqual(factSourceIds(entry, 'platforms'), []);
  });
});

describe('the sources of an owner row', () => {
  const launch = { date: '2013-08', kind: 'launch', title: { en: 'Launched', ru: 'Запущен' }, source: 'launch-news' } as const;
  const shutdown = { date: '2020-01', kind: 'shutdown', title: { en: 'Closed', ru: 'Закрыт' }, source: 'closure-news' } as const;
  const entry = { launched: '2013-08', discontinued: '2020-01', events: [launch, shutdown] };
  it("adds the launch or shutdown event's source where the row starts at the launch or ends at the shutdown", () => {
    assert.deepEqual(ownerSourceIds(entry, { owner: 'Founders Ltd', from: '2013-08', to: '2016', source: 'company-profile' }), ['company-profile', 'launch-news']);
    assert.deepEqual(ownerSourceIds(entry, { owner: 'Big Corp', from: '2016', to: '2020-01', source: 'deal-news' }), ['deal-news', 'closure-news']);
  });
  it("keeps the row's own source alone when its dates are not the launch or shutdown, and names a source once", () => {
    assert.deepEqual(ownerSourceIds(entry, { owner: 'Big Corp', from: '2016', source: 'deal-news' }), ['deal-news']);
    assert.deepEqual(ownerSourceIds(entry, { owner: 'Founders Ltd', from: '2013-08', source: 'launch-news' }), ['launch-news']);
    assert.deepEqual(
      ownerSourceIds({ launched: '2013', events: [launch] }, { owner: 'Founders Ltd', from: '2013', source: 'company-profile' }),
      ['company-profile'],
      'no launch event of that date backs it',
    );
  });
});

describe('the shared source of the business features', () => {
  it('backs the features that name no source of their own, and nothing once each names one', () => {
    assert.equal(sharedBusinessSource({ bots: true, ads: true, source: 'docs', sources: { ads: 'press' } }), 'docs');
    assert.equal(sharedBusinessSource({ ads: true, source: 'docs', sources: { ads: 'press' } }), undefined);
    assert.equal(sharedBusinessSource({ bots: true }), undefined);
    assert.equal(sharedBusinessSource(undefined), undefined);
  });
});
