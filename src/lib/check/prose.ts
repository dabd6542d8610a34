/** The least prose an entry needs in each language (the dataset issue: at least 120 words). */
export const MIN_PROSE_WORDS = 120;

/**
 * Words of MDX prose, counted as tests/unit/guides.test.ts counts a guide: component tags are left
 * out (a <Figure /> shows a number, not words); a word is a run of letters or digits in any script,
 * and hyphens or apostrophes inside a word (e-mail, don't) do not split it.
 */
export function countWords(body: string): number {
  return (body.replace(/<[A-Z][^>]*\/>/g, ' ').match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/**
 * The prose-length problem of one entry body, if any. `bodyLine` is the file line where the body
 * starts; the problem points at its first written line, or at the closing --- when it is empty.
 */
export function proseTooShort(body: string, bodyLine: number, language: 'English' | 'Russian'): { line: number; message: string } | undefined {
  const words = countWords(body);
  if (words >= MIN_PROSE_WORDS) return undefined;
  const line = firstProseLine(body, bodyLine);
  const has = words === 0 ? 'has no words' : `has ${words} word${words === 1 ? '' : 's'}`;
  return {
    line,
    message: `the ${language} prose below the frontmatter ${has} (expected at least ${MIN_PROSE_WORDS}: write ${MIN_PROSE_WORDS - words} more, in your own words)`,
  };
}

/** The file line of a body's first written line, or of the closing --- when the body is empty. */
export function firstProseLine(body: string, bodyLine: number): number {
  const firstWritten = body.split('\n').findIndex((line) => line.trim() !== '');
  return firstWritten === -1 ? bodyLine - 1 : bodyLine + firstWritten;
}

/** The paragraphs of a prose body: runs of written lines between blank lines. */
export function paragraphsOf(body: string): string[] {
  return body.split(/\n[ \t]*\n/).filter((paragraph) => paragraph.trim() !== '');
}
