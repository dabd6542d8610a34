import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatApa, formatBibtex, formatGost, formatPlain, type Citable } from '../../src/lib/citation.ts';

// Expected strings written by hand from the style guides, one per kind of source.
const pressArticle: Citable = {
  id: 'techcrunch-2018',
  title: 'Telegram chalks up 200M MAUs for its messaging app',
  publisher: 'TechCrunch',
  authors: ['Natasha Lomas'],
  url: 'https://techcrunch.com/2018/03/23/telegram-chalks-up-200m-maus-for-its-messaging-app/',
  published: '2018-03-23',
  accessed: '2026-11-25',
  language: 'en',
};
const companyBlog: Citable = {
  id: 'tg-700m',
  title: '700 Million Users and Telegram Premium',
  publisher: 'Telegram',
  url: 'https://telegram.org/blog/700-million-and-premium',
  published: '2022-06',
  accessed: '2026-11-25',
  language: 'en',
};
const russianPage: Citable = {
  id: 'rbc-2025',
  title: 'Роскомнадзор начал ограничивать звонки в Telegram и WhatsApp',
  publisher: 'РБК',
  authors: ['Анна Иванова', 'Пётр Сидоров'],
  url: 'https://www.rbc.ru/technology_and_media/13/08/2025/x',
  published: '2025-08-13',
  accessed: '2026-11-20',
  language: 'ru',
};
const undated: Citable = {
  title: 'Signal Protocol',
  publisher: 'Signal',
  url: 'https://signal.org/docs/',
  accessed: '2026-11-25',
  language: 'en',
};

describe('GOST R 7.0.100-2018', () => {
  it('cites a press article with its author', () => {
    assert.equal(
      formatGost(pressArticle),
      'Lomas, N. Telegram chalks up 200M MAUs for its messaging app / N. Lomas // TechCrunch. – 2018. – 23 марта. – URL: https://techcrunch.com/2018/03/23/telegram-chalks-up-200m-maus-for-its-messaging-app/ (дата обращения: 25.11.2026). – Текст : электронный.',
    );
  });
  it('cites a Russian page with two authors', () => {
    assert.equal(
      formatGost(russianPage),
      'Иванова, А. Роскомнадзор начал ограничивать звонки в Telegram и WhatsApp / А. Иванова, П. Сидоров // РБК. – 2025. – 13 августа. – URL: https://www.rbc.ru/technology_and_media/13/08/2025/x (дата обращения: 20.11.2026). – Текст : электронный.',
    );
  });
  it('cites a company post dated to the month, and an undated page', () => {
    assert.equal(
      formatGost(companyBlog),
      '700 Million Users and Telegram Premium // Telegram. – 2022. – URL: https://telegram.org/blog/700-million-and-premium (дата обращения: 25.11.2026). – Текст : электронный.',
    );
    assert.equal(formatGost(undated), 'Signal Protocol // Signal. – URL: https://signal.org/docs/ (дата обращения: 25.11.2026). – Текст : электронный.');
  });
});

describe('APA 7', () => {
  it('cites a press article', () => {
    assert.equal(
      formatApa(pressArticle),
      'Lomas, N. (2018, March 23). Telegram chalks up 200M MAUs for its messaging app. TechCrunch. https://techcrunch.com/2018/03/23/telegram-chalks-up-200m-maus-for-its-messaging-app/',
    );
  });
  it('cites a Russian page with two authors', () => {
    assert.equal(
      formatApa(russianPage),
      'Иванова, А., & Сидоров, П. (2025, August 13). Роскомнадзор начал ограничивать звонки в Telegram и WhatsApp. РБК. https://www.rbc.ru/technology_and_media/13/08/2025/x',
    );
  });
  it('puts the title first when there is no author', () => {
    assert.equal(formatApa(companyBlog), '700 Million Users and Telegram Premium. (2022, June). Telegram. https://telegram.org/blog/700-million-and-premium');
  });
  it('says n.d. and when it was retrieved for an undated page', () => {
    assert.equal(formatApa(undated), 'Signal Protocol. (n.d.). Signal. Retrieved November 25, 2026, from https://signal.org/docs/');
  });
});

describe('BibTeX', () => {
  it('writes an @online entry with urldate', () => {
    assert.equal(
      formatBibtex(pressArticle),
      [
        '@online{techcrunch-2018,',
        '  author = {Lomas, Natasha},',
        '  title = {Telegram chalks up 200M MAUs for its messaging app},',
        '  organization = {TechCrunch},',
        '  date = {2018-03-23},',
        '  url = {https://techcrunch.com/2018/03/23/telegram-chalks-up-200m-maus-for-its-messaging-app/},',
        '  urldate = {2026-11-25},',
        '  langid = {english}',
        '}',
      ].join('\n'),
    );
  });
  it('escapes TeX specials and leaves out what is unknown', () => {
    const entry = formatBibtex({ ...undated, title: 'Q&A: 100% {safe}_now' }, 'q-a');
    assert.match(entry, /title = \{Q\\&A: 100\\% safe\\_now\}/);
    assert.doesNotMatch(entry, /author = |\n {2}date = /);
  });
});

describe('plain text', () => {
  it('reads naturally in each language', () => {
    assert.equal(
      formatPlain(pressArticle, 'en'),
      'Natasha Lomas. Telegram chalks up 200M MAUs for its messaging app — TechCrunch, 23 March 2018. https://techcrunch.com/2018/03/23/telegram-chalks-up-200m-maus-for-its-messaging-app/ (accessed 25 November 2026).',
    );
    assert.equal(
      formatPlain(companyBlog, 'ru'),
      '700 Million Users and Telegram Premium — Telegram, 06.2022. https://telegram.org/blog/700-million-and-premium (дата обращения: 25 ноября 2026).',
    );
  });
});
