// Untrusted content never runs (DESIGN §4, §5): hostile prose is compiled through the build's own
// MDX processor and refused before any code is generated; the same text compiled by Astro's plain
// processor (no safety plugin) really does run, so each case proves a live payload was stopped.
import { satteri } from '@astrojs/markdown-satteri';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { buildMdxProcessor } from '../../src/integrations/mdx-processor.ts';
import { readProse, UnsafeContentError } from '../../src/lib/check/mdx-safety.ts';
import { copyProject } from '../../scripts/bench/lib.ts';

const ROOT = join(import.meta.dirname, '../..');
// Inside the project, so that a compiled module can import astro/jsx-runtime like the build's do.
const SCRATCH = join(ROOT, 'node_modules/.atlas-untrusted');
mkdirSync(SCRATCH, { recursive: true });
after(() => rmSync(SCRATCH, { recursive: true, force: true }));

let serial = 0;
/** A marker file path, and JS that writes it with full access to the machine. */
function marker() {
  const path = join(SCRATCH, `marker-${process.pid}-${++serial}`);
  return { path, code: `process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(path)}, 'ran')` };
}

const renderer = (processor: ReturnType<typeof satteri>) =>
  processor.createMdxRenderer!(
    { syntaxHighlight: false, gfm: undefined, smartypants: undefined } as never,
    { optimize: false, srcDir: pathToFileURL(join(ROOT, 'src/')), sourcemap: false } as never,
  );
const build = await renderer(buildMdxProcessor());
const plain = await renderer(satteri());

/** Compiles with Astro's plain processor, imports the module and renders it, as a page would. */
async function runWithoutSafety(content: string, file: string) {
  const { code } = await plain.process(content, file, {});
  const module = join(SCRATCH, `module-${process.pid}-${++serial}.mjs`);
  // As @astrojs/mdx's post-processing does, the page imports the module and calls MDXContent.
  writeFileSync(module, `${code}\nexport default MDXContent;\n`);
  const loaded = (await import(pathToFileURL(module).href)) as { default: (props: object) => unknown };
  const stub = () => null;
  loaded.default({ components: { Messenger: stub, Figure: stub, Cite: stub } });
  return code;
}

const GUIDE = join(ROOT, 'content/guides/hostile.mdx');
const ENTRY = join(ROOT, 'content/messengers/hostile.mdx');

// Constructs where a parser without GFM (the check's old remark-parse + remark-mdx) reads the
// text differently from the build's Sätteri with GFM: each hides code that runs during the build.
const RUNNING: Record<string, (js: string) => string> = {
  'expression in a GFM table cell': (js) => `Intro.\n\n| a | b |\n|---|---|\n| x | {${js}} |\n`,
  'code span that crosses table cells': (js) => `Intro.\n\n| a | b |\n|---|---|\n| \`x | {${js}} |\n`,
  'expression in a footnote definition': (js) => `Text[^1].\n\n[^1]: A note {${js}}\n`,
  'expression in a list item': (js) => `- first\n- second {${js}}\n`,
  'expression in a quote line': (js) => `> quoted\n> {${js}}\n`,
  'expression in an attribute of an allowed component': (js) => `See <Messenger id={${js}} />.\n`,
  'export at the top of the prose': (js) => `Intro.\n\nexport const x = ${js}\n`,
};

// Markup that would reach readers: navigation, framing, plugins, a new base for every link.
const MARKUP: Record<string, string> = {
  '<iframe> in a table cell': '| a | b |\n|---|---|\n| x | <iframe src="https://example.com/"></iframe> |\n',
  '<meta http-equiv="refresh"> in a list item': '- item <meta http-equiv="refresh" content="0;url=https://example.com/" />\n',
  '<base href> in a quote': '> <base href="https://example.com/" />\n',
  '<object> in a footnote': 'Text[^1].\n\n[^1]: <object data="https://example.com/x.swf"></object>\n',
  'event handler on a component': '<Figure id="telegram" metric="mau" onmouseover="alert(1)" />\n',
  'script URL in a Markdown link': '[click](javascript:alert(1))\n',
};

describe('untrusted content: code in the prose never runs', () => {
  for (const [name, payload] of Object.entries(RUNNING)) {
    it(`${name}: runs without the safety plugin, is refused by the build's compiler and by the check`, async () => {
      const live = marker();
      await runWithoutSafety(payload(live.code), GUIDE);
      assert.ok(existsSync(live.path), 'the payload must really run when nothing stops it, or this test proves nothing');

      const stopped = marker();
      const content = payload(stopped.code);
      await assert.rejects(build.process(content, GUIDE, {}), (error: unknown) => {
        assert.ok(error instanceof UnsafeContentError, String(error));
        assert.match(error.message, /content\/guides\/hostile\.mdx:\d+: body: /);
        return true;
      });
      assert.equal(existsSync(stopped.path), false, 'the refused file must never run');

      const reading = readProse(content, GUIDE);
      assert.ok(reading.findings.length > 0, 'the check must report what the build refuses');
      const refused = await build.process(content, GUIDE, {}).then(
        () => assert.fail('the build compiled it'),
        (error: unknown) => (error instanceof UnsafeContentError ? error : assert.fail(String(error))),
      );
      assert.deepEqual(
        reading.findings.map((f) => f.line),
        refused.findings.map((f) => f.line),
        'check and build must point at the same lines',
      );
    });
  }
});

describe('untrusted content: markup never reaches readers', () => {
  for (const [name, content] of Object.entries(MARKUP)) {
    it(`${name}: compiled as markup without the plugin, refused with it`, async () => {
      const unsafe = (await plain.process(content, GUIDE, {})).code;
      assert.match(unsafe, /iframe|meta|base|object|onmouseover|javascript:/, 'without the plugin the markup is compiled into the page');
      await assert.rejects(build.process(content, GUIDE, {}), UnsafeContentError);
      assert.ok(readProse(content, GUIDE).findings.length > 0);
    });
  }

  it('entries may use no component at all, guides only the three', async () => {
    const tag = '<Messenger id="telegram" />\n';
    assert.equal(readProse(tag, GUIDE).findings.length, 0);
    assert.match(readProse(tag, ENTRY).findings[0]?.message ?? '', /not a component this text can use/);
    await assert.rejects(build.process(tag, ENTRY, {}), UnsafeContentError);
  });

  it('reads guide components in any syntax MDX accepts: two lines, single quotes, extra attributes', () => {
    const { findings, components } = readProse('Intro.\n\n- item <Figure\n  id=\'telegram\'\n  metric="mau" colour="red" />\n', GUIDE);
    assert.deepEqual(components, [{ name: 'Figure', attributes: { id: 'telegram', metric: 'mau', colour: 'red' }, line: 3 }]);
    assert.deepEqual(findings, [{ line: 3, message: '<Figure> has an unknown attribute colour= (expected only: id, metric, scope)' }]);
  });

  it('gives every external Markdown link rel="noopener noreferrer", and internal ones none', async () => {
    const { code } = await build.process('[out](https://example.com/) and [in](/messengers/) and [proto](//example.org/)\n', GUIDE, {});
    assert.equal(code.match(/rel: "noopener noreferrer"/g)?.length, 2, code);
    const { code: before } = await plain.process('[out](https://example.com/)\n', GUIDE, {});
    assert.doesNotMatch(before, /noopener/, 'the plain processor adds nothing: the plugin does');
  });
});

describe('untrusted content: a real `astro build` stops before the payload runs', () => {
  // Two builds of a temporary copy (about 10 s): one as the project is, where the content check
  // stops it first, and one with the check taken out of the copy's config, where the compiler's
  // own plugin must stop it. Neither may write the marker.
  const hostileGuide = (js: string) => {
    const guide = readFileSync(join(ROOT, 'content/guides/history.mdx'), 'utf8');
    return `${guide}\n\nexport const pwned = ${js}\n\nA closing line {${js}}.\n`;
  };
  const buildCopy = (withCheck: boolean) => {
    const dir = copyProject('worktree', 'atlas-untrusted-');
    const live = marker();
    writeFileSync(join(dir, 'content/guides/history.mdx'), hostileGuide(live.code));
    if (!withCheck) {
      const config = join(dir, 'astro.config.mjs');
      const text = readFileSync(config, 'utf8');
      assert.match(text, /\n\s*contentCheck\(\),/);
      writeFileSync(config, text.replace(/\n\s*contentCheck\(\),/, ''));
    }
    const result = spawnSync('npx', ['astro', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    rmSync(dir, { recursive: true, force: true });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`, ran: existsSync(live.path) };
  };

  it('the content check refuses the file, located, and nothing runs', () => {
    const { status, output, ran } = buildCopy(true);
    assert.notEqual(status, 0, output);
    assert.match(output, /content\/guides\/history\.mdx:\d+: body: a line starting with import or export is code/);
    assert.equal(ran, false);
  });

  it("without the check, the build's own MDX compiler refuses it, located, and nothing runs", () => {
    const { status, output, ran } = buildCopy(false);
    assert.notEqual(status, 0, output);
    assert.match(output, /UnsafeContentError|Content that could run code/);
    assert.match(output, /content\/guides\/history\.mdx:\d+: body: /);
    assert.equal(ran, false);
  });
});
