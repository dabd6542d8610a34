// npm run check:content [-- <folder>]: every problem in every content file, one located line each.
import { readContentFiles } from '../src/integrations/read-content.ts';
import { reportContentCheck } from '../src/lib/check/run.ts';

const contentDir = process.argv[2] ?? 'content';
const { files, problems } = readContentFiles(process.cwd(), contentDir);
const report = reportContentCheck(files, problems, contentDir);
for (const line of report.lines) console.log(line);
process.exitCode = report.errors ? 1 : 0;
