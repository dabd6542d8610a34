import type { Problem } from './problem.ts';

/** Escapes text for a GitHub workflow command (its message, or a property value). */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * A problem as a GitHub Actions annotation (`::error file=…,line=…,title=…::message`): printed in a
 * workflow run, it shows on the pull request's file and line, where an editor sees it.
 */
export function githubAnnotation(problem: Problem): string {
  const properties = [`file=${escapeProperty(problem.path)}`, `line=${problem.line}`, `title=${escapeProperty(problem.field)}`].join(',');
  return `::${problem.severity === 'warning' ? 'warning' : 'error'} ${properties}::${escapeData(`${problem.field}: ${problem.message}`)}`;
}
