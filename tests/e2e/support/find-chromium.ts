import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * The browser for the tests, in this order: $CHROMIUM_PATH, Playwright's own Chromium
 * (`npx playwright install chromium`), a system Chromium. Fails with a way to get one.
 */
export function findChromium(): string {
  const declared = process.env['CHROMIUM_PATH'];
  if (declared) {
    if (!existsSync(declared)) throw new Error(`CHROMIUM_PATH=${declared} does not exist.`);
    return declared;
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright's browsers are not installed: look for a system one.
  }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return system;
  throw new Error(
    'No Chromium found for the browser tests. Install one of: `sudo apt-get install chromium` (Debian/Ubuntu), ' +
      '`npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

/** Flags that keep Chromium quiet on a closed network and in containers. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
