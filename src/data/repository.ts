import packageJson from '../../package.json' with { type: 'json' };
import { parseRepository } from '../lib/repository.ts';

/** The repository the "Suggest a correction" and "Edit this page" links point to, or undefined. */
export const REPOSITORY = parseRepository((packageJson as { repository?: unknown }).repository, process.env['GITHUB_REPOSITORY']);
