// npm run check:content [-- <folder>]: every problem in every content file, one located line each.
// In a GitHub Actions run each problem is also printed as an annotation, which GitHub shows on the
// pull request's file and line.
import { readContentFiles } from '../src/integrations/read-content.ts';
import { githubAnnotation } from '../src/lib/check/annotations.ts';
import { reportContentCheck } from '../src/lib/check/run.ts';

const contentDir = process.argv[2] ?? 'content';
const { files, problems } = readContentFiles(process.cwd(), contentDir);
const report = reportContentCheck(files, problems, contentDir);
for (const line of report.lines) console.log(line);
if (process.env['GITHUB_ACTIONS'] === 'true') for (const problem of report.problems) console.log(githubAnnotation(problem));
process.exitCode = report.errors ? 1 : 0;
