import { buildDate } from '../build-date.ts';
import { checkContent, type ContentFile } from './check-content.ts';
import { formatProblem, sortProblems, type Problem } from './problem.ts';

export interface CheckReport {
  problems: Problem[];
  errors: number;
  warnings: number;
  fileCount: number;
  lines: string[];
}

/**
 * Checks the files read from `contentDir` and words the result. `readProblems` are the odd files
 * the reader refused (symbolic links, pipes, folders, unreadable files).
 */
export function reportContentCheck(files: readonly ContentFile[], readProblems: readonly Problem[], contentDir = 'content', today = buildDate()): CheckReport {
  const problems = sortProblems([...readProblems, ...checkContent(files, { today })]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines = problems.map(formatProblem);
  const count = files.length + readProblems.length;
  const where = `${count} file${count === 1 ? '' : 's'} in ${contentDir}/`;
  lines.push(
    errors
      ? `✗ ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${where} — fix each line above and run \`npm run check:content\` again.`
      : `✓ content check: ${where} are fine${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}.`,
  );
  return { problems, errors, warnings, fileCount: count, lines };
}
