import assert from 'node:assert/strict';
import { test } from 'node:test';
import defaultConfig from 'lighthouse/core/config/default-config.js';
import { CATEGORIES, SKIPPED_AUDITS } from '../../scripts/lighthouse-config.ts';

test('the audits npm run lighthouse skips exist and weigh nothing in the categories it scores', () => {
  // The default config names its audits by path ('audits/bf-cache'): the id is the last part.
  const audits = new Set((defaultConfig.audits ?? []).filter((audit) => typeof audit === 'string').map((path) => path.split('/').pop()));
  const weighted = CATEGORIES.flatMap((id) => (defaultConfig.categories?.[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => `${id}: ${ref.id}`));
  assert.ok(weighted.length > 20, 'the default config lists weighted audits');
  for (const id of SKIPPED_AUDITS) {
    assert.ok(audits.has(id), `${id} is not an audit of this Lighthouse (renamed or removed?)`);
    assert.deepEqual(
      weighted.filter((entry) => entry.endsWith(`: ${id}`)),
      [],
      `${id} now counts towards a score: skipping it would change the result`,
    );
  }
});
