import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { editFileUrl, ISSUE_FORMS, issueFormUrl, parseRepository } from '../../src/lib/repository.ts';

const ROOT = join(import.meta.dirname, '../..');
const FORMS = join(ROOT, '.github/ISSUE_TEMPLATE');
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { repository?: unknown };

describe('the repository address', () => {
  it('reads the forms package.json allows, and only GitHub addresses', () => {
    const expected = { url: 'https://github.com/owner-1/messenger-atlas', branch: 'main' };
    assert.deepEqual(parseRepository('github:owner-1/messenger-atlas'), expected);
    assert.deepEqual(parseRepository('owner-1/messenger-atlas'), expected);
    assert.deepEqual(parseRepository({ type: 'git', url: 'git+https://github.com/owner-1/messenger-atlas.git' }), expected);
    assert.deepEqual(parseRepository('https://github.com/owner-1/messenger-atlas/'), expected);
    assert.equal(parseRepository('https://gitlab.com/owner-1/messenger-atlas'), undefined);
    assert.equal(parseRepository(undefined), undefined);
    assert.equal(parseRepository({ type: 'git' }), undefined);
  });

  it('falls back to the GitHub Actions repository, and is otherwise unset (no links)', () => {
    assert.deepEqual(parseRepository(undefined, 'owner-1/atlas'), { url: 'https://github.com/owner-1/atlas', branch: 'main' });
    assert.deepEqual(parseRepository('github:a/b', 'owner-1/atlas')?.url, 'https://github.com/a/b');
    assert.equal(parseRepository(undefined, ''), undefined);
  });

  it('builds the web editor and pre-filled issue form addresses', () => {
    const repository = { url: 'https://github.com/o/r', branch: 'main' };
    assert.equal(editFileUrl(repository, 'content/messengers/icq.mdx'), 'https://github.com/o/r/edit/main/content/messengers/icq.mdx');
    const url = new URL(issueFormUrl(repository, ISSUE_FORMS.correct.ru, { title: 'Исправление: ICQ', page: '/ru/messengers/icq/' }));
    assert.equal(url.pathname, '/o/r/issues/new');
    assert.equal(url.searchParams.get('template'), 'correct-a-fact-ru.yml');
    assert.equal(url.searchParams.get('title'), 'Исправление: ICQ');
    assert.equal(url.searchParams.get('page'), '/ru/messengers/icq/');
  });
});

describe('the issue forms', () => {
  const read = (name: string) => parse(readFileSync(join(FORMS, name), 'utf8')) as { body: { id?: string; type: string; validations?: { required?: boolean } }[] };

  it('exist in both languages with the field ids the site pre-fills', () => {
    for (const names of Object.values(ISSUE_FORMS)) {
      const [en, ru] = [read(names.en), read(names.ru)];
      const ids = (form: typeof en) => form.body.flatMap((field) => (field.id ? [field.id] : []));
      assert.deepEqual(ids(ru), ids(en), `${names.ru} has the fields of ${names.en}`);
    }
    const correct = read(ISSUE_FORMS.correct.en).body;
    assert.ok(
      correct.some((field) => field.id === 'page'),
      'the page field the links fill in',
    );
    assert.equal(correct.find((field) => field.id === 'source')?.validations?.required, true, 'a correction needs a source');
    assert.equal(read(ISSUE_FORMS.add.en).body.find((field) => field.id === 'sources')?.validations?.required, true);
  });

  it('has no form the site does not know of', () => {
    const known = Object.values(ISSUE_FORMS).flatMap((names) => [names.en, names.ru]);
    assert.deepEqual(
      readdirSync(FORMS)
        .filter((name) => name !== 'config.yml')
        .sort(),
      known.sort(),
    );
  });

  it('points the chooser to CONTRIBUTING at the address package.json gives, or waits for one', () => {
    const config = parse(readFileSync(join(FORMS, 'config.yml'), 'utf8')) as { contact_links?: { url: string }[] };
    const repository = parseRepository(packageJson.repository);
    if (repository) {
      assert.deepEqual(
        config.contact_links?.map((link) => link.url),
        [`${repository.url}/blob/${repository.branch}/CONTRIBUTING.md`, `${repository.url}/blob/${repository.branch}/CONTRIBUTING.ru.md`],
        "config.yml: contact links to CONTRIBUTING.md and CONTRIBUTING.ru.md at package.json's repository",
      );
    } else {
      assert.equal(config.contact_links, undefined, 'no repository in package.json, so no absolute address to link to');
    }
  });
});
