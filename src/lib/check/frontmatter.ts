import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { YamlError } from './yaml-errors.ts';

/** A file split into YAML frontmatter and body, with a way back from a field path to its line. */
export interface ParsedFile {
  data: unknown;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  lineOf(path: readonly PropertyKey[]): number;
  /** True when the scalar at `path` was written without quotes. */
  isPlainScalar(path: readonly PropertyKey[]): boolean;
  /** YAML syntax errors, in the parser's order; when there are any, `data` is undefined. */
  yamlErrors: YamlError[];
}

const FENCE = /^---\s*$/;

/**
 * Splits off and parses the frontmatter. YAML is read with the core schema (no timestamps), so
 * `2021-02-30` stays text for the check to reject, where Astro's parser would roll it over to March.
 */
export function parseFile(text: string): ParsedFile | { error: string; line: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return { error: 'the file must start with a line of three dashes (---)', line: 1 };
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) return { error: 'the frontmatter is not closed (expected a second line of three dashes ---)', line: 1 };

  const yamlText = lines.slice(1, close).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  // linePos counts from 1 within the YAML, which starts on the file's line 2: every line here is a file line.
  const yamlLine = (offset: number) => lineCounter.linePos(offset).line + 1;

  const yamlErrors: YamlError[] = doc.errors.map((error) => ({
    code: error.code,
    line: yamlLine(error.pos[0]),
    message: error.message.split('\n')[0] ?? error.message,
  }));
  // `note: !Important …` starts with a YAML tag: this parser only warns and drops it, Astro's
  // parser stops the build at a tag it does not know. Report it as a syntax error of its line.
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') yamlErrors.push({ code: warning.code, line: yamlLine(warning.pos[0]), message: warning.message.split('\n')[0] ?? warning.message });
  }
  // `summary: *bold*` parses, as a reference to an anchor that does not exist, and then makes
  // toJS() throw: report it as a syntax error of its line instead.
  visit(doc, {
    Alias(_, node) {
      if (!node.resolve(doc)) yamlErrors.push({ code: 'BAD_ALIAS', line: yamlLine(node.range?.[0] ?? 0), message: `Unresolved alias ${node.source}` });
    },
  });

  let data: unknown;
  if (!yamlErrors.length) {
    try {
      data = doc.toJS();
    } catch (error) {
      yamlErrors.push({ code: 'IMPOSSIBLE', line: 2, message: String(error) });
    }
  }
  yamlErrors.sort((a, b) => a.line - b.line);

  return {
    data,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
    lineOf: (path) => yamlLine(nearestOffset(doc, path)),
    isPlainScalar: (path) => {
      const node = doc.getIn(path as PropertyKey[], true);
      return isScalar(node) && node.type === 'PLAIN';
    },
    yamlErrors,
  };
}

/** Offset of the node at `path`, or of its nearest existing ancestor's key when it is missing. */
function nearestOffset(doc: Document, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth > 0; depth--) {
    const parentPath = path.slice(0, depth - 1) as PropertyKey[];
    const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    const key = path[depth - 1];
    if (isMap(parent)) {
      // Keys are text in the data (`2020:` becomes "2020", `~:` becomes ""), numbers or null in the document.
      const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value ?? '') === String(key));
      const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (keyRange) return keyRange[0];
    }
    const node = doc.getIn(path.slice(0, depth) as PropertyKey[], true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return node.range[0];
  }
  return 0;
}
