import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { reportContentCheck } from '../lib/check/run.ts';
import { readContentFiles } from './read-content.ts';

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
        const { files, problems } = readContentFiles(fileURLToPath(config.root), 'content');
        const report = reportContentCheck(files, problems);
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
