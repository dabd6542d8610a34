/**
 * Fuzzing the content check (#9): real entries, corrupted at random one fault at a time, must each
 * be rejected — without a crash, with every problem located as `path:line: field: problem`, and
 * naming the field (and line) that was damaged.
 *
 *   FUZZ_SEED=123 npx node --test tests/unit/fuzz-content.test.ts      replay a run
 *   FUZZ_SEED=123 FUZZ_ONLY=17 npx node --test tests/unit/fuzz-content.test.ts   replay one copy
 *   FUZZ_COUNT=5000 …                                                 more copies
 *
 * Each copy draws from its own generator seeded by (FUZZ_SEED, index), so a copy replays alone.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildDate } from '../../src/lib/build-date.ts';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatProblem, type Problem } from '../../src/lib/check/problem.ts';
import { corrupt, KINDS, ParsedFile, type Corruption, type EntryFiles, type SourceFile } from './support/content-corruptions.ts';
import { deriveSeed, parseSeed, Rng } from './support/prng.ts';

const DEFAULT_SEED = 20261125;
const SEED = parseSeed(process.env['FUZZ_SEED'], DEFAULT_SEED);
const COUNT = Number(process.env['FUZZ_COUNT'] || 1000);
const ONLY = process.env['FUZZ_ONLY'] ? Number(process.env['FUZZ_ONLY']) : undefined;
if (!Number.isInteger(COUNT) || COUNT < 1 || (ONLY !== undefined && !Number.isInteger(ONLY))) {
  throw new Error('FUZZ_COUNT and FUZZ_ONLY must be whole numbers (FUZZ_ONLY is the # of a copy from a failure message)');
}
const TODAY = buildDate();
const OPTIONS = { today: TODAY };

console.log(
  `fuzz-content: FUZZ_SEED=${SEED}, ${COUNT} corrupted copies${ONLY === undefined ? '' : `, only #${ONLY}`} (replay: FUZZ_SEED=${SEED} npx node --test tests/unit/fuzz-content.test.ts)`,
);

// ————— the real entries, each with what the check needs beside it —————

const ROOT = join(import.meta.dirname, '../..');
const DIR = join(ROOT, 'content/messengers');
const readFile = (id: string, ru = false): SourceFile => ({
  path: `content/messengers/${ru ? 'ru/' : ''}${id}.mdx`,
  text: readFileSync(join(DIR, ru ? 'ru' : '', `${id}.mdx`), 'utf8'),
});
const ids = readdirSync(DIR)
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => name.slice(0, -4))
  .sort();

interface Pool {
  files: EntryFiles;
  en: ParsedFile;
  ru: ParsedFile;
}
const pool: Pool[] = [];
const skipped: string[] = [];
for (const id of ids) {
  try {
    const en = readFile(id);
    const ru = readFile(id, true);
    // The chain of successors must be there for `successor:` to resolve.
    const extra: SourceFile[] = [];
    for (let text = en.text, next; (next = /^successor: *["']?([a-z0-9-]+)/m.exec(text)?.[1]) && ids.includes(next) && !extra.some((f) => f.path.endsWith(`/${next}.mdx`));) {
      const file = readFile(next);
      extra.push(file, readFile(next, true));
      text = file.text;
    }
    const files: EntryFiles = { id, en, ru, extra };
    const errors = checkContent([...extra, en, ru], OPTIONS).filter((p) => p.severity === 'error');
    if (errors.length) throw new Error(errors.map(formatProblem).join('; '));
    pool.push({ files, en: new ParsedFile(en, 'en'), ru: new ParsedFile(ru, 'ru') });
  } catch (error) {
    skipped.push(`${id}: ${(error as Error).message}`);
  }
}

// ————— the corrupted copies —————

const KIND_NAMES = Object.keys(KINDS).sort();
interface Case {
  index: number;
  corruption: Corruption;
  files: SourceFile[];
}
const cases: Case[] = [];
const unmade: number[] = [];
for (let index = 0; index < COUNT; index++) {
  if (ONLY !== undefined && index !== ONLY) continue;
  const rng = new Rng(deriveSeed(SEED, index));
  const kinds = rng.shuffle(KIND_NAMES);
  let corruption: Corruption | undefined;
  for (const kind of kinds) if ((corruption = corrupt(rng, kind, pool))) break;
  if (!corruption) {
    unmade.push(index);
    continue;
  }
  const entry = pool.find((p) => p.en.path === corruption.path || p.ru.path === corruption.path)!.files;
  const files = [...entry.extra, entry.en, entry.ru].map((file) => (file.path === corruption.path ? { path: file.path, text: corruption.text } : file));
  cases.push({ index, corruption, files });
}

// ————— what every report must satisfy —————

const FIELD = /^(?:frontmatter|body|\w[\w-]*(?:\[\d+\]|\.\w[\w-]*)*)$/;
const FORMATTED = /^(\S+\.mdx):(\d+): (\S+): (\S.*)$/;

type Check = (files: SourceFile[]) => Problem[];
const realCheck: Check = (files) => checkContent(files, OPTIONS);

/** Everything wrong with the check's answer to one corrupted copy (empty when it is right). */
function judge(item: Case, check: Check = realCheck): string[] {
  const { corruption: c, files } = item;
  let problems: Problem[];
  try {
    problems = check(files);
  } catch (error) {
    return [`(a) the check crashed: ${(error as Error).stack ?? String(error)}`];
  }
  const faults: string[] = [];
  const errors = problems.filter((p) => p.severity === 'error');
  if (!errors.length) faults.push('(b) the corrupted copy was accepted: no error reported');

  for (const p of problems) {
    const shown = formatProblem(p);
    const file = files.find((f) => f.path === p.path);
    if (!file) faults.push(`(c) names no file of the check: ${shown}`);
    const lineCount = file ? file.text.split('\n').length : 0;
    if (!Number.isInteger(p.line) || p.line < 1 || p.line > lineCount) faults.push(`(c) line ${p.line} is not a line of ${p.path} (1–${lineCount}): ${shown}`);
    if (typeof p.field !== 'string' || !FIELD.test(p.field)) faults.push(`(c) field ${JSON.stringify(p.field)} is not a field name: ${shown}`);
    if (typeof p.message !== 'string' || !p.message.trim() || /\bundefined\b|\[object Object\]|\bNaN\b/.test(p.message) || p.message.includes('\n')) {
      faults.push(`(c) message is empty, multi-line or leaks a JS value: ${JSON.stringify(shown)}`);
    }
    const m = FORMATTED.exec(shown);
    if (!m || m[1] !== p.path || Number(m[2]) !== p.line || m[3] !== p.field) faults.push(`(c) not in the path:line: field: problem shape: ${JSON.stringify(shown)}`);
  }
  for (const p of errors) if (p.path !== c.path) faults.push(`(c) blames a file that was not corrupted: ${formatProblem(p)}`);

  const named = errors.filter((p) => p.path === c.path && p.field === c.field);
  if (errors.length && !named.length) faults.push(`(d) no error names the corrupted field ${c.field}`);
  if (named.length && c.line !== undefined && !named.some((p) => p.line === c.line)) {
    faults.push(`(d) ${c.field} is reported on line ${named.map((p) => p.line).join(', ')}, expected line ${c.line}`);
  }
  if (named.length && c.lines && !named.some((p) => p.line >= c.lines![0] && p.line <= c.lines![1])) {
    faults.push(`(d) ${c.field} is reported on line ${named.map((p) => p.line).join(', ')}, expected a line in ${c.lines[0]}–${c.lines[1]}`);
  }
  if (faults.length) faults.push(`report:\n      ${problems.map(formatProblem).join('\n      ') || '(nothing)'}`);
  return faults;
}

const describeCase = ({ index, corruption: c }: Case) =>
  `#${index} ${c.kind} in ${c.path} (${c.detail.length > 120 ? `${c.detail.slice(0, 117)}…` : c.detail}) — replay: FUZZ_SEED=${SEED} FUZZ_ONLY=${index} npx node --test tests/unit/fuzz-content.test.ts`;

// ————— the tests —————

describe(`content check fuzzing (FUZZ_SEED=${SEED})`, () => {
  it('starts from real entries the check accepts', () => {
    if (skipped.length) console.log(`fuzz-content: entries left out because the check already rejects them untouched:\n  ${skipped.join('\n  ')}`);
    assert.ok(pool.length >= 10, `only ${pool.length} clean entries to corrupt:\n${skipped.join('\n')}`);
  });

  it(`makes ${ONLY === undefined ? COUNT : 1} corrupted copies, of every kind`, () => {
    assert.deepEqual(unmade, [], `seed ${SEED}: no corruption could be made for copies ${unmade.join(', ')}`);
    const counts = Object.fromEntries(KIND_NAMES.map((kind) => [kind, cases.filter((c) => c.corruption.kind === kind).length]));
    console.log(`fuzz-content: copies per kind: ${JSON.stringify(counts)}`);
    if (ONLY === undefined && COUNT >= 500) {
      assert.deepEqual(
        KIND_NAMES.filter((kind) => counts[kind] === 0),
        [],
        `seed ${SEED}: some kinds were never made`,
      );
    }
  });

  it('would notice a check that crashes, accepts, loses the line or names the wrong field', () => {
    const sample: Case[] = [];
    for (const item of cases) if (sample.length < 60 && !judge(item).length) sample.push(item);
    const caught = (check: Check, test: RegExp) => sample.filter((item) => judge(item, check).some((fault) => test.test(fault))).length;
    assert.equal(
      caught(() => {
        throw new Error('boom');
      }, /^\(a\)/),
      sample.length,
    );
    assert.equal(
      caught(() => [], /^\(b\)/),
      sample.length,
    );
    const exact = sample.filter((item) => item.corruption.line !== undefined).length;
    assert.ok(caught((files) => realCheck(files).map((p) => ({ ...p, line: p.line + 1 })), /^\(d\)/) >= exact * 0.9);
    assert.ok(caught((files) => realCheck(files).map((p) => ({ ...p, field: p.field === 'body' ? 'frontmatter' : 'body' })), /^\(d\)/) === sample.length);
    assert.ok(caught((files) => realCheck(files).map((p) => ({ ...p, line: 0 })), /^\(c\)/) === sample.length);
  });

  for (const kind of KIND_NAMES) {
    const mine = cases.filter((c) => c.corruption.kind === kind);
    if (!mine.length) continue;
    it(`${kind}: ${mine.length} copies, each rejected with located problems naming the damage`, () => {
      const failures: string[] = [];
      for (const item of mine) {
        const faults = judge(item);
        if (faults.length) failures.push(`${describeCase(item)}\n    ${faults.join('\n    ')}`);
      }
      assert.equal(
        failures.length,
        0,
        `FUZZ_SEED=${SEED}: ${failures.length} of ${mine.length} ${kind} copies went wrong:\n\n${failures.slice(0, 8).join('\n\n')}${failures.length > 8 ? `\n\n… and ${failures.length - 8} more` : ''}`,
      );
    });
  }
});

// ————— bugs the fuzzer found, pinned —————

describe('content check: faults the fuzzer found', () => {
  const FIXTURES = join(ROOT, 'tests/fixtures/good');
  const PATH = 'content/messengers/good-messenger.mdx';
  const good = readFileSync(join(FIXTURES, 'good-messenger.mdx'), 'utf8');
  const others = [
    { path: 'content/messengers/second-messenger.mdx', text: readFileSync(join(FIXTURES, 'second-messenger.mdx'), 'utf8') },
    ...['good-messenger', 'second-messenger'].map((id) => ({ path: `content/messengers/ru/${id}.mdx`, text: readFileSync(join(FIXTURES, 'ru', `${id}.mdx`), 'utf8') })),
  ];
  const errorsOf = (text: string) => checkContent([...others, { path: PATH, text }], { today: '2026-11-25' }).filter((p) => p.severity === 'error');
  const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1;

  it('accepts the good fixture untouched', () => assert.deepEqual(errorsOf(good).map(formatProblem), []));

  it('rejects a value that starts with an unknown YAML tag, on its line (Astro stops the build there; the check used to drop the tag and accept)', () => {
    for (const tag of ['!Important', '!<tag:example.org,2026:x>', '!!bool']) {
      const text = good.replace('name: Good Messenger', `name: ${tag} Good Messenger`);
      const errors = errorsOf(text);
      assert.deepEqual(
        errors.map((p) => `${p.line} ${p.field}`),
        [`${lineOf(text, `name: ${tag} Good Messenger`)} frontmatter`],
        errors.map(formatProblem).join('\n'),
      );
      assert.match(errors[0]!.message, /starts with a sign YAML reserves/);
    }
  });

  it('names what an emptied block lacks, on the block’s line (it used to say only that the block expected fields)', () => {
    const emptied = (block: string, next: string) => {
      const start = good.indexOf(`\n${block}:\n`) + 1;
      const end = good.indexOf(`\n${next}:`, start) + 1;
      assert.ok(start > 0 && end > start, `${block} … ${next} not found in the fixture`);
      return `${good.slice(0, start)}${block}:\n${good.slice(end)}`;
    };
    for (const [block, next, required] of [
      ['encryption', 'business', ['encryption.history']],
      ['openSource', 'phoneNumber', ['openSource.client']],
    ] as const) {
      const text = emptied(block, next);
      // Other rules may follow from the loss (an encryption-change event left without its step).
      const errors = errorsOf(text).filter((p) => p.field.startsWith(block));
      assert.deepEqual(
        errors.map((p) => `${p.line} ${p.field}`),
        required.map((field) => `${lineOf(text, `${block}:`)} ${field}`),
        errors.map(formatProblem).join('\n'),
      );
      for (const error of errors)
        assert.match(error.message, new RegExp(`^missing \\(${block}: has nothing under it; expected \\w+: indented under ${block}:, or leave ${block} out\\)$`));
    }
    // A block the entry cannot do without (an event's title): the check does not suggest leaving it out.
    const text = good.replace('    title:\n      en: Launched on iOS\n      ru: Запуск версии для iOS\n', '    title:\n');
    assert.notEqual(text, good, 'no event title to empty in the fixture');
    const title = errorsOf(text).filter((p) => p.field.includes('.title'));
    assert.deepEqual(
      title.map((p) => `${p.line} ${p.message}`),
      ['en', 'ru'].map((key) => `${lineOf(text, '    title:')} missing (title: has nothing under it; expected ${key}: indented under title:)`),
      title.map(formatProblem).join('\n'),
    );
  });

  it('reports an unknown numeric or null key on its own line, not at the top of its group', () => {
    for (const [key, where] of [
      ['2020', 'category: consumer'],
      ['~', 'category: consumer'],
      ['1', '    from: "2014-02"'],
    ] as const) {
      const indent = /^ */.exec(where)![0];
      const text = good.replace(`${where}\n`, `${where}\n${indent}${key}: x\n`);
      assert.notEqual(text, good, where);
      const errors = errorsOf(text).filter((p) => /unknown field/.test(p.message));
      assert.equal(errors.length, 1, errors.map(formatProblem).join('\n'));
      assert.equal(errors[0]!.line, lineOf(text, `${indent}${key}: x`), formatProblem(errors[0]!));
    }
  });
});
