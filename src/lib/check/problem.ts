/** One finding of the content check, located in a file. */
export interface Problem {
  path: string;
  line: number;
  /** Dotted path of the field (`users[2].date`), or `frontmatter` / `body` for whole-file problems. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

/** `path:line: field: problem (expected …)`, the one-line form editors and CI read. */
export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.path}:${problem.line}: ${problem.field}: ${prefix}${problem.message}`;
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`)).join('');
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.path.localeCompare(b.path, 'en') || a.line - b.line || a.field.localeCompare(b.field, 'en'));
}

/** What a rule finds in one entry's frontmatter, located by the path of the field to fix. */
export interface Finding {
  path: PropertyKey[];
  message: string;
  severity: Problem['severity'];
}
