// npm run validate:links [-- <dist> [--base /path/]]: every internal link and #fragment in dist/
// must resolve. External URLs are not fetched (the build machine may be offline); the content
// check vets them.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkLinks } from './lib/links.ts';

const { values, positionals } = parseArgs({ options: { base: { type: 'string', default: '/' } }, allowPositionals: true });
const dist = resolve(positionals[0] ?? 'dist');
if (!existsSync(dist)) {
  console.error(`${dist} does not exist: run npm run build first.`);
  process.exit(1);
}
const { broken, checked, pages } = checkLinks(dist, values.base);
for (const line of broken) console.log(line);
console.log(broken.length ? `✗ ${broken.length} broken of ${checked} internal links in ${pages} pages` : `✓ ${checked} internal links in ${pages} pages resolve`);
process.exitCode = broken.length ? 1 : 0;
