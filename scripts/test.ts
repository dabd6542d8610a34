// npm test: every check in order, with one summary line CI can read ("N passed, N failed").
// Gates (content check, type check, build, validators) count as one test each; unit and
// browser tests count one per test. A failed build skips the steps that need dist/.
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  command: string[];
  needsBuild?: boolean;
  /** Reads per-test counts from the output; gates count as one. */
  count?: (output: string) => { passed: number; failed: number } | undefined;
}

const nodeTestCounts = (output: string) => {
  const passed = /^ℹ pass (\d+)$/m.exec(output);
  const failed = /^ℹ fail (\d+)$/m.exec(output);
  return passed && failed ? { passed: Number(passed[1]), failed: Number(failed[1]) } : undefined;
};
const playwrightCounts = (output: string) => {
  const line = /^(\d+) passed, (\d+) failed, (\d+) skipped$/m.exec(output);
  return line ? { passed: Number(line[1]), failed: Number(line[2]) } : undefined;
};

const npm = (script: string, ...args: string[]) => ['npm', 'run', '-s', script, ...(args.length ? ['--', ...args] : [])];
const STEPS: Step[] = [
  { name: 'content check', command: npm('check:content') },
  { name: 'type check (astro check)', command: ['npx', 'astro', 'check'] },
  { name: 'format (Prettier --check)', command: npm('format:check') },
  { name: 'lint (ESLint)', command: npm('lint') },
  { name: 'unit tests', command: npm('test:unit'), count: nodeTestCounts },
  { name: 'build', command: npm('build') },
  { name: 'deterministic build (the last commit built twice, different TZ and locale)', command: npm('check:deterministic') },
  { name: 'html-validate over dist/', command: npm('validate:html'), needsBuild: true },
  { name: 'internal links and #fragments', command: npm('validate:links'), needsBuild: true },
  { name: 'browser tests (Playwright)', command: npm('test:e2e'), needsBuild: true, count: playwrightCounts },
  { name: 'Lighthouse on every page type, both languages', command: npm('lighthouse'), needsBuild: true },
];

function run(command: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    const tee = (chunk: Buffer, stream: NodeJS.WriteStream) => {
      output += chunk.toString();
      stream.write(chunk);
    };
    child.stdout.on('data', (chunk: Buffer) => tee(chunk, process.stdout));
    child.stderr.on('data', (chunk: Buffer) => tee(chunk, process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
const report: string[] = [];
let built = true;

for (const step of STEPS) {
  if (step.needsBuild && !built) {
    totals.skipped++;
    report.push(`  – ${step.name}: skipped (no build)`);
    continue;
  }
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const stepStart = Date.now();
  const { code, output } = await run(step.command);
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  const counted = step.count?.(output);
  const ok = code === 0 && (!step.count || (counted !== undefined && counted.failed === 0 && counted.passed > 0));
  if (counted) {
    totals.passed += counted.passed;
    totals.failed += counted.failed;
    if (code !== 0 && counted.failed === 0) totals.failed++;
  } else if (ok) totals.passed++;
  else totals.failed++;
  if (step.name === 'build' && code !== 0) built = false;
  report.push(`  ${ok ? '✓' : '✗'} ${step.name} (${seconds} s${counted ? `, ${counted.passed} passed, ${counted.failed} failed` : ''})`);
}

console.log(`\nSummary (${((Date.now() - started) / 1000).toFixed(0)} s):\n${report.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed ? 1 : 0;
