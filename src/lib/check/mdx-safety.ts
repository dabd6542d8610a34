import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A finding in MDX prose, with its 1-based line within the body. */
export interface BodyFinding {
  line: number;
  message: string;
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const DANGEROUS_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'form', 'base', 'meta', 'link']);
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;

/**
 * Content arrives in pull requests from strangers (DESIGN §5): prose may use Markdown and the
 * listed components only — no import/export, no `{…}` expressions, no raw HTML, no event handlers,
 * no script URLs. The body is parsed as MDX, so what is reported is what Astro would execute.
 */
export function findUnsafeMdx(body: string, allowedComponents: readonly string[]): BodyFinding[] {
  let tree: Node;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(body) as Node;
  } catch (error) {
    const failure = error as { line?: number; reason?: string; message?: string };
    return [{ line: failure.line ?? 1, message: unreadable(failure.reason ?? failure.message ?? '') }];
  }
  const findings: BodyFinding[] = [];
  const report = (node: Node, message: string) => findings.push({ line: node.position?.start.line ?? 1, message });

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, 'a line starting with import or export is code, which is not allowed (expected plain Markdown)');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, 'text in curly brackets { } is read as code, which is not allowed (write \\{ and \\} for curly brackets that should show as text)');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, allowedComponents, report);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (typeof node.url === 'string' && SCRIPT_URL.test(node.url)) {
          report(node, `the link ${JSON.stringify(node.url.slice(0, 40))} would run code, which is not allowed (expected an https:// or relative address)`);
        }
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return findings;
}

function checkElement(node: Node, allowed: readonly string[], report: (node: Node, message: string) => void) {
  const name = node.name ?? '';
  const expected = allowed.length ? `expected Markdown or one of: ${allowed.map((n) => `<${n}>`).join(', ')}` : 'expected plain Markdown';
  if (DANGEROUS_ELEMENTS.has(name.toLowerCase())) {
    report(node, `<${name}> is not allowed (${expected})`);
    return;
  }
  if (!allowed.includes(name)) {
    const what = /^[A-Z]/.test(name) ? 'is not a component this text can use' : 'is an HTML tag, which is not allowed in the text';
    const markdown = allowed.length ? expected : 'expected plain Markdown, e.g. **bold**, *italic* or [text](https://…)';
    report(node, `<${name || '>'}> ${what} (${markdown})`);
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(node, `<${name}> has an attribute in curly brackets { }, which is not allowed (expected name="value")`);
      continue;
    }
    const attrName = attribute.name ?? '';
    if (/^on/i.test(attrName)) report(node, `<${name}> has an ${attrName}= attribute, which would run code and is not allowed (expected plain Markdown)`);
    if (attribute.value !== null && typeof attribute.value === 'object') {
      report(node, `<${name} ${attrName}={…}> has a value in curly brackets, which is read as code and is not allowed (expected ${attrName}="text")`);
    } else if (typeof attribute.value === 'string' && SCRIPT_URL.test(attribute.value)) {
      report(node, `<${name} ${attrName}> holds a link that would run code, which is not allowed (expected an https:// or relative address)`);
    }
  }
}

/**
 * Why the prose cannot be read, in plain words. The MDX parser explains in its own terms (acorn,
 * expression, name character); an editor needs to know it is about a { or a < in the text.
 */
function unreadable(reason: string): string {
  if (/expression|acorn|brace/i.test(reason)) {
    return 'a curly bracket { here starts code, so the text cannot be read (write \\{ and \\} for curly brackets that should show as text)';
  }
  if (/name|tag|attribute/i.test(reason)) {
    return 'a < here starts an HTML tag, so the text cannot be read (write \\< for an angle bracket that should show as text, e.g. I \\<3 it; for a link write [text](https://…))';
  }
  return 'the text cannot be read from this line: a { or < in it is taken as code (write \\{ or \\< for one that should show as text)';
}
