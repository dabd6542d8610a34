import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeFact, letterAnchor, proseCiteIds, publishersByLetter, sourcePages, sourcesByPublisher } from '../../src/lib/source-index.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { FAKE_SOURCE, fakeEntry } from './support/fake-entry.ts';
import { sourceIds } from '../../src/lib/sources.ts';
import { searchKey } from '../../src/lib/transliterate.ts';
import { PERCENT_METRICS } from '../../src/lib/vocabulary.ts';

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

describe('the sources pages: one per Latin letter, one for Cyrillic, one for the rest', () => {
  it('puts every publisher on exactly one page, with its letters, label and counts', () => {
    const source = (n: number) => ({ source: { id: `s${n}`, title: `t${n}`, publisher: '', url: `https://example.org/${n}`, accessed: '2026-01-01', language: 'en' }, facts: [] });
    const groups = [
      ['3DNews', [source(1)]],
      ['Reuters', [source(2), source(3)]],
      ['TASS', [source(4)]],
      ['Ёж', [source(5)]],
      ['РБК', [source(6), source(7)]],
      ['ТАСС', [source(8)]],
    ] as [string, ReturnType<typeof source>[]][];
    const letters = publishersByLetter(groups, searchKey);
    const pages = sourcePages(letters);
    assert.deepEqual(
      pages.map((page) => [page.slug, page.label, page.letters.map((l) => l.letter).join(''), page.publisherCount, page.sourceCount]),
      [
        ['r', 'R', 'R', 1, 2],
        ['t', 'T', 'T', 1, 1],
        ['cyrillic', 'Е–Т', 'ЕРТ', 3, 4],
        ['other', '#', '#', 1, 1],
      ],
    );
    const names = pages.flatMap((page) => page.letters.flatMap((l) => l.publishers.map((p) => p.name)));
    assert.deepEqual(names.toSorted(), groups.map(([name]) => name).toSorted(), 'every publisher once');
    assert.equal(
      pages.reduce((sum, page) => sum + page.sourceCount, 0),
      8,
    );
    assert.deepEqual(['T', 'Р', '#'].map(letterAnchor), ['letter-T', 'letter-Р', 'letter-other']);
  });
});

describe('the sources index: which facts cite a source', () => {
  it('lists every kind of cited fact, the reason for inclusion and the networks of a client too', () => {
    // The shared business source is listed only while some feature rests on it.
    const m = fakeEntry('x', {
      category: 'client',
      clientOf: { networks: ['icq'], source: 's' },
      inclusion: { criterion: 'history', note: { en: 'First.', ru: 'Первый.' }, source: 's' },
      noOwner: { note: { en: 'Nobody.', ru: 'Никто.' }, source: 's' },
      phoneNumber: 'no',
      website: 'https://example.org',
      factSources: { website: 's', phoneNumber: 's' },
      business: { bots: true, payments: true, source: 's', sources: { payments: 's' } },
    });
    const indexed = sourcesByPublisher([m])[0]?.[1][0];
    assert.ok(indexed, 'the source is indexed');
    assert.deepEqual(
      indexed.facts.map((fact) => `${fact.kind}@${fact.anchor}`),
      ['business@business', 'business@business', 'noOwner@owners', 'clientOf@facts', 'inclusion@facts', 'fact@facts', 'fact@facts'],
    );
    const t = useTranslations('ru');
    assert.deepEqual(
      indexed.facts.map((fact) => describeFact(fact, 'ru', t)),
      ['Для бизнеса', 'Для бизнеса', 'Владелец — нет: открытый протокол', 'Подключается к', 'Почему в атласе', 'Сайт', 'Номер телефона для регистрации'],
    );
  });
  it('lists a plain fact under each of the sources it names', () => {
    const other = { ...FAKE_SOURCE, id: 't', url: 'https://example.org/other', title: 'Other page' };
    const m = fakeEntry('x', { platforms: ['android', 'web'], factSources: { platforms: ['s', 't'] }, sources: [FAKE_SOURCE, other] });
    const indexed = sourcesByPublisher([m]).flatMap(([, list]) => list);
    assert.deepEqual(indexed.map((item) => `${item.source.id}: ${item.facts.map((fact) => `${fact.kind}@${fact.anchor}`).join(', ')}`).sort(), ['s: fact@facts', 't: fact@facts']);
  });
  it('lists the open-source values under each of their sources, and an encryption step under each of its', () => {
    const core = { ...FAKE_SOURCE, id: 't', url: 'https://example.org/core', title: 'Core licence' };
    const m = fakeEntry('x', {
      openSource: { client: 'yes', licence: 'GPL-3.0-or-later AND MPL-2.0', source: ['s', 't'] },
      encryption: { history: [{ from: '2020', oneToOne: 'default', source: ['t', 's'] }] },
      sources: [FAKE_SOURCE, core],
    });
    assert.deepEqual(sourceIds(m.openSource?.source), ['s', 't']);
    assert.deepEqual(sourceIds(fakeEntry('y').openSource?.source), []);
    const indexed = sourcesByPublisher([m]).flatMap(([, list]) => list);
    assert.deepEqual(indexed.map((item) => `${item.source.id}: ${item.facts.map((fact) => `${fact.kind}@${fact.anchor}`).join(', ')}`).sort(), [
      's: encryption@encryption, openSource@facts',
      't: encryption@encryption, openSource@facts',
    ]);
  });
  it('lists the source of a figure’s note beside the figure’s own, and the source of the note on the figures, each in words', () => {
    const survey = { ...FAKE_SOURCE, id: 't', url: 'https://example.org/survey', title: 'Survey report' };
    const count = { ...FAKE_SOURCE, id: 'u', url: 'https://example.org/count', title: 'Server count' };
    const m = fakeEntry('x', {
      users: [
        {
          date: '2024-12',
          value: 35000000,
          metric: 'mau',
          scope: 'world',
          measuredBy: 'company',
          source: 's',
          note: { en: 'Fieldwork as t reports it.', ru: 'Период опроса — по t.', sources: 't' },
        },
      ],
      figuresNote: { en: 'One server counts 370,000.', ru: 'Один сервер — 370 000.', sources: ['u'] },
      sources: [FAKE_SOURCE, survey, count],
    });
    const indexed = sourcesByPublisher([m]).flatMap(([, list]) => list);
    assert.deepEqual(indexed.map((item) => `${item.source.id}: ${item.facts.map((fact) => `${fact.kind}@${fact.anchor}`).join(', ')}`).sort(), [
      's: users@users-2024-12-mau-world',
      't: note@users-2024-12-mau-world',
      'u: figuresNote@users',
    ]);
    const facts = (id: string) => indexed.find((item) => item.source.id === id)!.facts[0]!;
    assert.equal(describeFact(facts('t'), 'en', useTranslations('en')), 'the note on a figure: December 2024: 35,000,000 monthly active users');
    assert.equal(describeFact(facts('u'), 'ru', useTranslations('ru')), 'примечание к данным об аудитории');
  });
  it('words a percent figure as a sentence reads it, with one percent sign, in both languages', () => {
    const share = { kind: 'users' as const, value: 46.7, metric: 'survey-share' as const, anchor: 'users', date: '2024-12', messengerId: 'x', messengerName: 'X' };
    assert.equal(describeFact(share, 'en', useTranslations('en')), 'December 2024: 46.7% of people surveyed use it');
    assert.match(describeFact(share, 'ru', useTranslations('ru')), /^декабрь 2024\sг\.: 46,7\s?% опрошенных пользуются им$/i);
    for (const metric of PERCENT_METRICS) {
      for (const locale of ['en', 'ru'] as const) {
        const words = describeFact({ ...share, metric }, locale, useTranslations(locale));
        assert.equal(words.split('%').length - 1, 1, `${locale} ${metric}: ${words}`);
      }
    }
  });
  it('lists a source the prose cites, once per entry, pointing at the entry’s text; a source nothing cites stays out', () => {
    const cited = { ...FAKE_SOURCE, id: 't', url: 'https://example.org/cited', title: 'Cited page' };
    const idle = { ...FAKE_SOURCE, id: 'u', url: 'https://example.org/idle', title: 'Idle page' };
    const m = fakeEntry('x', { platforms: ['android'], factSources: { platforms: 's' }, sources: [FAKE_SOURCE, cited, idle] });
    const english = 'One sentence.<Cite id="t" /> Another.<Cite id="s" />';
    const russian = 'Одна фраза.<Cite id="t" />';
    const ids = proseCiteIds(english, russian, undefined);
    assert.deepEqual(ids, ['t', 's', 't'], 'both texts, in reading order; a missing Russian text is skipped');
    const indexed = sourcesByPublisher([m], new Map([['x', ids]])).flatMap(([, list]) => list);
    assert.deepEqual(indexed.map((item) => `${item.source.id}: ${item.facts.map((fact) => `${fact.kind}@${fact.anchor}`).join(', ')}`).sort(), [
      's: fact@facts, prose@about',
      't: prose@about',
    ]);
    const prose = indexed.find((item) => item.source.id === 't')!.facts[0]!;
    assert.equal(describeFact(prose, 'en', useTranslations('en')), 'a statement in the entry’s text');
    assert.equal(describeFact(prose, 'ru', useTranslations('ru')), 'утверждение в тексте статьи');
    assert.deepEqual(proseCiteIds('No footnotes, only **Markdown**.'), []);
  });
});
