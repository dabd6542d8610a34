import type { Messenger } from '../schemas/messenger.ts';
import type { Source } from '../schemas/source.ts';
import type { Metric } from '../schemas/user-count.ts';
import { latestFigure } from './derive.ts';
import { readProse, type ComponentUse } from './check/mdx-safety.ts';
import { sourceOf } from './sources.ts';

export { GUIDE_COMPONENTS, type ComponentUse } from './check/mdx-safety.ts';

/** The guide components in a body, in reading order, read by the build's own MDX compiler. */
export function findComponents(body: string): ComponentUse[] {
  return readProse(body, 'content/guides/guide.mdx').components;
}

/** One line of a page's reference list: a source, and the anchor footnote markers link to. */
export interface Reference {
  key: string;
  anchor: string;
  number: number;
  source: Source;
  /** The messenger whose data the source supports, for figures. */
  messengerId?: string;
}

/**
 * Numbers the references of a guide in the order its prose first cites them: `<Cite>` points at
 * the guide's own sources, `<Figure>` at the source of the figure it shows.
 */
export function guideReferences(body: string, guideSources: readonly Source[], messengers: ReadonlyMap<string, Pick<Messenger, 'users' | 'sources'>>): Map<string, Reference> {
  const references = new Map<string, Reference>();
  const add = (key: string, source: Source | undefined, messengerId?: string) => {
    if (!source || references.has(key)) return;
    const reference: Reference = { key, anchor: `ref-${key}`, number: references.size + 1, source };
    if (messengerId) reference.messengerId = messengerId;
    references.set(key, reference);
  };
  for (const use of findComponents(body)) {
    if (use.name === 'Cite') {
      const id = use.attributes['id'] ?? '';
      add(
        citeKey(id),
        guideSources.find((source) => source.id === id),
      );
    } else if (use.name === 'Figure') {
      const id = use.attributes['id'] ?? '';
      const messenger = messengers.get(id);
      const point = messenger && latestFigure(messenger, use.attributes['metric'] as Metric, use.attributes['scope']);
      if (messenger && point) add(figureKey(id, point.source), sourceOf(messenger, point.source), id);
    }
  }
  return references;
}

export const citeKey = (sourceId: string) => `guide-${sourceId}`;
export const figureKey = (messengerId: string, sourceId: string) => `${messengerId}-${sourceId}`;

/** Reading time in whole minutes at 200 words a minute. */
export function readingMinutes(text: string): number {
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return Math.max(1, Math.round(words / 200));
}
