import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeFact, publishersByLetter, sourcesByPublisher } from '../../src/lib/source-index.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { fakeEntry } from './support/fake-entry.ts';
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
});
