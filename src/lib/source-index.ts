import { FACT_FIELDS, type FactField, type Messenger } from '../schemas/messenger.ts';
import type { Source } from '../schemas/source.ts';
import type { Locale, Translate } from '../i18n/index.ts';
import { formatFigureValue } from './format.ts';
import { metricAfterValue } from './metric-words.ts';
import { formatPartialDate } from './partial-date.ts';
import { BUSINESS_FEATURES, type EventKind, type Metric } from './vocabulary.ts';
import { eventAnchors, figureAnchors } from './anchors.ts';
import { sourceIds, sourceOf } from './sources.ts';
import { readProse } from './check/mdx-safety.ts';
import { namedFactSourceIds, ownerSourceIds, sharedBusinessSource } from './derive.ts';

/** What a citing fact says, typed per kind, for the list to word in the reader's language. */
export type FactClaim =
  | { kind: 'users' | 'note'; value: number; metric: Metric }
  | { kind: 'event'; event: EventKind }
  | { kind: 'owner'; owner: string }
  | { kind: 'encryption' | 'openSource' | 'business' | 'noOwner' | 'clientOf' | 'inclusion' | 'figuresNote' | 'prose' }
  | { kind: 'fact'; field: FactField };

/** The dictionary key of each plain fact's label on the entry page. */
const FACT_LABEL = {
  launched: 'entry.launched',
  discontinued: 'entry.discontinued',
  origin: 'entry.origin',
  headquarters: 'entry.headquarters',
  website: 'entry.website',
  architecture: 'entry.architecture',
  phoneNumber: 'entry.phone',
  platforms: 'entry.platforms',
} as const satisfies Record<FactField, string>;

/** Where on an entry page a fact is. */
interface FactPlace {
  /** Anchor on the entry page: `users`, `event-2018-04-16-block`, … */
  anchor: string;
  /** Date of the fact, when it has one. */
  date?: string;
}

/** One fact that cites a source, and where on the entry page it is. */
export type CitingFact = FactClaim & FactPlace & { messengerId: string; messengerName: string };

export interface IndexedSource {
  source: Source;
  facts: CitingFact[];
}

/**
 * Every source of every entry, grouped by publisher (publishers A–Z, sources by title), each
 * with the facts that cite it — the reverse of the entry pages' footnotes. `proseCites` gives,
 * per entry id, the sources its prose cites with `<Cite>` (see `proseCiteIds`).
 */
export function sourcesByPublisher(messengers: readonly Messenger[], proseCites: ReadonlyMap<string, readonly string[]> = new Map()): [string, IndexedSource[]][] {
  const byUrl = new Map<string, IndexedSource>();
  for (const m of messengers) {
    const add = (sourceId: string | undefined, place: FactPlace, claim: FactClaim) => {
      const source = sourceOf(m, sourceId);
      if (!source) return;
      const indexed = byUrl.get(source.url) ?? { source, facts: [] };
      indexed.facts.push({ messengerId: m.id, messengerName: m.name, ...place, ...claim });
      byUrl.set(source.url, indexed);
    };
    const figures = figureAnchors(m.users);
    m.users.forEach((point, i) => {
      const at = { anchor: figures[i] ?? 'users', date: point.date };
      add(point.source, at, { kind: 'users', value: point.value, metric: point.metric });
      for (const id of sourceIds(point.note?.sources)) add(id, at, { kind: 'note', value: point.value, metric: point.metric });
    });
    const anchors = eventAnchors(m.events);
    m.events.forEach((event, i) => add(event.source, { anchor: anchors[i] ?? 'events', date: event.date }, { kind: 'event', event: event.kind }));
    for (const owner of m.owners) for (const id of ownerSourceIds(m, owner)) add(id, { anchor: 'owners', date: owner.from }, { kind: 'owner', owner: owner.owner });
    m.encryption?.history.forEach((step) => {
      for (const id of sourceIds(step.source)) add(id, { anchor: 'encryption', date: step.from }, { kind: 'encryption' });
    });
    for (const id of sourceIds(m.openSource?.source)) add(id, { anchor: 'facts' }, { kind: 'openSource' });
    add(sharedBusinessSource(m.business), { anchor: 'business' }, { kind: 'business' });
    for (const feature of BUSINESS_FEATURES) add(m.business?.sources?.[feature], { anchor: 'business' }, { kind: 'business' });
    add(m.noOwner?.source, { anchor: 'owners' }, { kind: 'noOwner' });
    add(m.clientOf?.source, { anchor: 'facts' }, { kind: 'clientOf' });
    add(m.inclusion?.source, { anchor: 'facts' }, { kind: 'inclusion' });
    for (const id of sourceIds(m.figuresNote?.sources)) add(id, { anchor: 'users' }, { kind: 'figuresNote' });
    for (const field of FACT_FIELDS) for (const id of namedFactSourceIds(m, field)) add(id, { anchor: 'facts' }, { kind: 'fact', field });
    for (const id of new Set(proseCites.get(m.id))) add(id, { anchor: 'about' }, { kind: 'prose' });
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

/** A citing fact in words, for the list under its source: `1 May 2024: 950 million monthly active users`. An owner's name is left to the markup, which marks its language. */
export function describeFact(fact: CitingFact, locale: Locale, t: Translate): string {
  const when = fact.date ? `${formatPartialDate(fact.date, locale)}: ` : '';
  const figure = (point: { value: number; metric: Metric }) => `${when}${formatFigureValue(point, locale, 'full')} ${metricAfterValue(point.metric, locale)}`;
  switch (fact.kind) {
    case 'users':
      return figure(fact);
    case 'note':
      return t('sources.inNote', { figure: figure(fact) });
    case 'event':
      return `${when}${t(`event.${fact.event}`)}`;
    case 'owner':
      return `${when}${t('entry.owner').toLowerCase()}`;
    case 'encryption':
      return `${when}${t('entry.encryption')}`;
    case 'openSource':
      return t('entry.openSourceClient');
    case 'business':
      return t('entry.business');
    case 'noOwner':
      return `${t('entry.owner')} — ${t('entry.noOwner')}`;
    case 'clientOf':
      return t('entry.clientOf');
    case 'inclusion':
      return t('entry.inclusion');
    case 'fact':
      return t(FACT_LABEL[fact.field]);
    case 'figuresNote':
      return t('sources.inFiguresNote');
    case 'prose':
      return t('sources.inProse');
  }
}

/**
 * The source ids an entry's prose cites with `<Cite id="…" />`, in reading order, read by the
 * build's own MDX compiler (the one parse of DESIGN §4), from the English and the Russian text.
 */
export function proseCiteIds(...bodies: (string | undefined)[]): string[] {
  return bodies.flatMap((body) =>
    body === undefined
      ? []
      : readProse(body, 'content/messengers/entry.mdx')
          .components.filter((use) => use.name === 'Cite')
          .flatMap((use) => use.attributes['id'] ?? []),
  );
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

/** The id of a letter's section, on the sources index and on the letter's own page: `letter-T`, `letter-Б`, `letter-other`. */
export function letterAnchor(letter: string): string {
  return `letter-${letter === '#' ? 'other' : letter}`;
}

/** One page of the sources list (`/sources/<slug>/`) and the letters whose publishers it holds. */
export interface SourcePage {
  /** Path segment: a Latin letter in lower case, `cyrillic`, or `other`. */
  slug: string;
  /** What the page's heading calls its letters: `T`, `А–Я`, `#`. */
  label: string;
  letters: PublisherLetter[];
  sourceCount: number;
  publisherCount: number;
}

/**
 * Splits the A–Z index into pages a phone loads in one go: a page per Latin letter, one for every
 * Cyrillic letter (they hold few publishers), one for names that start with anything else. On
 * one page the whole list was about 1 MB of HTML and took Lighthouse's main thread 1.7 s.
 */
export function sourcePages(letters: readonly PublisherLetter[]): SourcePage[] {
  const slugOf = (letter: string) => (/^[A-Z]$/.test(letter) ? letter.toLowerCase() : letter === '#' ? 'other' : 'cyrillic');
  const pages = new Map<string, SourcePage>();
  for (const letter of letters) {
    const slug = slugOf(letter.letter);
    const page = pages.get(slug) ?? { slug, label: '', letters: [], sourceCount: 0, publisherCount: 0 };
    page.letters.push(letter);
    page.publisherCount += letter.publishers.length;
    page.sourceCount += letter.publishers.reduce((sum, publisher) => sum + publisher.sources.length, 0);
    pages.set(slug, page);
  }
  return [...pages.values()].map((page) => {
    const first = page.letters[0]!.letter;
    const last = page.letters.at(-1)!.letter;
    return { ...page, label: first === last ? first : `${first}–${last}` };
  });
}
