import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildDate } from '../build-date.ts';
import { GUIDE_COMPONENTS } from '../guide-refs.ts';
import { checkContent, type ContentFile } from './check-content.ts';
import { formatProblem, type Problem } from './problem.ts';


/** Reads every `.mdx` under `contentDir`, paths relative to `root` with forward slashes. */
export function readContentFiles(root: string, contentDir: string): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.mdx')) files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(join(root, contentDir));
  return files;
}

export interface CheckReport {
  problems: Problem[];
  errors: number;
  warnings: number;
  fileCount: number;
  lines: string[];
}

/** Runs the content check over a project folder and words the result. */
export function runContentCheck(root: string, contentDir = 'content', today = buildDate()): CheckReport {
  const files = readContentFiles(root, contentDir);
  const problems = checkContent(files, { today, guideComponents: GUIDE_COMPONENTS });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines = problems.map(formatProblem);
  const where = `${files.length} file${files.length === 1 ? '' : 's'} in ${contentDir}/`;
  lines.push(
    errors
      ? `✗ ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${where} — fix each line above and run \`npm run check:content\` again.`
      : `✓ content check: ${where} are fine${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}.`,
  );
  return { problems, errors, warnings, fileCount: files.length, lines };
}
