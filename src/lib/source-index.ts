import type { Messenger } from '../schemas/messenger.ts';
import type { Source } from '../schemas/source.ts';
import { eventAnchors, figureAnchors } from './anchors.ts';

/** One fact that cites a source, and where on the entry page it is. */
export interface CitingFact {
  messengerId: string;
  messengerName: string;
  kind: 'users' | 'event' | 'owner' | 'encryption' | 'openSource' | 'business';
  /** Anchor on the entry page: `users`, `event-2018-04-16-block`, … */
  anchor: string;
  /** Date of the fact, when it has one. */
  date?: string;
  /** What is said, for the list: a value, an event kind, an owner. */
  label: string;
}

export interface IndexedSource {
  source: Source;
  facts: CitingFact[];
}

/**
 * Every source of every entry, grouped by publisher (publishers A–Z, sources by title), each
 * with the facts that cite it — the reverse of the entry pages' footnotes.
 */
export function sourcesByPublisher(messengers: readonly Messenger[]): [string, IndexedSource[]][] {
  const byUrl = new Map<string, IndexedSource>();
  for (const m of messengers) {
    const add = (sourceId: string | undefined, fact: Omit<CitingFact, 'messengerId' | 'messengerName'>) => {
      const source = m.sources.find((s) => s.id === sourceId);
      if (!source) return;
      const indexed = byUrl.get(source.url) ?? { source, facts: [] };
      indexed.facts.push({ messengerId: m.id, messengerName: m.name, ...fact });
      byUrl.set(source.url, indexed);
    };
    const figures = figureAnchors(m.users);
    m.users.forEach((point, i) => add(point.source, { kind: 'users', anchor: figures[i]!, date: point.date, label: `${point.value} ${point.metric}` }));
    const anchors = eventAnchors(m.events);
    m.events.forEach((event, i) => add(event.source, { kind: 'event', anchor: anchors[i]!, date: event.date, label: event.kind }));
    m.owners.forEach((owner) => add(owner.source, { kind: 'owner', anchor: 'owners', date: owner.from, label: owner.owner }));
    m.encryption?.history.forEach((step) => add(step.source, { kind: 'encryption', anchor: 'encryption', date: step.from, label: 'encryption' }));
    add(m.openSource?.source, { kind: 'openSource', anchor: 'facts', label: 'open source' });
    add(m.business?.source, { kind: 'business', anchor: 'business', label: 'business' });
  }
  const groups = new Map<string, IndexedSource[]>();
  for (const indexed of byUrl.values()) {
    const list = groups.get(indexed.source.publisher) ?? [];
    list.push(indexed);
    groups.set(indexed.source.publisher, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
    .map(([publisher, list]) => [publisher, list.sort((a, b) => a.source.title.localeCompare(b.source.title, 'en'))]);
}

/** One letter of the publishers' A–Z index, and the publishers under it. */
export interface PublisherLetter {
  letter: string;
  publishers: { name: string; anchor: string; sources: IndexedSource[] }[];
}

/**
 * The publishers grouped by first letter for the A–Z index: Latin letters first, then Cyrillic,
 * then `#` for names that start with anything else. Each publisher gets a stable anchor from its
 * name in Latin letters (`publisher-the-verge`).
 */
export function publishersByLetter(groups: readonly [string, IndexedSource[]][], key: (name: string) => string): PublisherLetter[] {
  const letterOf = (name: string) => {
    const first = name.trim().charAt(0).toLocaleUpperCase('ru');
    return /[A-Z]/.test(first) ? first : /[А-ЯЁ]/.test(first) ? (first === 'Ё' ? 'Е' : first) : '#';
  };
  const rank = (letter: string) => (/[A-Z]/.test(letter) ? 0 : letter === '#' ? 2 : 1);
  const letters = new Map<string, PublisherLetter>();
  const taken = new Set<string>();
  for (const [name, sources] of groups) {
    const base = `publisher-${key(name).replace(/ /g, '-') || 'other'}`;
    let anchor = base;
    for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
    taken.add(anchor);
    const letter = letterOf(name);
    const entry = letters.get(letter) ?? { letter, publishers: [] };
    entry.publishers.push({ name, anchor, sources });
    letters.set(letter, entry);
  }
  return [...letters.values()].sort((a, b) => rank(a.letter) - rank(b.letter) || a.letter.localeCompare(b.letter, 'ru'));
}
