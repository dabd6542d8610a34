import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { siteAddress } from '../../src/site.config.ts';
import { absoluteUrl, citableUrl, withBase, withoutBase } from '../../src/lib/site-url.ts';

describe('the site address', () => {
  it('takes the base path from an address with a path', () => {
    assert.deepEqual(siteAddress('https://user.github.io/messenger-atlas/'), { site: 'https://user.github.io/messenger-atlas/', base: '/messenger-atlas/' });
    assert.deepEqual(siteAddress('https://user.github.io/messenger-atlas'), { site: 'https://user.github.io/messenger-atlas/', base: '/messenger-atlas/' });
    assert.deepEqual(siteAddress('https://atlas.example.org'), { site: 'https://atlas.example.org/', base: '/' });
  });

  it('is unknown, not invented, when unset', () => {
    assert.deepEqual(siteAddress(undefined), { site: undefined, base: '/' });
    assert.deepEqual(siteAddress('  '), { site: undefined, base: '/' });
  });

  it('refuses what is not a plain web address, saying what it expected', () => {
    assert.throws(() => siteAddress('atlas.example.org'), /is not an address \(expected https:\/\/host\//);
    assert.throws(() => siteAddress('ftp://example.org/'), /not a plain web address/);
    assert.throws(() => siteAddress('https://example.org/atlas/?x=1'), /without \?query/);
  });
});

describe('addresses under the base', () => {
  it('puts site paths under the base and takes them out again', () => {
    assert.equal(withBase('/data/search-index.json', '/atlas/'), '/atlas/data/search-index.json');
    assert.equal(withBase('/', '/atlas/'), '/atlas/');
    assert.equal(withBase('/ru/', '/'), '/ru/');
    assert.equal(withoutBase('/atlas/ru/messengers/', '/atlas/'), '/ru/messengers/');
    assert.equal(withoutBase('/atlas', '/atlas/'), '/');
    assert.equal(withoutBase('/atlases/', '/atlas/'), '/atlases/');
  });

  it('cites an absolute address when the site is known, and the path when it is not', () => {
    assert.equal(absoluteUrl('/atlas/ru/messengers/icq/', 'https://example.org/atlas/'), 'https://example.org/atlas/ru/messengers/icq/');
    assert.equal(absoluteUrl('/atlas/ru/', undefined), undefined);
    assert.equal(citableUrl('/messengers/icq/#users', undefined), '/messengers/icq/#users');
    assert.equal(citableUrl('/atlas/messengers/icq/#users', 'https://example.org/atlas/'), 'https://example.org/atlas/messengers/icq/#users');
  });
});
