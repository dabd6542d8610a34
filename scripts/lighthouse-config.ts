// What `npm run lighthouse` asks of Lighthouse, in one place for the script and its unit test.
/** The categories it scores, and the score each page must reach (performance judged by a median, see lighthouse.ts). */
export const THRESHOLDS = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 } as const;
export type Category = keyof typeof THRESHOLDS;
export const CATEGORIES = Object.keys(THRESHOLDS) as Category[];

// Audits it skips to save time. Each must carry no weight in any category above, so that skipping it
// cannot change a score: tests/unit/lighthouse-config.test.ts checks that against the installed
// Lighthouse's default config, and fails if an upgrade gives one of them weight.
//   bf-cache: navigates away and back to test the back/forward cache (about 0.5 s a page);
//   screenshot-thumbnails, final-screenshot: the filmstrip and last frame of the report.
export const SKIPPED_AUDITS = ['bf-cache', 'screenshot-thumbnails', 'final-screenshot'];
