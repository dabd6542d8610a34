import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 level A and AA, the bar DESIGN §5 sets. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe's WCAG 2.2 A/AA violations on the page, one line each (rule and the elements it found).
 * Only violations are worked out in full: axe otherwise builds a selector for every element that
 * passed. (The tags go in the same options: AxeBuilder's options() replaces what withTags() set.)
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ runOnly: { type: 'tag', values: WCAG_22_AA }, resultTypes: ['violations'] }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
