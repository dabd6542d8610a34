import { defineMdastPlugin, mdxToJs, type MdastPluginDefinition, type PluginFactoryContext } from 'satteri';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { relative, resolve, sep } from 'node:path';

/**
 * One parse of untrusted content (DESIGN §4, §5). The rules below run as an mdast plugin inside
 * the compiler that the build itself uses (Sätteri, through `@astrojs/mdx`), on the tree that the
 * build turns into code. The standalone check calls the same compiler with the same plugin and
 * the same features, so no input can read one way to the check and another way to the build.
 * In the build the plugin throws before any code is generated, so nothing in a refused file is
 * ever evaluated.
 */

/** Markdown features, shared by the build's processor and the check: GFM on, as Astro's default. */
export const MDX_FEATURES = { gfm: true, smartPunctuation: true } as const;

/** The components guide prose may use. */
export const GUIDE_COMPONENTS = ['Messenger', 'Figure', 'Cite', 'RussiaTable'] as const;
export type GuideComponent = (typeof GUIDE_COMPONENTS)[number];
/** The components entry prose (English and Russian) may use: a footnote to one of the entry's sources. Pages may use none. */
export const ENTRY_COMPONENTS = ['Cite'] as const satisfies readonly GuideComponent[];

/** The attributes each guide component takes; `true` marks a required one. */
export const COMPONENT_ATTRIBUTES: Record<GuideComponent, Record<string, boolean>> = {
  Messenger: { id: true },
  Figure: { id: true, metric: true, scope: false },
  Cite: { id: true },
  RussiaTable: {},
};

/** A finding in MDX prose, with its 1-based line in the file. */
export interface BodyFinding {
  line: number;
  message: string;
}

/** A component tag found in guide prose, with its (text) attributes. */
export interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
  /** 1-based line in the file. */
  line: number;
}

/** What the plugin leaves in the compile's data bag. */
export interface SafetyReport {
  findings: BodyFinding[];
  components: ComponentUse[];
}

/** Thrown by the plugin in the build: the file is refused before any code is generated. */
export class UnsafeContentError extends Error {
  readonly file: string;
  readonly findings: readonly BodyFinding[];
  constructor(file: string, findings: readonly BodyFinding[]) {
    super(`Content that could run code or inject markup was refused:\n${findings.map((f) => `${file}:${f.line}: body: ${f.message}`).join('\n')}`);
    this.name = 'UnsafeContentError';
    this.file = file;
    this.findings = findings;
  }
}

const DANGEROUS_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'form', 'base', 'meta', 'link', 'frame', 'frameset', 'svg', 'math', 'template']);
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;
const EXTERNAL_URL = /^(?:https?:)?\/\//i;
const DATA_KEY = 'atlasSafety';

/** True for a file whose prose may use the guide components. */
export function isGuidePath(path: string): boolean {
  return /(?:^|\/)content\/guides\/(?:ru\/)?[^/]+\.mdx$/.test(path.split(sep).join('/'));
}

/** True for an entry's English or Russian text, whose prose may cite the entry's sources. */
export function isEntryPath(path: string): boolean {
  return /(?:^|\/)content\/messengers\/(?:ru\/)?[^/]+\.mdx$/.test(path.split(sep).join('/'));
}

/** The components the prose of the file at `path` may use. */
export function componentsAllowed(path: string): readonly GuideComponent[] {
  if (isGuidePath(path)) return GUIDE_COMPONENTS;
  return isEntryPath(path) ? ENTRY_COMPONENTS : [];
}

interface Position {
  start: { line: number };
}
interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/**
 * The safety plugin. `allowed` decides, from the file's path, which components its prose may use
 * (guides: the guide components; entries: `<Cite>`; pages: none).
 */
export function safetyPlugin(throwOnFinding: boolean): (ctx: PluginFactoryContext) => MdastPluginDefinition {
  return (factory) => {
    const path = factory.fileURL ? fileURLToPath(factory.fileURL) : '';
    const allowed: readonly string[] = componentsAllowed(path);
    const report: SafetyReport = { findings: [], components: [] };
    factory.data[DATA_KEY] = report;
    const at = (node: { position?: Position | undefined }, message: string) => report.findings.push({ line: node.position?.start.line ?? 1, message });
    const expected = allowed.length ? `expected Markdown or one of: ${allowed.map((n) => `<${n}>`).join(', ')}` : 'expected plain Markdown';

    const element = (node: { name?: string | null; attributes: readonly JsxAttribute[]; position?: Position | undefined }) => {
      const name = node.name ?? '';
      if (DANGEROUS_ELEMENTS.has(name.toLowerCase())) {
        at(node, `<${name}> is not allowed (${expected})`);
        return;
      }
      if (!allowed.includes(name)) {
        const what = /^[A-Z]/.test(name) ? 'is not a component this text can use' : 'is an HTML tag, which is not allowed in the text';
        const markdown = allowed.length ? expected : 'expected plain Markdown, e.g. **bold**, *italic* or [text](https://…)';
        at(node, `<${name || '>'}> ${what} (${markdown})`);
      }
      const attributes: Record<string, string> = {};
      let clean = true;
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          at(node, `<${name}> has an attribute in curly brackets { }, which is not allowed (expected name="value")`);
          clean = false;
          continue;
        }
        const attrName = attribute.name ?? '';
        if (/^on/i.test(attrName)) at(node, `<${name}> has an ${attrName}= attribute, which would run code and is not allowed (expected plain Markdown)`);
        if (attribute.value !== null && typeof attribute.value === 'object') {
          at(node, `<${name} ${attrName}={…}> has a value in curly brackets, which is read as code and is not allowed (expected ${attrName}="text")`);
          clean = false;
        } else if (typeof attribute.value === 'string') {
          if (SCRIPT_URL.test(attribute.value)) at(node, `<${name} ${attrName}> holds a link that would run code, which is not allowed (expected an https:// or relative address)`);
          attributes[attrName] = attribute.value;
        } else {
          at(node, `<${name} ${attrName}> has no value (expected ${attrName}="text")`);
          clean = false;
        }
      }
      if (!clean || !(allowed as readonly string[]).includes(name)) return;
      const spec = COMPONENT_ATTRIBUTES[name as GuideComponent];
      for (const attrName of Object.keys(attributes)) {
        if (!(attrName in spec)) at(node, `<${name}> has an unknown attribute ${attrName}= (expected only: ${Object.keys(spec).join(', ')})`);
      }
      report.components.push({ name, attributes, line: node.position?.start.line ?? 1 });
    };

    const url = (node: { url: string; position?: Position | undefined }) => {
      if (SCRIPT_URL.test(node.url)) at(node, `the link ${JSON.stringify(node.url.slice(0, 40))} would run code, which is not allowed (expected an https:// or relative address)`);
    };

    return defineMdastPlugin({
      name: 'atlas:content-safety',
      options: { position: true },
      mdxjsEsm: (node) => void at(node, 'a line starting with import or export is code, which is not allowed (expected plain Markdown)'),
      mdxFlowExpression: (node) =>
        void at(node, 'text in curly brackets { } is read as code, which is not allowed (write \\{ and \\} for curly brackets that should show as text)'),
      mdxTextExpression: (node) =>
        void at(node, 'text in curly brackets { } is read as code, which is not allowed (write \\{ and \\} for curly brackets that should show as text)'),
      mdxJsxFlowElement: (node) => void element(node),
      mdxJsxTextElement: (node) => void element(node),
      html: (node) => void at(node, 'raw HTML is not allowed in the text (expected plain Markdown)'),
      image: (node) => void url(node),
      definition: (node) => void url(node),
      link: (node, ctx) => {
        url(node);
        // Every external link in rendered prose opens without handing over the page (DESIGN §5).
        if (EXTERNAL_URL.test(node.url)) ctx.setProperty(node, 'data', { ...node.data, hProperties: { rel: 'noopener noreferrer' } });
      },
      after: () => {
        report.findings.sort((a, b) => a.line - b.line);
        if (throwOnFinding && report.findings.length) throw new UnsafeContentError(relative(process.cwd(), path) || path, report.findings);
      },
    });
  };
}

/** The mdast plugins of the build's MDX pipeline; astro.config.mjs passes exactly these. */
export const BUILD_MDAST_PLUGINS = [safetyPlugin(true)];

/** What the check learns about one file's prose: unsafe constructs, component uses, or why it cannot be read. */
export type ProseReading = SafetyReport;

/**
 * Reads MDX prose with the build's compiler, features and safety plugin. `content` is the whole
 * file with its frontmatter blanked out, as Astro hands it to the compiler, so lines are file lines.
 */
export function readProse(content: string, path: string): ProseReading {
  const data: Record<string, unknown> = {};
  try {
    mdxToJs(content, {
      mdastPlugins: [safetyPlugin(false)],
      features: MDX_FEATURES,
      fileURL: pathToFileURL(resolve(path)),
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
      data,
    });
  } catch (error) {
    return { findings: [unreadable(error)], components: [] };
  }
  const report = data[DATA_KEY] as SafetyReport | undefined;
  return report ?? { findings: [], components: [] };
}

/**
 * Why the prose cannot be read, in plain words. The MDX parser explains in its own terms (acorn,
 * expression, name character); an editor needs to know it is about a { or a < in the text.
 */
function unreadable(error: unknown): BodyFinding {
  const failure = error as { line?: number; message?: string; reason?: string; position?: { start?: { line?: number } } };
  const reason = failure.reason ?? failure.message ?? '';
  const line = failure.line ?? failure.position?.start?.line ?? Number(/^(\d+):\d+/.exec(reason)?.[1] ?? /line (\d+)/i.exec(reason)?.[1] ?? 1);
  if (/expression|acorn|brace/i.test(reason)) {
    return { line, message: 'a curly bracket { here starts code, so the text cannot be read (write \\{ and \\} for curly brackets that should show as text)' };
  }
  if (/name|tag|attribute|jsx/i.test(reason)) {
    return {
      line,
      message:
        'a < here starts an HTML tag, so the text cannot be read (write \\< for an angle bracket that should show as text, e.g. I \\<3 it; for a link write [text](https://…))',
    };
  }
  return { line, message: 'the text cannot be read from this line: a { or < in it is taken as code (write \\{ or \\< for one that should show as text)' };
}
