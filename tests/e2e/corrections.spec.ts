// "Suggest a correction" and "Edit this page" need the project's repository (package.json's
// `repository`, or GitHub Actions' GITHUB_REPOSITORY): with it every entry and guide links both,
// without it neither shows. base-path.spec.ts checks the links of a build that has one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseRepository } from '../../src/lib/repository.ts';
import { GUIDE_SLUGS } from './support/site.ts';

const packageJson = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { repository?: unknown };
const repository = parseRepository(packageJson.repository, process.env['GITHUB_REPOSITORY']);

for (const path of ['/messengers/telegram/', '/ru/messengers/telegram/', `/guides/${GUIDE_SLUGS[0]}/`, `/ru/guides/${GUIDE_SLUGS[0]}/`]) {
  test(`${path}: correction and edit links exactly when the repository is known`, async ({ page }) => {
    await page.goto(path);
    const actions = page.locator('aside.page-actions');
    await expect(actions).toHaveCount(repository ? 1 : 0);
    await expect(page.locator('a[href*="/issues/new?"], a[href*="/edit/main/"]')).toHaveCount(repository ? (path.startsWith('/ru/messengers') ? 3 : 2) : 0);
    if (repository) await expect(actions.locator('a[data-correction]')).toHaveAttribute('href', new RegExp(`^${repository.url}/issues/new\\?template=correct-a-fact`));
  });
}
