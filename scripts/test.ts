// npm test: every check, with one summary line CI can read ("N passed, N failed").
// Gates (content check, type check, build, validators) count as one test each; unit and
// browser tests count one per test. A failed build skips the steps that need dist/.
// Steps run in stages, one stage after another. The steps of a stage run side by side: each is a
// single-threaded tool that leaves the second core idle (measured on a 2-core machine: the five
// source checks took 61 s one after another, the three checks of dist/ 50 s). The browser tests and
// Lighthouse each get a stage of their own, since they use the whole machine and Lighthouse's
// performance score drops when something else competes for the CPU.
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
const STAGES: Step[][] = [
  [
    { name: 'unit tests', command: npm('test:unit'), count: nodeTestCounts },
    { name: 'type check (astro check)', command: ['npx', 'astro', 'check'] },
    { name: 'content check', command: npm('check:content') },
    { name: 'format (Prettier --check)', command: npm('format:check') },
    { name: 'lint (ESLint)', command: npm('lint') },
  ],
  [{ name: 'build', command: npm('build') }],
  [
    { name: 'deterministic build (the last commit built twice, different TZ and locale)', command: npm('check:deterministic') },
    { name: 'html-validate over dist/', command: npm('validate:html'), needsBuild: true },
    { name: 'internal links and #fragments', command: npm('validate:links'), needsBuild: true },
  ],
  [{ name: 'browser tests (Playwright)', command: npm('test:e2e'), needsBuild: true, count: playwrightCounts }],
  [{ name: 'Lighthouse on every page type (in Russian, the heavier language)', command: npm('lighthouse'), needsBuild: true }],
];

/** Runs a command; `live` echoes its output as it comes, otherwise it is only collected. */
function run(command: string[], live: boolean): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    const tee = (chunk: Buffer, stream: NodeJS.WriteStream) => {
      output += chunk.toString();
      if (live) stream.write(chunk);
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

/** Runs one step and records its result; a stage of several steps prints each one's output whole, as it ends. */
async function runStep(step: Step, live: boolean) {
  if (step.needsBuild && !built) {
    totals.skipped++;
    return `  – ${step.name}: skipped (no build)`;
  }
  if (live) console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const stepStart = Date.now();
  const { code, output } = await run(step.command, live);
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  if (!live) console.log(`\n▶ ${step.name}: ${step.command.join(' ')} (ran beside the rest of its stage)\n${output.trimEnd()}`);
  const counted = step.count?.(output);
  const ok = code === 0 && (!step.count || (counted !== undefined && counted.failed === 0 && counted.passed > 0));
  if (counted) {
    totals.passed += counted.passed;
    totals.failed += counted.failed;
    if (code !== 0 && counted.failed === 0) totals.failed++;
  } else if (ok) totals.passed++;
  else totals.failed++;
  if (step.name === 'build' && code !== 0) built = false;
  return `  ${ok ? '✓' : '✗'} ${step.name} (${seconds} s${counted ? `, ${counted.passed} passed, ${counted.failed} failed` : ''})`;
}

for (const stage of STAGES) {
  const stageStart = Date.now();
  report.push(...(await Promise.all(stage.map((step) => runStep(step, stage.length === 1)))));
  if (stage.length > 1) report.push(`    (these ${stage.length} side by side: ${((Date.now() - stageStart) / 1000).toFixed(1)} s)`);
}

console.log(`\nSummary (${((Date.now() - started) / 1000).toFixed(0)} s):\n${report.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed ? 1 : 0;
