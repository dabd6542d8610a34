import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkContent, type ContentFile } from '../../src/lib/check/check-content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { countWords } from '../../src/lib/check/prose.ts';
import { describeYamlError } from '../../src/lib/check/yaml-errors.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const TODAY = '2026-11-25';
const read = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const mdxIn = (dir: string) =>
  readdirSync(join(FIXTURES, dir))
    .filter((name) => name.endsWith('.mdx'))
    .sort();

/** The good fixtures, placed where they would sit in a real project. */
function goodFiles(): ContentFile[] {
  return [
    ...mdxIn('good').map((name) => ({ path: `content/messengers/${name}`, text: read(`good/${name}`) })),
    ...mdxIn('good/ru').map((name) => ({ path: `content/messengers/ru/${name}`, text: read(`good/ru/${name}`) })),
  ];
}
const GOOD_ENTRY = 'content/messengers/good-messenger.mdx';
/** The good entry with one more source, `spare`, that nothing cites yet. */
const withSpareSource = () =>
  read('good/good-messenger.mdx').replace(
    'sources:\n',
    'sources:\n  - id: spare\n    title: Unused\n    publisher: Nobody\n    url: https://example.net/\n    accessed: "2026-11-01"\n    language: en\n',
  );
/** The check over the good fixtures, with the good entry's text replaced by `text`. */
const checkGoodEntry = (text: string) => checkContent([...goodFiles().filter((f) => f.path !== GOOD_ENTRY), { path: GOOD_ENTRY, text }], { today: TODAY });
const expectedField = (text: string) => /^# expect: (.+)$/m.exec(text)?.[1];
/** The prose of a good fixture: long enough for the prose-length rule. */
const goodProse = (language: 'en' | 'ru') => read(language === 'en' ? 'good/good-messenger.mdx' : 'good/ru/good-messenger.mdx').split(/^---$/m)[2]!;
/**
 * A bad fixture with enough prose appended, so that it shows only its own fault. The bad
 * fixtures keep the short prose they were written with; those about prose length stay as they are.
 */
const withProse = (text: string, language: 'en' | 'ru' = 'en') => (expectedField(text) === 'prose' ? text : `${text}\n${goodProse(language)}`);
const ruStub = (id: string): ContentFile => ({ path: `content/messengers/ru/${id}.mdx`, text: `---\nsummary: Заглушка.\n---\n${goodProse('ru')}` });

describe('content check: good fixtures', () => {
  it('accepts the good fixtures with no problem at all', () => {
    assert.deepEqual(checkContent(goodFiles(), { today: TODAY }).map(formatProblem), []);
  });
});

describe('content check: each bad entry is rejected, naming its file and field', () => {
  const entryCases = mdxIn('bad');
  const ruCases = mdxIn('bad/ru');
  it('has at least 25 bad fixtures', () => assert.ok(entryCases.length + ruCases.length >= 25, `${entryCases.length + ruCases.length} fixtures`));

  for (const name of entryCases) {
    it(name, () => {
      const text = withProse(read(`bad/${name}`));
      const field = expectedField(text);
      assert.ok(field, `${name} declares no "# expect: field" line`);
      const path = `content/messengers/${name}`;
      const problems = checkContent([...goodFiles(), { path, text }, ruStub(name.replace('.mdx', ''))], { today: TODAY });
      const errors = problems.filter((p) => p.severity === 'error');
      const mine = errors.filter((p) => p.path === path);
      assert.ok(mine.length > 0, `${name} was accepted`);
      assert.deepEqual([...new Set(mine.map((p) => p.field))], [field], mine.map(formatProblem).join('\n'));
      assert.ok(
        mine.every((p) => p.line >= 1),
        'every problem has a line',
      );
      assert.deepEqual(errors.filter((p) => p.path !== path).map(formatProblem), [], 'no other file is blamed');
    });
  }

  for (const name of ruCases) {
    it(`ru/${name}`, () => {
      const text = withProse(read(`bad/ru/${name}`), 'ru');
      const field = expectedField(text);
      const id = name.replace('.mdx', '');
      const path = `content/messengers/ru/${name}`;
      const entry = /^# with-entry: true$/m.test(text)
        ? [
            {
              path: `content/messengers/${name}`,
              text: read('good/good-messenger.mdx')
                .replace('id: good-messenger', `id: ${id}`)
                .replace(/aliases: .*/, 'aliases: []'),
            },
          ]
        : [];
      const errors = checkContent([...goodFiles(), ...entry, { path, text }], { today: TODAY }).filter((p) => p.severity === 'error');
      assert.deepEqual(
        errors.map((p) => `${p.path} ${p.field}`),
        [`${path} ${field}`],
        errors.map(formatProblem).join('\n'),
      );
    });
  }
});

describe('content check: footnotes in entry prose', () => {
  const EN = 'content/messengers/good-messenger.mdx';
  const RU = 'content/messengers/ru/good-messenger.mdx';
  const SPARE = 'sources:\n  - id: spare\n    title: Unused\n    publisher: Nobody\n    url: https://example.net/\n    accessed: "2026-11-01"\n    language: en\n';
  const EN_SENTENCE = 'none of its figures may ever be quoted.';
  const RU_SENTENCE = 'цифры\nотсюда нельзя цитировать нигде.';
  /** The good fixtures with the entry's and the Russian text's prose edited. */
  const run = (edit: { en?: (text: string) => string; ru?: (text: string) => string }) => {
    const files = goodFiles().map((file) => {
      const change = file.path === EN ? edit.en : file.path === RU ? edit.ru : undefined;
      return change ? { ...file, text: change(file.text) } : file;
    });
    return checkContent(files, { today: TODAY });
  };
  const cite = (sentence: string, id: string) => (text: string) => {
    assert.equal(text.split(sentence).length, 2, `the fixture has "${sentence}" once`);
    return text.replace(sentence, `${sentence}<Cite id="${id}" />`);
  };
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

  it('accepts a footnote to one of the entry’s sources, in both languages', () => {
    assert.deepEqual(run({ en: cite(EN_SENTENCE, 'press'), ru: cite(RU_SENTENCE, 'press') }).map(formatProblem), []);
  });

  it('counts a footnote in the prose as citing the source: the note on an uncited source goes away', () => {
    const withSpare = (text: string) => text.replace('sources:\n', SPARE);
    assert.deepEqual(
      run({ en: withSpare }).map((p) => `${p.severity} ${p.field}`),
      ['warning sources[0].id'],
    );
    assert.deepEqual(run({ en: (text) => cite(EN_SENTENCE, 'spare')(withSpare(text)), ru: cite(RU_SENTENCE, 'spare') }).map(formatProblem), []);
  });

  it('refuses a footnote to a source the entry does not list, on its line, in either language, and suggests the likely id', () => {
    const problems = run({ en: cite(EN_SENTENCE, 'pres'), ru: cite(RU_SENTENCE, 'nowhere') }).filter((p) => p.severity === 'error');
    const en = cite(EN_SENTENCE, 'pres')(read('good/good-messenger.mdx'));
    const ru = cite(RU_SENTENCE, 'nowhere')(read('good/ru/good-messenger.mdx'));
    assert.deepEqual(problems.map(formatProblem), [
      `${EN}:${lineOf(en, '<Cite')}: body: <Cite id="pres" /> names no source of this entry (did you mean "press"?)`,
      `${RU}:${lineOf(ru, '<Cite')}: body: <Cite id="nowhere" /> names no source of this entry (expected the id of one of the entry's sources, in ${EN})`,
    ]);
  });

  it('warns, on the Russian text, when only one language cites a source', () => {
    const enOnly = run({ en: cite(EN_SENTENCE, 'press') });
    assert.deepEqual(
      enOnly.map((p) => `${p.severity} ${p.path} ${p.field}`),
      [`warning ${RU} body`],
    );
    assert.match(enOnly[0]!.message, /^the English prose cites "press" \(content\/messengers\/good-messenger\.mdx:\d+\) and this text does not \(expected <Cite id="press" \/>/);
    const ruOnly = run({ ru: cite(RU_SENTENCE, 'press') });
    const ru = cite(RU_SENTENCE, 'press')(read('good/ru/good-messenger.mdx'));
    assert.deepEqual(ruOnly.map(formatProblem), [
      `${RU}:${lineOf(ru, '<Cite')}: body: warning: <Cite id="press" /> is not in the English prose (expected the same footnote after the matching sentence of ${EN})`,
    ]);
  });

  it('refuses a footnote without an id, and every other component, in entry prose', () => {
    const noId = run({ en: (text) => text.replace(EN_SENTENCE, `${EN_SENTENCE}<Cite />`) }).filter((p) => p.severity === 'error');
    assert.deepEqual(
      noId.map((p) => `${p.field} ${p.message}`),
      ['body <Cite> has no id (expected <Cite id="…" /> with the id of one of the entry\'s sources)'],
    );
    const figure = run({ en: (text) => text.replace(EN_SENTENCE, `${EN_SENTENCE} <Figure id="good-messenger" metric="mau" />`) }).filter((p) => p.severity === 'error');
    assert.deepEqual(
      figure.map((p) => `${p.field} ${p.message}`),
      ['body <Figure> is not a component this text can use (expected Markdown or one of: <Cite>)'],
    );
    const code = run({ ru: (text) => text.replace(RU_SENTENCE, `${RU_SENTENCE}<Cite id={'press'} />`) }).filter((p) => p.severity === 'error');
    assert.equal(code.length, 1, code.map(formatProblem).join('\n'));
    assert.match(code[0]!.message, /curly brackets/);
  });

  it('keeps footnotes out of the word count', () => {
    const body = `One two three.<Cite id="press" /> Four.<Cite id="blog" />`;
    assert.equal(countWords(body), 4);
  });
});

describe('content check: messages', () => {
  const check = (name: string) =>
    checkContent([...goodFiles(), { path: `content/messengers/${name}.mdx`, text: withProse(read(`bad/${name}.mdx`)) }, ruStub(name)], { today: TODAY }).filter(
      (p) => p.path.endsWith(`${name}.mdx`) && p.severity === 'error',
    );

  it('words every problem as path:line: field: problem (expected …)', () => {
    const [problem] = check('date-impossible');
    assert.equal(formatProblem(problem!), 'content/messengers/date-impossible.mdx:8: launched: "2021-02-30" is not a real date (expected YYYY, YYYY-MM or YYYY-MM-DD)');
  });
  it('explains the silent YAML roll-over of an unquoted impossible date, once', () => {
    const problems = check('date-unquoted-rollover');
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /without quotes Astro would silently turn it into another day/);
  });
  it('suggests the field an editor probably meant', () => {
    assert.match(check('field-misspelled')[0]!.message, /did you mean "protocol"\?/);
  });
  it('lists the allowed values of a field', () => {
    assert.match(check('enum-metric')[0]!.message, /"monthly" is not allowed here \(expected one of: mau, dau, registered/);
  });
  it('says "missing" for a required field that is absent', () => {
    assert.match(check('required-missing')[0]!.message, /^missing \(expected text\)$/);
  });
  it("asks for the id of one of the entry's own sources, naming up to three, when a source: is missing", () => {
    assert.deepEqual(check('user-without-source').map(formatProblem), [
      "content/messengers/user-without-source.mdx:44: users[0].source: missing (expected the id of one of this entry's sources, e.g. press, blog)",
    ]);
    const more = ['a-one', 'b-two', 'c-three', 'd-four']
      .map((id) => `  - id: ${id}\n    title: T\n    publisher: P\n    url: https://example.net/${id}\n    accessed: "2026-11-01"\n    language: en\n`)
      .join('');
    const text = withProse(read('bad/event-without-source.mdx').replace('sources:\n', `sources:\n${more}`));
    const problems = checkContent([...goodFiles(), { path: 'content/messengers/event-without-source.mdx', text }, ruStub('event-without-source')], { today: TODAY });
    assert.deepEqual(
      problems.filter((p) => p.severity === 'error' && p.path.endsWith('/event-without-source.mdx')).map((p) => p.message),
      ["missing (expected the id of one of this entry's sources, e.g. a-one, b-two, c-three)"],
    );
  });
  it('says which id a field wants, once per field', () => {
    assert.deepEqual(check('id-not-kebab').map(formatProblem), [
      'content/messengers/id-not-kebab.mdx:3: id: "Id_Not_Kebab" is not a valid id here (expected the file name without .mdx: lower-case Latin letters, digits and hyphens, e.g. yahoo-messenger)',
    ]);
  });
  it('points at the line of the faulty list item', () => {
    const [problem] = check('users-out-of-order');
    const line =
      read('bad/users-out-of-order.mdx')
        .split('\n')
        .findIndex((l) => l.includes('- date: "2013"')) + 1;
    assert.equal(problem!.line, line);
  });
  it('notes a source that no field and no sentence cites, without failing and without telling the editor to drop it', () => {
    const text = read('good/good-messenger.mdx').replace(
      'sources:\n',
      'sources:\n  - id: spare\n    title: Unused\n    publisher: Nobody\n    url: https://example.net/\n    accessed: "2026-11-01"\n    language: en\n',
    );
    const problems = checkContent([...goodFiles().filter((f) => f.path !== 'content/messengers/good-messenger.mdx'), { path: 'content/messengers/good-messenger.mdx', text }], {
      today: TODAY,
    });
    assert.deepEqual(
      problems.map((p) => `${p.severity} ${p.field}`),
      ['warning sources[0].id'],
    );
    const [note] = problems;
    assert.equal(
      note!.message,
      '"spare" is cited by no field and no sentence (expected <Cite id="spare" /> after the sentence it supports, in the English and the Russian prose; if it backs a user figure, event, owner, encryption, openSource or business, add source: spare there; if it backs launched, website, platforms, phoneNumber or another plain fact, name it under factSources:; if it backs nothing, remove it)',
    );
    assert.doesNotMatch(note!.message, /never cited|expected a source: field/);
  });
  it("notes one page listed twice under two ids, on the second copy's address, naming the first", () => {
    const good = read('good/good-messenger.mdx');
    const [, firstId, url] = /^ {2}- id: (\S+)\n(?: {4}.*\n)*? {4}url: (\S+)$/m.exec(good) ?? [];
    assert.ok(firstId && url, 'the fixture lists a source with an address');
    assert.ok(good.includes('\nreviewed:'), 'sources end where reviewed: begins');
    const copy = `  - id: copy\n    title: Copy\n    publisher: Nobody\n    url: ${url}\n    accessed: "2026-11-01"\n    language: en\n`;
    const text = good.replace('\nreviewed:', `\n${copy}reviewed:`).replace(/^(launched: .*)$/m, '$1\nfactSources:\n  launched: copy');
    const problems = checkContent([...goodFiles().filter((f) => f.path !== 'content/messengers/good-messenger.mdx'), { path: 'content/messengers/good-messenger.mdx', text }], {
      today: TODAY,
    });
    const line = text.split('\n').lastIndexOf(`    url: ${url}`) + 1;
    assert.deepEqual(
      problems.map((p) => `${p.severity} ${p.line} ${p.message}`),
      [`warning ${line} is the same address as source "${firstId}" (expected one source per page: cite "${firstId}" wherever this one is cited, and remove this copy)`],
    );
  });
  it('notes an event dated after its source was published, unless its title says it was announced or planned, or its kind is an act announced ahead', () => {
    const good = read('good/good-messenger.mdx');
    const block = '      en: Blocked in Russia\n      ru: Заблокирован в России\n    source: blog';
    assert.ok(good.includes(block) && good.includes('  - date: "2018-04-16"\n    kind: block'), 'the fixture has a block of 2018-04-16');
    const check = (text: string) =>
      checkContent([...goodFiles().filter((f) => f.path !== 'content/messengers/good-messenger.mdx'), { path: 'content/messengers/good-messenger.mdx', text }], { today: TODAY });
    const fromPress = good.replace(block, block.replace('source: blog', 'source: press'));
    const line = fromPress.split('\n').indexOf('  - date: "2018-04-16"') + 1;
    assert.deepEqual(
      check(fromPress).map((p) => `${p.severity} ${p.line} ${p.message}`),
      [
        `warning ${line} 2018-04-16 is after its source "press" was published (2016-02-23), so the source can only have announced this block (expected a title that says it was announced or planned, e.g. "on the date … had announced", or a source from on or after 2018-04-16)`,
      ],
    );
    assert.deepEqual(check(fromPress.replace('en: Blocked in Russia', 'en: Due to be blocked in Russia, as announced')), []);
    assert.deepEqual(check(fromPress.replace('  - date: "2018-04-16"\n    kind: block', '  - date: "2018-04-16"\n    kind: law')), []);
  });
  it('notes a publisher name longer than one phone line, on its line, and leaves one of 60 characters alone', () => {
    const good = read('good/good-messenger.mdx');
    const [, publisher] = /^ {4}publisher: (.+)$/m.exec(good) ?? [];
    assert.ok(publisher, 'the fixture names a publisher');
    const check = (name: string) => {
      const text = good.replace(`    publisher: ${publisher}\n`, `    publisher: ${name}\n`);
      const problems = checkContent([...goodFiles().filter((f) => f.path !== 'content/messengers/good-messenger.mdx'), { path: 'content/messengers/good-messenger.mdx', text }], {
        today: TODAY,
      });
      return { problems, line: text.split('\n').indexOf(`    publisher: ${name}`) + 1 };
    };
    const long = 'U.S. Securities and Exchange Commission (EDGAR filing by Example, Inc.)';
    const { problems, line } = check(long);
    assert.deepEqual(
      problems.map((p) => `${p.severity} ${p.line} ${p.message}`),
      [
        `warning ${line} is ${long.length} characters long (expected the organisation's name alone, at most 60: the page, section, author or the copy it was read in go in title, authors or url)`,
      ],
    );
    assert.deepEqual(check('x'.repeat(60)).problems, []);
  });
  it('refuses one organisation spelt two ways as the measurer, on the rarer spelling, naming the other', () => {
    const good = read('good/good-messenger.mdx');
    assert.ok(good.includes('    measurer: Example Polls\n') && good.includes('    measurer: Example Panel\n'), 'the fixture names two measurers');
    const text = good.replace('    measurer: Example Panel\n', '    measurer: Example Polls (panel arm)\n');
    const problems = checkContent([...goodFiles().filter((f) => f.path !== 'content/messengers/good-messenger.mdx'), { path: 'content/messengers/good-messenger.mdx', text }], {
      today: TODAY,
    }).filter((p) => p.severity === 'error');
    const line = text.split('\n').indexOf('    measurer: Example Polls (panel arm)') + 1;
    assert.deepEqual(
      problems.map((p) => `${p.line} ${p.message}`),
      [
        `${line} "Example Polls (panel arm)" is spelt "Example Polls" elsewhere in the atlas (expected one spelling for one organisation: survey waves and rankings group figures by it)`,
      ],
    );
  });
  it('takes a source named under factSources as cited, and refuses one for a fact the entry does not give or an id it does not list, on the line', () => {
    const spare = 'sources:\n  - id: spare\n    title: Unused\n    publisher: Nobody\n    url: https://example.net/\n    accessed: "2026-11-01"\n    language: en\n';
    const base = read('good/good-messenger.mdx').replace('sources:\n', spare);
    const run = (text: string) =>
      checkContent([...goodFiles().filter((f) => f.path !== 'content/messengers/good-messenger.mdx'), { path: 'content/messengers/good-messenger.mdx', text }], { today: TODAY });
    const cited = base.replace(/^(launched: .*)$/m, '$1\nfactSources:\n  launched: spare');
    assert.notEqual(cited, base, 'the fixture gives launched');
    assert.deepEqual(run(cited).map(formatProblem), []);
    const missing = base.replace(/^(launched: .*)$/m, '$1\nfactSources:\n  launched: spare\n  discontinued: spare');
    const line = missing.split('\n').findIndex((l) => l === '  discontinued: spare') + 1;
    assert.deepEqual(
      run(missing).map((p) => `${p.severity} ${p.line} ${p.field} ${p.message}`),
      [`error ${line} factSources.discontinued names a source for discontinued, which this entry does not give (expected discontinued: set beside it, or this line removed)`],
    );
    const unknown = base.replace(/^(launched: .*)$/m, '$1\nfactSources:\n  launched: spare\n  website: nowhere');
    const problems = run(unknown);
    assert.deepEqual(
      problems.map((p) => `${p.severity} ${p.field}`),
      ['error factSources.website'],
    );
    assert.match(problems.map((p) => p.message).join('\n'), /"nowhere" is not in this entry's sources/);
  });
  it('takes a list of sources for a plain fact, and locates an unknown or repeated one on its own line', () => {
    const base = withSpareSource();
    const run = checkGoodEntry;
    const withList = (list: string) => base.replace(/^(platforms: .*)$/m, `$1\nfactSources:\n  platforms:\n${list}`);
    assert.notEqual(withList('    - spare\n'), base, 'the fixture gives platforms');
    assert.deepEqual(run(withList('    - spare\n    - press\n')).map(formatProblem), [], 'two sources together back the list');
    const unknown = withList('    - spare\n    - nowhere\n');
    const line = unknown.split('\n').findIndex((l) => l === '    - nowhere') + 1;
    const problems = run(unknown);
    assert.deepEqual(
      problems.map((p) => `${p.severity} ${p.line} ${p.field}`),
      [`error ${line} factSources.platforms[1]`],
    );
    assert.match(problems[0]!.message, /"nowhere" is not in this entry's sources/);
    const twice = run(withList('    - spare\n    - spare\n'));
    assert.deepEqual(
      twice.map((p) => `${p.severity} ${p.field} ${p.message}`),
      ['error factSources.platforms ["spare","spare"] names a source twice (expected each source once)'],
    );
    const notAnId = run(withList('    - spare\n    - Blog Post\n'));
    assert.deepEqual(
      notAnId.map((p) => `${p.field} ${p.message}`),
      [`factSources.platforms[1] "Blog Post" is not a valid id here (expected the id of one of this entry's sources, e.g. spare, press, blog)`],
    );
  });
  it('takes a list of sources for openSource (the app and its core in different repositories), locating an unknown one on its position', () => {
    const base = withSpareSource();
    const line = '  licence: GPL-2.0-or-later\n  source: blog';
    assert.ok(base.includes(line), 'the fixture has an openSource block with a source');
    const run = (list: string) => checkGoodEntry(base.replace(line, `  licence: GPL-2.0-or-later\n  source: ${list}`));
    assert.deepEqual(run('[blog, spare]').map(formatProblem), [], 'both cited, so "spare" is cited');
    assert.deepEqual(
      run('[blog, nowhere]').map((p) => `${p.severity} ${p.field}`),
      ['error openSource.source[1]', 'warning sources[0].id'],
    );
  });
  it('takes the sources of a figure’s note and of the note on the figures, one or a list, and locates an unknown one on its own line', () => {
    const base = withSpareSource();
    const figure = '    measuredBy: company\n    source: press\n';
    assert.ok(base.includes(figure), 'the fixture has a figure cited to press');
    const withNote = (sources: string) =>
      base.replace(
        figure,
        `${figure}    note:\n      en: Fieldwork as another page reports it.\n      ru: Период опроса — по сообщению другого издания.\n      sources: ${sources}\n`,
      );
    assert.deepEqual(checkGoodEntry(withNote('spare')).map(formatProblem), [], 'the note cites "spare", so it is cited');
    assert.deepEqual(checkGoodEntry(withNote('[blog, spare]')).map(formatProblem), []);
    const unknown = withNote('[spare, nowhere]');
    const problems = checkGoodEntry(unknown);
    const line = unknown.split('\n').findIndex((l) => l.includes('sources: [spare, nowhere]')) + 1;
    assert.deepEqual(
      problems.map((p) => `${p.severity} ${p.line} ${p.field}`),
      [`error ${line} users[0].note.sources[1]`],
    );
    assert.match(problems[0]!.message, /^"nowhere" is not in this entry's sources/);
    const misspelt = checkGoodEntry(withNote('Spare Page'));
    assert.deepEqual(
      misspelt.filter((p) => p.severity === 'error').map((p) => `${p.field} ${p.message}`),
      [`users[0].note.sources "Spare Page" is not a valid id here (expected the id of one of this entry's sources, e.g. spare, press, blog)`],
    );
    const entryNote = base.replace(/^events:/m, 'figuresNote:\n  en: No figure after 2016 was found.\n  ru: Данных новее 2016 года не найдено.\n  sources: nowhere\nevents:');
    assert.notEqual(entryNote, base, 'the fixture has events');
    assert.deepEqual(
      checkGoodEntry(entryNote).map((p) => `${p.severity} ${p.field}`),
      ['error figuresNote.sources', 'warning sources[0].id'],
    );
  });
  it('takes a list of sources for an encryption step (one dates it, another names the protocol), and locates an unknown one on its own line', () => {
    const base = withSpareSource();
    const step = '      protocol: MTProto 2.0\n      source: blog';
    assert.ok(base.includes(step), 'the fixture has a step with a protocol');
    const run = (list: string) => checkGoodEntry(base.replace(step, `      protocol: MTProto 2.0\n      source: ${list}`));
    assert.deepEqual(run('[blog, spare]').map(formatProblem), [], 'the step cites both, so "spare" is cited');
    const unknown = run('[blog, nowhere]');
    assert.deepEqual(
      unknown.map((p) => `${p.severity} ${p.field}`),
      ['error encryption.history[1].source[1]', 'warning sources[0].id'],
    );
    assert.match(unknown[0]!.message, /^"nowhere" is not in this entry's sources/);
    assert.deepEqual(
      run('[]')
        .filter((p) => p.severity === 'error')
        .map((p) => `${p.field} ${p.message}`),
      ['encryption.history[1].source [] is an empty list (expected a source id, or a list of them)'],
    );
    assert.deepEqual(
      run('Blog Post')
        .filter((p) => p.severity === 'error')
        .map((p) => `${p.field} ${p.message}`),
      [`encryption.history[1].source "Blog Post" is not a valid id here (expected the id of one of this entry's sources, e.g. spare, press, blog)`],
    );
  });
  it('takes the own source of a business feature as cited, and refuses one for a feature business: does not give, on the line', () => {
    const spare = 'sources:\n  - id: spare\n    title: Unused\n    publisher: Nobody\n    url: https://example.net/\n    accessed: "2026-11-01"\n    language: en\n';
    const base = read('good/good-messenger.mdx').replace('sources:\n', spare);
    const run = (text: string) =>
      checkContent([...goodFiles().filter((f) => f.path !== 'content/messengers/good-messenger.mdx'), { path: 'content/messengers/good-messenger.mdx', text }], { today: TODAY });
    const given = base.replace(/^business:\n/m, 'business:\n  payments: true\n  sources:\n    payments: spare\n');
    assert.notEqual(given, base, 'the fixture has a business block');
    assert.deepEqual(run(given).map(formatProblem), []);
    const missing = base.replace(/^business:\n/m, 'business:\n  sources:\n    payments: spare\n');
    const line = missing.split('\n').findIndex((l) => l === '    payments: spare') + 1;
    assert.deepEqual(
      run(missing).map((p) => `${p.severity} ${p.line} ${p.field} ${p.message}`),
      [`error ${line} business.sources.payments names a source for payments, which business: does not give (expected payments: true or false beside it, or this line removed)`],
    );
  });
  it("asks for one of the entry's sources wherever the schema takes a source id, whatever the field is called", () => {
    const base = read('good/good-messenger.mdx');
    const run = (text: string) =>
      checkContent([...goodFiles().filter((f) => f.path !== 'content/messengers/good-messenger.mdx'), { path: 'content/messengers/good-messenger.mdx', text }], { today: TODAY })
        .filter((p) => p.severity === 'error')
        .map((p) => `${p.field} ${p.message}`);
    const asked = (field: string) => `${field} "Blog Post" is not a valid id here (expected the id of one of this entry's sources, e.g. press, blog)`;
    // A business feature's own source sits under a key named after the feature, not "source".
    const feature = base.replace(/^business:\n/m, 'business:\n  payments: true\n  sources:\n    payments: Blog Post\n');
    assert.notEqual(feature, base, 'the fixture has a business block');
    assert.deepEqual(run(feature), [asked('business.sources.payments')]);
    // Ids that are not sources keep their own words.
    const successor = base.replace(/^successor: .*$/m, 'successor: Blog Post');
    assert.notEqual(successor, base, 'the fixture names a successor');
    assert.deepEqual(run(successor), ['successor "Blog Post" is not a valid id here (expected the id of another entry, i.e. its file name without .mdx, e.g. yahoo-messenger)']);
  });
  it('refuses an encryption step dated the day its undated source was read, on the from line, and only notes a figure so dated', () => {
    const undated = 'sources:\n  - id: help-page\n    title: Help\n    publisher: Vendor\n    url: https://example.net/help\n    accessed: "2026-11-01"\n    language: en\n';
    const base = read('good/good-messenger.mdx').replace('sources:\n', undated);
    const run = (text: string) =>
      checkContent([...goodFiles().filter((f) => f.path !== 'content/messengers/good-messenger.mdx'), { path: 'content/messengers/good-messenger.mdx', text }], { today: TODAY });
    // Added last, as the newest step, so that oldest-first has nothing to say.
    const last = base.replace(/(\n {2}history:\n(?: {4}.*\n)+)/, (block) => `${block}    - from: "2026-11-01"\n      backups: none\n      source: help-page\n`);
    const line = last.split('\n').findIndex((l) => l === '    - from: "2026-11-01"') + 1;
    const problems = run(last).filter((p) => p.message.includes('was read'));
    assert.deepEqual(
      problems.map((p) => `${p.severity} ${p.line} ${p.field}`),
      [`error ${line} encryption.history[2].from`],
    );
    assert.match(problems[0]!.message, /an undated page cannot date an encryption step/);
    const figure = base.replace(
      /(\nusers:\n(?: {2}.*\n)+)/,
      (block) => `${block}  - date: "2026-11-01"\n    value: 5000000\n    metric: users\n    scope: world\n    measuredBy: company\n    source: help-page\n`,
    );
    assert.notEqual(figure, base, 'the fixture has users');
    assert.deepEqual(
      run(figure)
        .filter((p) => p.message.includes('was read'))
        .map((p) => `${p.severity} ${p.field}`),
      ['warning users[4].date'],
    );
    assert.deepEqual(
      run(last.replace('    accessed: "2026-11-01"\n    language: en\n', '    published: "2026-11-01"\n    accessed: "2026-11-01"\n    language: en\n')).filter((p) =>
        p.message.includes('was read'),
      ),
      [],
    );
  });
  it('reports a Russian entry with no prose file', () => {
    const problems = checkContent(
      goodFiles().filter((f) => !f.path.endsWith('ru/second-messenger.mdx')),
      { today: TODAY },
    );
    assert.deepEqual(
      problems.map((p) => `${p.path} ${p.field}`),
      ['content/messengers/second-messenger.mdx id'],
    );
  });
  it('warns on the first line of a Russian prose with more or fewer paragraphs than the English, and stays silent when they match', () => {
    const path = 'content/messengers/ru/second-messenger.mdx';
    const ru = goodFiles().find((f) => f.path === path)!;
    const paragraphs = ru.text
      .split(/^---$/m)[2]!
      .split(/\n\s*\n/)
      .filter((p) => p.trim() !== '');
    assert.ok(paragraphs.length >= 2, 'the fixture has paragraphs to join');
    assert.deepEqual(
      checkContent(goodFiles(), { today: TODAY }).filter((p) => p.field === 'prose'),
      [],
      'the good fixtures match',
    );
    // Join the last two paragraphs: one fewer in Russian.
    const joined = ru.text.replace(paragraphs.at(-1)!, '').trimEnd().replace(/\n*$/, ' ') + paragraphs.at(-1)!.trim() + '\n';
    const problems = checkContent(
      goodFiles().map((f) => (f.path === path ? { ...f, text: joined } : f)),
      { today: TODAY },
    ).filter((p) => p.field === 'prose');
    const firstLine = joined.split('\n').findIndex((line, i) => i > joined.split('\n').indexOf('---', 1) && line.trim() !== '') + 1;
    assert.deepEqual(
      problems.map((p) => `${p.path} ${p.line} ${p.severity} ${p.message}`),
      [
        `${path} ${firstLine} warning the Russian prose has ${paragraphs.length - 1} paragraphs and the English ${paragraphs.length} (expected the same paragraphs in both languages: one may have been added, or left out, in one of them only)`,
      ],
    );
  });
  it('blames only the Russian file when it cannot be read, not its entry for having no Russian text', () => {
    const files = goodFiles().map((f) => (f.path === 'content/messengers/ru/second-messenger.mdx' ? { ...f, text: f.text.replace(/^---\n/, '---\n\tsummary: A tab.\n') } : f));
    assert.deepEqual(
      checkContent(files, { today: TODAY }).map((p) => `${p.path}:${p.line} ${p.field}`),
      ['content/messengers/ru/second-messenger.mdx:2 frontmatter'],
    );
  });
  it('checks guides: both languages, components that resolve, and nothing else in the prose', () => {
    const frontmatter =
      '---\ntitle: A guide\ndescription: About things.\nmessengers: [good-messenger]\nsources:\n  - id: law\n    title: A law\n    publisher: A state\n    url: https://example.org/law\n    accessed: "2026-11-01"\n    language: ru\nreviewed: "2026-11-01"\n---\n\n';
    const body = [
      'Fine: <Messenger id="good-messenger" /> has <Figure id="good-messenger" metric="mau" /> and <Figure id="good-messenger" metric="monthly-reach" scope="RU" /><Cite id="law" />.',
      'Missing figure: <Figure id="good-messenger" metric="dau" />.',
      'Unknown entry: <Messenger id="nope" />. Unknown source: <Cite id="nolaw" />.',
      '',
      '<Widget />',
    ].join('\n\n');
    const guides = [
      { path: 'content/guides/a-guide.mdx', text: frontmatter + body },
      { path: 'content/guides/ru/a-guide.mdx', text: frontmatter + 'Хорошо: <Messenger id="good-messenger" /><Cite id="law" />.' },
      { path: 'content/guides/only-english.mdx', text: frontmatter + 'Text <Cite id="law" />.' },
    ];
    const problems = checkContent([...goodFiles(), ...guides], { today: TODAY });
    assert.deepEqual(
      problems.map((p) => `${p.path}:${p.line} ${p.field} ${p.message.split(' (')[0]}`),
      [
        'content/guides/a-guide.mdx:17 body <Figure id="good-messenger" metric="dau" /> has no figure in the atlas',
        'content/guides/a-guide.mdx:19 body <Messenger id="nope" /> names no entry of the atlas',
        'content/guides/a-guide.mdx:19 body <Cite id="nolaw" /> names no source of this guide',
        'content/guides/a-guide.mdx:23 body <Widget> is not a component this text can use',
        'content/guides/only-english.mdx:1 frontmatter this guide has no Russian version',
      ],
    );
  });
});

describe('content check: plain words', () => {
  // Words an editor who is not a programmer should not have to know.
  const JARGON = /kebab|enum|regex|schema|object|array|boolean|string|integer|acorn|expression|javascript|ISO 3166|mapping|implicit|scalar|spread|event handler|token/i;
  const isJargon = (message: string) => JARGON.test(message) || /\bMDX\b/.test(message);
  const good = read('good/good-messenger.mdx');
  const slips: [string, string][] = [
    ['openSource:\n  client: yes\n  server: no\n  licence: GPL-2.0-or-later\n  source: blog\n', 'openSource: yes\n'],
    ['platforms: [android, ios, web]', 'platforms: android'],
    ['bots: true', 'bots: "yes"'],
    ['origin: RU', 'origin: SU'],
    ['successor: second-messenger', 'successor: Second Messenger'],
    ['      protocol: MTProto 2.0\n      source: blog', '      protocol: MTProto 2.0\n      source: Blog Post'],
    ['  - id: blog\n', '  - title2: x\n'],
    ['emphasis. A literal brace is escaped: \\{ like this \\}.', 'emphasis. A brace { is not escaped.'],
    ['emphasis.', 'emphasis. I <3 it, <b>really</b>.'],
  ];
  it('uses none in any message about the bad fixtures or common slips', () => {
    const messages: string[] = [];
    for (const name of mdxIn('bad')) {
      const problems = checkContent([...goodFiles(), { path: `content/messengers/${name}`, text: read(`bad/${name}`) }, ruStub(name.replace('.mdx', ''))], { today: TODAY });
      messages.push(...problems.map(formatProblem));
    }
    for (const [from, to] of slips) {
      assert.ok(good.includes(from), from);
      const path = 'content/messengers/good-messenger.mdx';
      messages.push(...checkContent([...goodFiles().filter((f) => f.path !== path), { path, text: good.replace(from, to) }], { today: TODAY }).map(formatProblem));
    }
    assert.ok(messages.length > 50, `${messages.length} messages`);
    // What the editor wrote is quoted back as it is ("javascript:…" in a link): only our words count.
    const ours = messages.map((line) => line.replace(/^\S+:\d+: \S+: /, '').replace(/"[^"]*"/g, '"…"'));
    assert.deepEqual(ours.filter(isJargon), []);
  });
});

describe('content check: prose length', () => {
  const entry = (text: string): ContentFile => ({ path: 'content/messengers/good-messenger.mdx', text });
  const ru = (text: string): ContentFile => ({ path: 'content/messengers/ru/good-messenger.mdx', text });
  const others = () => goodFiles().filter((f) => !f.path.endsWith('/good-messenger.mdx'));
  const frontmatter = (path: string) => read(path).split(/^---$/m)[1]!;
  const withBody = (path: string, body: string) => `---${frontmatter(path)}---\n\n${body}\n`;
  const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

  it('counts words as the guide test does: component tags left out, hyphenated and contracted words whole, any script', () => {
    assert.equal(countWords('Telegram’s co-founder said <Figure id="x" metric="mau" /> people use it, in 2013.'), 8);
    assert.equal(countWords("Мессенджер «ТамТам» — это 2 000 пользователей; e-mail, don't."), 8);
    assert.equal(countWords('**Bold** and [a link](https://example.org/page).'), 8);
  });
  it('refuses an English prose shorter than 120 words, saying how many there are', () => {
    const name = 'prose-too-short';
    const text = read(`bad/${name}.mdx`);
    const line = text.split('\n').indexOf('A fictional messenger. Its prose may use **Markdown**: [links](https://example.org), lists and') + 1;
    const problems = checkContent([...goodFiles(), { path: `content/messengers/${name}.mdx`, text }, ruStub(name)], { today: TODAY }).filter((p) =>
      p.path.endsWith(`/${name}.mdx`),
    );
    assert.deepEqual(problems.map(formatProblem), [
      `content/messengers/${name}.mdx:${line}: prose: the English prose below the frontmatter has 22 words (expected at least 120: write 98 more, in your own words)`,
    ]);
    assert.equal(problems[0]!.severity, 'error');
  });
  it('refuses a Russian prose shorter than 120 words', () => {
    const problems = checkContent([...others(), entry(read('good/good-messenger.mdx')), ru(read('bad/ru/ru-prose-too-short.mdx'))], { today: TODAY });
    assert.deepEqual(problems.map(formatProblem), [
      'content/messengers/ru/good-messenger.mdx:7: prose: the Russian prose below the frontmatter has 8 words (expected at least 120: write 112 more, in your own words)',
    ]);
  });
  it('accepts exactly 120 words and refuses 119; an empty prose points at the closing ---', () => {
    const check = (body: string) => checkContent([...others(), entry(withBody('good/good-messenger.mdx', body)), ru(read('good/ru/good-messenger.mdx'))], { today: TODAY });
    // One paragraph of words against the fixture's three Russian ones: only the paragraph warning, no error.
    assert.deepEqual(
      check(words(120))
        .filter((p) => p.severity === 'error')
        .map(formatProblem),
      [],
    );
    assert.deepEqual(
      check(words(119)).map((p) => p.message.split(' (')[0]),
      ['the English prose below the frontmatter has 119 words'],
    );
    const empty = check('');
    const closing = withBody('good/good-messenger.mdx', '').split('\n').lastIndexOf('---') + 1;
    assert.deepEqual(
      empty.map((p) => `${p.line} ${p.field} ${p.message.split(' (')[0]}`),
      [`${closing} prose the English prose below the frontmatter has no words`],
    );
  });
  it('does not count guides or templates (guides have their own, longer minimum)', () => {
    const files = [...goodFiles(), { path: 'content/messengers/_template.mdx', text: '---\nid: x\n---\n\nShort.\n' }];
    assert.deepEqual(checkContent(files, { today: TODAY }).map(formatProblem), []);
  });
});

describe('content check: what a source may be', () => {
  const good = read('good/good-messenger.mdx');
  const path = 'content/messengers/good-messenger.mdx';
  const errorsWith = (url: string) =>
    checkContent([...goodFiles().filter((f) => f.path !== path), { path, text: good.replace('https://example.org/news/100-million', url) }], { today: TODAY }).filter(
      (p) => p.path === path && p.severity === 'error',
    );
  it('refuses Wikipedia, its archived copies and the sites that republish it, on the url line', () => {
    const line = good.split('\n').findIndex((l) => l.includes('https://example.org/news/100-million')) + 1;
    for (const url of [
      'https://en.wikipedia.org/wiki/Signal_(software)',
      'https://ru.m.wikipedia.org/wiki/VK',
      'https://web.archive.org/web/20160729170203/https://en.wikipedia.org/wiki/Signal_(software)',
      'https://www.wikiwand.com/en/Telegram',
    ]) {
      const problems = errorsWith(url);
      assert.equal(problems.length, 1, `${url}: ${problems.map(formatProblem).join('; ')}`);
      assert.equal(problems[0]!.line, line, url);
      assert.match(formatProblem(problems[0]!), /sources\[\d+\]\.url: .*is an encyclopedia or a copy of one/);
    }
  });
  it('accepts a page that only mentions Wikipedia in its address', () => {
    assert.deepEqual(errorsWith('https://example.org/news/wikipedia-turns-25').map(formatProblem), []);
  });
});

describe('content check: an open protocol with no owner', () => {
  const good = read('good/good-messenger.mdx');
  const path = 'content/messengers/good-messenger.mdx';
  const noOwner = 'noOwner:\n  note:\n    en: No company owns it; RFC 1459 describes it.\n    ru: Он никому не принадлежит; его описывает RFC 1459.\n  source: press\n';
  const problemsOf = (text: string) =>
    checkContent([...goodFiles().filter((f) => f.path !== path), { path, text }], { today: TODAY }).filter((p) => p.path === path && p.severity === 'error');
  it('refuses noOwner beside owners, on the noOwner line', () => {
    const text = good.replace('architecture: centralized\n', `architecture: centralized\n${noOwner}`);
    const problems = problemsOf(text);
    assert.equal(problems.length, 1, problems.map(formatProblem).join('; '));
    assert.equal(problems[0]!.line, text.split('\n').indexOf('noOwner:') + 1);
    assert.match(formatProblem(problems[0]!), /noOwner: is given beside owners/);
  });
  it('accepts noOwner in place of owners, its source counted as cited', () => {
    const withoutOwners = good.replace(/^owners:\n(?: {2}.*\n)+/m, '');
    const text = withoutOwners.replace('architecture: centralized\n', `architecture: centralized\n${noOwner}`);
    assert.ok(!/^owners:/m.test(text), 'the fixture lost its owners');
    const all = checkContent([...goodFiles().filter((f) => f.path !== path), { path, text }], { today: TODAY }).filter((p) => p.path === path);
    assert.deepEqual(
      all
        .filter((p) => p.severity === 'error')
        .map(formatProblem)
        // The fixture's acquisition event loses its buyer with the owners; that rule is tested elsewhere.
        .filter((line) => !/events\[\d+\]\.date: no owner from/.test(line)),
      [],
    );
  });
});

describe('content check: a client for other networks', () => {
  const good = read('good/good-messenger.mdx');
  const path = 'content/messengers/good-messenger.mdx';
  const problemsOf = (text: string) => checkContent([...goodFiles().filter((f) => f.path !== path), { path, text }], { today: TODAY }).filter((p) => p.path === path);
  const asClient = (networks: string) => good.replace('category: consumer\n', `category: client\nclientOf:\n  networks: [${networks}]\n  source: press\n`);
  const line = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

  it('accepts a client naming an entry by id and a network without an entry by name', () => {
    const text = asClient('second-messenger, Bonjour');
    assert.ok(text.includes('category: client'), 'the fixture lost its category line');
    assert.deepEqual(problemsOf(text).map(formatProblem), []);
  });
  it('refuses an id that is not an entry, on the networks line, saying how to name a network without one', () => {
    const text = asClient('second-messenger, no-such-network');
    const problems = problemsOf(text).filter((p) => p.severity === 'error');
    assert.equal(problems.length, 1, problems.map(formatProblem).join('; '));
    assert.equal(problems[0]!.field, 'clientOf.networks[1]');
    assert.equal(problems[0]!.line, line(text, '  networks:'));
    assert.match(problems[0]!.message, /"no-such-network" is not an entry of the atlas .*Bonjour/);
  });
  it('refuses a clientOf source that is not in sources, and counts the one that is as cited', () => {
    const missing = problemsOf(asClient('second-messenger').replace('  source: press\n', '  source: no-such-source\n')).filter((p) => p.severity === 'error');
    assert.equal(missing.length, 1, missing.map(formatProblem).join('; '));
    assert.equal(missing[0]!.field, 'clientOf.source');
    // A source only clientOf cites is not reported as uncited.
    const readme = '  - id: readme\n    title: README\n    publisher: Good Messenger\n    url: https://example.org/readme\n    accessed: "2026-11-01"\n    language: en\nreviewed:';
    const text = asClient('second-messenger').replace('  source: press\n', '  source: readme\n').replace('reviewed:', readme);
    assert.ok(text.includes('- id: readme'), 'the fixture lost its reviewed line');
    assert.deepEqual(
      problemsOf(text)
        .filter((p) => /readme/.test(p.message))
        .map(formatProblem),
      [],
    );
  });
  it('refuses clientOf on a service that is not a client', () => {
    const text = good.replace('category: consumer\n', 'category: consumer\nclientOf:\n  networks: [second-messenger]\n  source: press\n');
    const problems = problemsOf(text).filter((p) => p.severity === 'error');
    assert.equal(problems.length, 1, problems.map(formatProblem).join('; '));
    assert.equal(problems[0]!.line, line(text, 'clientOf:'));
    assert.match(formatProblem(problems[0]!), /clientOf: is given for category consumer/);
  });
  it('warns, without failing, when a client does not say what it connects to', () => {
    const problems = problemsOf(good.replace('category: consumer\n', 'category: client\n'));
    assert.deepEqual(problems.filter((p) => p.severity === 'error').map(formatProblem), []);
    assert.ok(problems.some((p) => p.severity === 'warning' && p.field === 'category' && /clientOf: is missing/.test(p.message)));
  });
});

describe('content check: YAML syntax errors', () => {
  const problemsOf = (name: string) =>
    checkContent([...goodFiles(), { path: `content/messengers/${name}.mdx`, text: read(`bad/${name}.mdx`) }, ruStub(name)], { today: TODAY }).filter(
      (p) => p.path.endsWith(`/${name}.mdx`) && p.field === 'frontmatter',
    );
  /** 1-based line of the first line of a fixture that passes `test`. */
  const lineWhere = (name: string, test: (line: string) => boolean) => read(`bad/${name}.mdx`).split('\n').findIndex(test) + 1;

  it('names the line that holds the tab, not the one after it', () => {
    const line = lineWhere('yaml-tab-indent', (l) => l.startsWith('\t'));
    assert.equal(line, 25);
    assert.equal(problemsOf('yaml-tab-indent')[0]?.line, line);
  });
  it('names the line that is indented wrongly, not the one after it', () => {
    const line = lineWhere('yaml-bad-indentation', (l) => l === '  source: press');
    assert.equal(problemsOf('yaml-bad-indentation')[0]?.line, line);
    const listLine = lineWhere('yaml-list-indent', (l) => l === '   - owner: Big Corp');
    assert.equal(problemsOf('yaml-list-indent')[0]?.line, listLine);
  });

  it('reports only the first YAML error of a file, in plain words with what to do', () => {
    const cases: [string, RegExp][] = [
      ['yaml-tab-indent', /^a tab is used for indenting: YAML needs spaces \(replace the tab with spaces/],
      ['yaml-list-indent', /^this line is indented differently from the lines above it: list items \(lines starting with -\) in one list must start in the same column \(/],
      ['yaml-bad-indentation', /^this line is indented differently from the lines above it: the fields of one group must start in the same column \(line it up/],
    ];
    for (const [name, message] of cases) {
      const problems = problemsOf(name);
      assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
      assert.match(problems[0]!.message, message);
      assert.match(problems[0]!.message, /the rest of this file is checked once this line is fixed\)$/);
      assert.doesNotMatch(problems[0]!.message, /mapping|implicit|compact|sequence/i);
    }
  });

  describe('common slips, each located on the line to fix', () => {
    const good = read('good/good-messenger.mdx');
    const path = 'content/messengers/good-messenger.mdx';
    const cases: [string, string, string, RegExp][] = [
      [
        'a colon inside a value',
        'name: Good Messenger',
        'name: Good: Messenger',
        /^the value on this line contains a colon followed by a space.*\(put the whole value in double quotes, e\.g\. name: "…"/,
      ],
      [
        'a quotation mark not closed',
        '    title: Good Messenger reaches 100 million users',
        '    title: "Good Messenger reaches 100 million users',
        /^a quotation mark " on this line is not closed \(add the closing "/,
      ],
      ['a field written twice', 'category: consumer', 'category: consumer\ncategory: social', /^the field "category" appears twice in the same group/],
      ['a field without its colon', 'category: consumer', 'category consumer', /^this line has no colon after the field name/],
      ['a list in brackets not closed', 'platforms: [android, ios, web]', 'platforms: [android, ios, web', /^a list in square brackets \[ \] is not closed/],
      ['Markdown emphasis starting a value', 'name: Good Messenger', 'name: *Good*', /^the value on this line starts with \*, which YAML reads as a reference/],
      // The parser blames `history:` (a field whose value starts on the next line); the tab is the slip.
      [
        'a tab indenting the first item under a field',
        '  history:\n    - from: "2013-08-14"',
        '  history:\n\t- from: "2013-08-14"',
        /^a tab is used for indenting: YAML needs spaces/,
      ],
    ];
    for (const [label, from, to, message] of cases) {
      it(label, () => {
        assert.ok(good.includes(from), from);
        const text = good.replace(from, to);
        const problems = checkContent([...goodFiles().filter((f) => f.path !== path), { path, text }], { today: TODAY }).filter((p) => p.path === path);
        assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
        const last = to.split('\n').at(-1)!;
        assert.equal(problems[0]!.line, text.split('\n').indexOf(last) + 1, formatProblem(problems[0]!));
        assert.match(problems[0]!.message, message);
      });
    }
    it('falls back to a general hint for a rarer error', () => {
      const described = describeYamlError({ code: 'SOMETHING_ELSE', message: 'Something else', line: 3 }, ['---', 'a: 1', 'b: 2', '---']);
      assert.deepEqual(described, {
        line: 3,
        message:
          'this line cannot be read (look here and on the line above for a missing colon after a field name, a quotation mark that is not closed, or indentation that differs from the lines around it; the rest of this file is checked once this line is fixed)',
      });
    });
  });
});

describe('npm run check:content on a folder with several bad entries at once', () => {
  it('prints a located line for each of them and exits non-zero', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-check-'));
    try {
      const dir = join(root, 'content/messengers');
      mkdirSync(join(dir, 'ru'), { recursive: true });
      cpSync(join(FIXTURES, 'good'), dir, { recursive: true });
      const dropped = ['date-impossible', 'enum-metric', 'mdx-script', 'source-http-url', 'users-duplicate'];
      for (const name of dropped) {
        writeFileSync(join(dir, `${name}.mdx`), withProse(read(`bad/${name}.mdx`)));
        cpSync(join(FIXTURES, 'good/ru/good-messenger.mdx'), join(dir, `ru/${name}.mdx`));
      }
      let output = '';
      let status = 0;
      try {
        execFileSync(process.execPath, [join(import.meta.dirname, '../../scripts/check-content.ts')], {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, ATLAS_BUILD_DATE: TODAY },
        });
      } catch (error) {
        const failure = error as { status: number; stdout: string };
        [status, output] = [failure.status, failure.stdout];
      }
      assert.equal(status, 1);
      for (const name of dropped) {
        const field = expectedField(read(`bad/${name}.mdx`))!;
        const escaped = field.replace(/[[\].]/g, (c) => `\\${c}`);
        assert.match(output, new RegExp(`^content/messengers/${name}\\.mdx:\\d+: ${escaped}: `, 'm'), `${name}\n${output}`);
      }
      assert.match(output, /✗ 5 errors/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('content check: frontmatter read as the build reads it', () => {
  const page = (frontmatter: string, body = 'About the atlas.\n') => ({ path: 'content/pages/en/about.mdx', text: `---\n${frontmatter}\n---\n${body}` });
  const problemsOf = (file: ContentFile) =>
    checkContent([...goodFiles(), file], { today: TODAY })
      .filter((p) => p.path === file.path)
      .map(formatProblem);

  it('refuses a closing fence that is not exactly --- (Astro would still split there and build the rest)', () => {
    const file = { path: 'content/pages/en/about.mdx', text: '---\ntitle: About\n---x\n<iframe src="https://example.com/"></iframe>\n' };
    const problems = problemsOf(file);
    assert.deepEqual(problems, ['content/pages/en/about.mdx:3: frontmatter: the line closing the frontmatter must be exactly three dashes (---)']);
  });

  it('refuses a page with an unknown key, located', () => {
    assert.deepEqual(problemsOf(page('title: About\nlayout: ../../src/x.astro')), ['content/pages/en/about.mdx:3: layout: unknown field (expected one of: title)']);
  });

  for (const [written, kind] of [
    ['2021-01-01', 'an unquoted date'],
    ['0b101', 'a 0b number'],
    ['0x1F', 'a hex number'],
  ] as const) {
    it(`refuses ${kind} where text is expected, as the build's YAML reader would read it`, () => {
      const problems = problemsOf(page(`title: ${written}`));
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0]!, /^content\/pages\/en\/about\.mdx:2: title: /);
    });
  }
});
