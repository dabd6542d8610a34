// npm run check: every content problem in every file, then the type check. Both always run (an
// editor with several broken entries sees all of them, not only Astro's first); the exit code is
// non-zero if either fails.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const steps = [
  ['node', join(import.meta.dirname, 'check-content.ts')],
  ['npx', 'astro', 'check'],
] as const;
let failed = 0;
for (const [command, ...args] of steps) {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
