/**
 * The project's GitHub repository, from one place: package.json's `repository` field. Reader
 * corrections ("Suggest a correction": an issue form filled in with the page) and "Edit this page"
 * (GitHub's web editor on the page's file) are built from it; when it is not set, they are left out.
 */
export interface Repository {
  /** `https://github.com/owner/name`, without a trailing slash or `.git`. */
  url: string;
  /** The branch the web editor opens files on. */
  branch: string;
}

const GITHUB = /^(?:git\+)?https:\/\/github\.com\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/;
const SHORTHAND = /^(?:github:)?([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/;

/**
 * Reads package.json's `repository` (`"github:owner/name"`, `"owner/name"`, or `{ "url": "https://github.com/owner/name.git" }`),
 * or, when that is not set, `GITHUB_REPOSITORY` (`owner/name`), which GitHub Actions sets in every
 * workflow run. Anything else (another host, a malformed value) gives undefined: no links.
 */
export function parseRepository(field: unknown, fallback?: string, branch = 'main'): Repository | undefined {
  const value = typeof field === 'string' ? field : field && typeof field === 'object' && 'url' in field && typeof field.url === 'string' ? field.url : undefined;
  for (const candidate of [value, fallback]) {
    const text = candidate?.trim();
    if (!text) continue;
    const match = GITHUB.exec(text) ?? SHORTHAND.exec(text);
    if (match) return { url: `https://github.com/${match[1]}/${match[2]}`, branch };
  }
  return undefined;
}

/** GitHub's web editor on one file of the repository (`content/messengers/icq.mdx`). */
export function editFileUrl(repository: Repository, path: string): string {
  return `${repository.url}/edit/${repository.branch}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** The issue forms (`.github/ISSUE_TEMPLATE/<name>.yml`), one per language. */
export const ISSUE_FORMS = {
  correct: { en: 'correct-a-fact.yml', ru: 'correct-a-fact-ru.yml' },
  add: { en: 'add-a-messenger.yml', ru: 'add-a-messenger-ru.yml' },
} as const;

/**
 * A new issue from a form, pre-filled: `title`, and any form field by its id (`page`, `entry`).
 * GitHub reads each query parameter into the field of the same id.
 */
export function issueFormUrl(repository: Repository, form: string, fields: Record<string, string>): string {
  const query = new URLSearchParams({ template: form, ...fields });
  return `${repository.url}/issues/new?${query.toString()}`;
}
