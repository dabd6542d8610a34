import type { ParsedFile } from './frontmatter.ts';
import type { ComponentUse } from './mdx-safety.ts';

/** A file under `content/`, by its path relative to the project (forward slashes). */
export interface ContentFile {
  path: string;
  text: string;
}

export type Kind = 'entry' | 'entry-ru' | 'guide' | 'guide-ru' | 'page' | 'other';

/** Which role a file under content/ plays, from its path. Files starting with `_` are templates. */
export function classify(path: string): Kind {
  const name = path.split('/').pop() ?? '';
  if (name.startsWith('_') || !name.endsWith('.mdx')) return 'other';
  if (/(^|\/)messengers\/ru\/[^/]+\.mdx$/.test(path)) return 'entry-ru';
  if (/(^|\/)messengers\/[^/]+\.mdx$/.test(path)) return 'entry';
  if (/(^|\/)guides\/ru\/[^/]+\.mdx$/.test(path)) return 'guide-ru';
  if (/(^|\/)guides\/[^/]+\.mdx$/.test(path)) return 'guide';
  if (/(^|\/)pages\/[^/]+\/[^/]+\.mdx$/.test(path)) return 'page';
  return 'other';
}

export const idFromPath = (path: string) => (path.split('/').pop() ?? '').replace(/\.mdx$/, '');

/** An entry that could be read, for the rules that look across files. */
export interface Entry {
  file: ContentFile;
  parsed: ParsedFile;
  /** Fields that already have a problem: later rules say nothing more about them. */
  reported: Set<string>;
  /** The `<Cite>` footnotes of its English prose, in reading order. */
  cites: ComponentUse[];
}

/** A Russian entry text, with its parse when the file could be read. */
export interface RuText {
  file: ContentFile;
  parsed?: ParsedFile;
  /** The `<Cite>` footnotes of its prose, when the file could be read. */
  cites?: ComponentUse[];
}

/** A guide that could be read, with the components its prose uses. */
export interface Guide {
  file: ContentFile;
  parsed: ParsedFile;
  kind: 'guide' | 'guide-ru';
  components: ComponentUse[];
}
