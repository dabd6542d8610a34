import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../../src/i18n/en.ts';
import { localeOfPath, localePath, switchLocalePath, useTranslations } from '../../src/i18n/index.ts';
import { ru } from '../../src/i18n/ru.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys in English and Russian', () => {
    assert.deepEqual(Object.keys(ru).sort(), Object.keys(en).sort());
  });
  it('have no empty string and the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      assert.ok(en[key].trim() && ru[key].trim(), `${key} is empty`);
      assert.deepEqual(placeholders(ru[key]), placeholders(en[key]), key);
    }
  });
  it('are actually translated (Russian strings are not English copies)', () => {
    // Product and format names are written the same way in Russian.
    const brandNames = new Set(['cite.bibtex', 'platform.android', 'platform.ios', 'platform.windows', 'platform.macos', 'platform.linux']);
    const same = (Object.keys(en) as (keyof typeof en)[]).filter((key) => en[key] === ru[key] && /[a-z]{4}/i.test(en[key]) && !brandNames.has(key));
    assert.deepEqual(same, []);
  });
});

describe('t()', () => {
  it('fills placeholders', () => {
    assert.equal(useTranslations('en')('entry.sourceRef', { n: 3 }), 'Source 3');
    assert.equal(useTranslations('ru')('entry.sourceRef', { n: 3 }), 'Источник 3');
  });
});

describe('locale paths', () => {
  it('maps a page to its twin in the other language', () => {
    assert.equal(switchLocalePath('/messengers/telegram/', 'ru'), '/ru/messengers/telegram/');
    assert.equal(switchLocalePath('/ru/messengers/telegram/', 'en'), '/messengers/telegram/');
    assert.equal(switchLocalePath('/ru/', 'en'), '/');
    assert.equal(switchLocalePath('/', 'ru'), '/ru/');
    assert.equal(localePath('ru', '/about/'), '/ru/about/');
    assert.equal(localeOfPath('/russia-guide/'), 'en');
    assert.equal(localeOfPath('/ru/about/'), 'ru');
  });

  it('keeps every path under the base path of a project page', () => {
    const base = '/atlas/';
    assert.equal(localePath('en', '/', base), '/atlas/');
    assert.equal(localePath('ru', '/about/', base), '/atlas/ru/about/');
    assert.equal(switchLocalePath('/atlas/messengers/telegram/', 'ru', base), '/atlas/ru/messengers/telegram/');
    assert.equal(switchLocalePath('/atlas/ru/', 'en', base), '/atlas/');
    assert.equal(localeOfPath('/atlas/ru/about/', base), 'ru');
    // A base that happens to be named like a locale is not one.
    assert.equal(localeOfPath('/ru/', '/ru/'), 'en');
  });
});
