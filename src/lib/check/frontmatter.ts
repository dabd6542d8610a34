import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Scalar } from 'yaml';
import { isFullDate } from '../partial-date.ts';
import type { YamlError } from './yaml-errors.ts';

/** A file split into YAML frontmatter and body, with a way back from a field path to its line. */
export interface ParsedFile {
  /** The frontmatter as the build reads it (Astro's fence rule and js-yaml). */
  data: unknown;
  body: string;
  /** The whole file with its frontmatter blanked out, as Astro hands it to the MDX compiler: lines are file lines. */
  content: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  lineOf(path: readonly PropertyKey[]): number;
  /** Unquoted values that look like dates but are not real days, which js-yaml would roll over to another day. */
  impossibleDates: { path: PropertyKey[]; value: string }[];
  /** YAML syntax errors, in file order; when there are any, `data` is undefined. */
  yamlErrors: YamlError[];
}

const ASTRO_FENCE = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/**
 * Splits off and parses the frontmatter exactly as the build does: Astro's own
 * `parseFrontmatter` (its fence rule, js-yaml), so a value the check accepts is the value the build
 * gets — an unquoted date is a Date, `0b101` a number. A second, position-aware reading with the
 * `yaml` package only finds lines for messages and the unquoted impossible dates that js-yaml
 * silently rolls over (`2021-02-30` → 2 March).
 */
export function parseFile(text: string): ParsedFile | { error: string; line: number } {
  const fence = ASTRO_FENCE.exec(text);
  if (!fence) return { error: 'the file must start with frontmatter between two lines of three dashes (---)', line: 1 };
  if (fence[1] === '+++') return { error: 'the frontmatter is TOML (+++), which the atlas does not read (expected YAML between two lines of three dashes ---)', line: 1 };
  const raw = fence[2] ?? '';
  const rawStart = fence.index + fence[0].indexOf(fence[1] ?? '---') + 3;
  // Line of the file (1-based) on which the raw frontmatter text starts: the opening fence's line.
  const firstLine = text.slice(0, rawStart).split('\n').length;
  const closeLine = closeLineOf(firstLine, raw);
  const fileLine = (lineInRaw: number) => firstLine + lineInRaw - 1;
  // Astro takes `--- x` or `----` for a fence too, and reads what follows it as YAML or as prose:
  // the atlas asks for the plain form, so both readers and every editor see the same split.
  const lines = text.split('\n');
  if (!/^\uFEFF?---\s*$/.test(lines[firstLine - 1] ?? '')) return { error: 'the first line of the frontmatter must be exactly three dashes (---)', line: firstLine };
  if (!/^---\s*$/.test(lines[closeLineOf(firstLine, raw) - 1] ?? '')) {
    return { error: 'the line closing the frontmatter must be exactly three dashes (---)', line: closeLineOf(firstLine, raw) };
  }

  let build: { frontmatter: Record<string, unknown>; content: string } | undefined;
  const yamlErrors: YamlError[] = [];
  try {
    build = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  } catch (error) {
    const failure = error as { name?: string; reason?: string; message?: string; mark?: { line: number } };
    if (failure.name !== 'YAMLException') throw error;
    yamlErrors.push({ code: 'BUILD_YAML', line: fileLine((failure.mark?.line ?? 0) + 1), message: failure.reason ?? failure.message ?? 'YAML error' });
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const yamlLine = (offset: number) => fileLine(lineCounter.linePos(offset).line);
  for (const error of doc.errors) yamlErrors.push({ code: error.code, line: yamlLine(error.pos[0]), message: error.message.split('\n')[0] ?? error.message });
  // `note: !Important …` starts with a YAML tag that js-yaml refuses: say so on its line.
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') yamlErrors.push({ code: warning.code, line: yamlLine(warning.pos[0]), message: warning.message.split('\n')[0] ?? warning.message });
  }
  visit(doc, {
    Alias(_, node) {
      if (!node.resolve(doc)) yamlErrors.push({ code: 'BAD_ALIAS', line: yamlLine(node.range?.[0] ?? 0), message: `Unresolved alias ${node.source}` });
    },
  });
  // The build's reader decides: an error either reader finds is reported once, the position-aware one first.
  const seen = new Set<number>();
  const errors = yamlErrors
    .sort((a, b) => a.line - b.line || Number(a.code === 'BUILD_YAML') - Number(b.code === 'BUILD_YAML'))
    .filter((error) => !seen.has(error.line) && seen.add(error.line));

  const impossibleDates: ParsedFile['impossibleDates'] = [];
  visit(doc, {
    Scalar(_, node, path) {
      if (node.type !== 'PLAIN' || typeof node.value !== 'string' || !/^\d{4}-\d{1,2}-\d{1,2}$/.test(node.value)) return;
      if (isFullDate(node.value)) return;
      impossibleDates.push({ path: scalarPath(path, node), value: node.value });
    },
  });

  const body = text.split('\n').slice(closeLine).join('\n');
  return {
    data: errors.length || !build ? undefined : build.frontmatter,
    body,
    content: build?.content ?? text.slice(0, rawStart + raw.length + 3).replace(/[^\r\n]/g, ' ') + text.slice(rawStart + raw.length + 3),
    bodyLine: closeLine + 1,
    lineOf: (path) => yamlLine(nearestOffset(doc, path)),
    impossibleDates,
    yamlErrors: errors,
  };
}

/** The file line of the closing fence: the raw frontmatter ends with the newline before it. */
function closeLineOf(firstLine: number, raw: string): number {
  return firstLine + raw.split('\n').length - 1;
}

/** The data path of a scalar reached by `visit`: keys of the maps and indexes in the sequences above it. */
function scalarPath(ancestors: readonly unknown[], node: Scalar): PropertyKey[] {
  const path: PropertyKey[] = [];
  let child: unknown = node;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const parent = ancestors[i];
    if (isPair(parent)) {
      if (parent.value === child && isScalar(parent.key)) path.unshift(String(parent.key.value ?? ''));
    } else if (isSeq(parent)) {
      path.unshift(parent.items.indexOf(child as never));
    }
    child = parent;
  }
  return path;
}

/** Offset of the node at `path`, or of its nearest existing ancestor's key when it is missing. */
function nearestOffset(doc: Document, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth > 0; depth--) {
    const parentPath = path.slice(0, depth - 1) as PropertyKey[];
    const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    const key = path[depth - 1];
    if (isMap(parent)) {
      // Keys are text in the data (`2020:` becomes "2020", `~:` becomes ""), numbers or null in the document.
      // js-yaml, whose data the check validates, names a `~:` key "null".
      const pair = parent.items.find((item) => isScalar(item.key) && (String(item.key.value ?? '') === String(key) || (item.key.value === null && key === 'null')));
      const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (keyRange) return keyRange[0];
    }
    const node = doc.getIn(path.slice(0, depth) as PropertyKey[], true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return node.range[0];
  }
  return 0;
}
