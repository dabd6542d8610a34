import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runContentCheck } from '../lib/check/run.ts';

/**
 * Runs the content check before every build and fails it on any error: Astro on its own stops at
 * the first bad entry, logs broken references without failing, and rolls impossible dates over.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'atlas:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const report = runContentCheck(fileURLToPath(config.root));
        if (report.errors === 0) {
          if (report.warnings) report.lines.forEach((line) => logger.warn(line));
          return;
        }
        report.lines.forEach((line) => logger.error(line));
        if (command === 'build') throw new Error(`The content check found ${report.errors} error(s); the build stops here.`);
      },
    },
  };
}
