import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trimCspHashes } from '../lib/csp-trim.ts';

/** After the build, drops the CSP hashes from every page that has no inline code (see csp-trim.ts). */
export function cspTrim(): AstroIntegration {
  return {
    name: 'atlas:csp-trim',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let trimmed = 0;
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const out = trimCspHashes(html);
          if (out !== html) {
            writeFileSync(path, out);
            trimmed++;
          }
        }
        logger.info(`CSP hashes dropped from ${trimmed} pages without inline code`);
      },
    },
  };
}
