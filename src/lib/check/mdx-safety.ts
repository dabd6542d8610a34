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
    return [
      {
        line: failure.line ?? 1,
        message: `cannot be read as MDX: ${failure.reason ?? failure.message} (expected plain Markdown; write \\{ or \\< for a literal brace or angle bracket)`,
      },
    ];
  }
  const findings: BodyFinding[] = [];
  const report = (node: Node, message: string) => findings.push({ line: node.position?.start.line ?? 1, message });

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, 'import and export are not allowed (expected Markdown and the provided components only)');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, 'JavaScript expressions in { } are not allowed (expected plain text; write \\{ for a literal brace)');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, allowedComponents, report);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (typeof node.url === 'string' && SCRIPT_URL.test(node.url)) {
          report(node, `the link ${JSON.stringify(node.url.slice(0, 40))} is not allowed (expected an https:// or relative URL)`);
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
  if (!allowed.includes(name)) report(node, `<${name || '>'}> HTML or unknown component is not allowed (${expected})`);
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(node, `<${name}> has a {…} spread attribute, which is not allowed (expected name="value")`);
      continue;
    }
    const attrName = attribute.name ?? '';
    if (/^on/i.test(attrName)) report(node, `<${name}> has an event handler ${attrName}=, which is not allowed`);
    if (attribute.value !== null && typeof attribute.value === 'object') {
      report(node, `<${name} ${attrName}={…}> uses a JavaScript expression, which is not allowed (expected ${attrName}="text")`);
    } else if (typeof attribute.value === 'string' && SCRIPT_URL.test(attribute.value)) {
      report(node, `<${name} ${attrName}> holds a script URL, which is not allowed (expected an https:// or relative URL)`);
    }
  }
}
