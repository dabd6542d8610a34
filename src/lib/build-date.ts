/**
 * The one declared source of "today" for a build: `ATLAS_BUILD_DATE` (YYYY-MM-DD) when set, so two
 * builds of one commit can be made identical, otherwise the current UTC day.
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const declared = env['ATLAS_BUILD_DATE'];
  if (declared !== undefined && declared !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(declared) || Number.isNaN(Date.parse(`${declared}T00:00:00Z`))) {
      throw new Error(`ATLAS_BUILD_DATE=${declared} is not a date (expected YYYY-MM-DD)`);
    }
    return declared;
  }
  return now.toISOString().slice(0, 10);
}
