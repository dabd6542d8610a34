// Russian typesetting: one period after «г.», «2009 г.» with a no-break space, dates in the case
// the sentence needs, and ё written wherever it is pronounced in the interface.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../../src/i18n/en.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { ru } from '../../src/i18n/ru.ts';
import { endSentence, latinNameLang } from '../../src/lib/format.ts';
import { formatPartialDate } from '../../src/lib/partial-date.ts';

const NBSP = '\u00a0';

describe('Russian dates', () => {
  it('end every precision in «г.», bound to the year by a no-break space', () => {
    assert.equal(formatPartialDate('2009', 'ru'), `2009${NBSP}г.`);
    assert.equal(formatPartialDate('2009-09', 'ru'), `сентябрь 2009${NBSP}г.`);
    assert.equal(formatPartialDate('2009-09-01', 'ru'), `1 сентября 2009${NBSP}г.`);
  });

  it('take the case the sentence needs: «с сентября», «в сентябре», «в 2009 г.»', () => {
    assert.equal(formatPartialDate('2009-09', 'ru', 'genitive'), `сентября 2009${NBSP}г.`);
    assert.equal(formatPartialDate('2009-05', 'ru', 'in'), `в мае 2009${NBSP}г.`);
    assert.equal(formatPartialDate('2009', 'ru', 'in'), `в 2009${NBSP}г.`);
    assert.equal(formatPartialDate('2009', 'ru', 'genitive'), `2009${NBSP}г.`);
    assert.equal(formatPartialDate('2009-09-01', 'ru', 'in'), `1 сентября 2009${NBSP}г.`);
    assert.equal(formatPartialDate('2009-09', 'en', 'in'), formatPartialDate('2009-09', 'en'));
  });
});

describe('one period at the end of a sentence', () => {
  it('a date ending in «г.» takes the place of the template’s period', () => {
    const t = useTranslations('ru');
    const built = t('footer.built', { date: formatPartialDate('2026-12-06', 'ru') });
    assert.ok(built.endsWith(`2026${NBSP}г.`), built);
    assert.doesNotMatch(built, /г\.\./);
    assert.equal(useTranslations('en')('footer.built', { date: '6 December 2026' }), 'Built on 6 December 2026.');
  });

  it('holds for every template with a placeholder before a period, in both languages', () => {
    for (const [locale, dictionary] of [
      ['ru', ru],
      ['en', en],
    ] as const) {
      const t = useTranslations(locale);
      for (const [key, template] of Object.entries(dictionary) as [keyof typeof en, string][]) {
        const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
        if (!names.length) continue;
        const text = t(key, Object.fromEntries(names.map((name) => [name, 'Inc.'])));
        assert.doesNotMatch(text, /\.\./, `${locale} ${key}: ${text}`);
      }
    }
    assert.equal(endSentence(`дата обращения: 6 декабря 2026${NBSP}г.`), `дата обращения: 6 декабря 2026${NBSP}г.`);
    assert.equal(endSentence('accessed 6 December 2026'), 'accessed 6 December 2026.');
  });
});

describe('ё in the interface', () => {
  // Words that are only ever spelled with ё when pronounced so; «все/всё» and «чем/чём» are left
  // alone, as both are words. Source titles are quoted as published and are not checked.
  const E_SPELLINGS =
    /(?<![а-яё])(еще|ее|трех|четырех|ведет|задает|идет|дает|учтен[а-я]*|подтвержденн[а-я]*|включен|внес|внесен|вошел|перешел|темн[а-я]*|черн[а-я]*|отчет[а-я]*)(?![а-яё])/i;
  it('is written wherever it is pronounced', () => {
    const wrong = Object.entries(ru)
      .filter(([, text]) => E_SPELLINGS.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    assert.deepEqual(wrong, []);
  });
});

describe('Latin names on Russian pages', () => {
  it('are marked English only where the page is Russian and the text has no Cyrillic', () => {
    assert.equal(latinNameLang('Meta Platforms (Facebook, Inc. until 2021)', 'ru'), 'en');
    assert.equal(latinNameLang('VK (ООО «Коммуникационная платформа»)', 'ru'), undefined);
    assert.equal(latinNameLang('Meta Platforms', 'en'), undefined);
    assert.equal(latinNameLang('100%', 'ru'), undefined);
  });
});
