// Audits `npm run lighthouse` skips to save time. Each must carry no weight in any category it runs,
// so that skipping it cannot change a score: tests/unit/lighthouse-audits.test.ts checks that against
// the installed Lighthouse's default config, and fails if an upgrade gives one of them weight.
//   bf-cache: navigates away and back to test the back/forward cache (about 0.5 s a page);
//   screenshot-thumbnails, final-screenshot: the filmstrip and last frame of the report.
export const SKIPPED_AUDITS = ['bf-cache', 'screenshot-thumbnails', 'final-screenshot'];
