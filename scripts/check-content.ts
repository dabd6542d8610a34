// npm run check:content [-- <folder>]: every problem in every content file, one located line each.
import { runContentCheck } from '../src/lib/check/run.ts';

const report = runContentCheck(process.cwd(), process.argv[2] ?? 'content');
for (const line of report.lines) console.log(line);
process.exitCode = report.errors ? 1 : 0;
