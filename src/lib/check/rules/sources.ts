import { FACT_FIELDS, messengerSchema } from '../../../schemas/messenger.ts';
import { BUSINESS_FEATURES } from '../../vocabulary.ts';
import { isCertainlyBefore, isPartialDate } from '../../partial-date.ts';
import type { Finding } from '../problem.ts';
import { rowsAt, textOf, valueAt } from '../raw.ts';
import { sourceRefsIn } from '../schema-keys.ts';

/** The maps from a fact to its source, each with the facts it may name and where those facts are. */
const SOURCE_MAPS = [
  [['factSources'], FACT_FIELDS, [], 'this entry does not give'],
  [['business', 'sources'], BUSINESS_FEATURES, ['business'], 'business: does not give'],
] as const;

/** Every source id an entry names, with its path: wherever the schema marks a field as taking one (see sourceRefsIn). */
const sourceReferences = (data: unknown) => sourceRefsIn(messengerSchema, data);

/** A source named for a fact the entry does not give would show nowhere, and usually means the fact was left out or misspelt. */
function sourcesOfMissingFacts(data: unknown): Finding[] {
  const absent = (value: unknown) => value === undefined || value === null || (Array.isArray(value) && value.length === 0);
  return SOURCE_MAPS.flatMap(([map, keys, factsAt, gives]) =>
    keys
      .filter((key) => valueAt(data, [...map, key]) !== undefined && absent(valueAt(data, [...factsAt, key])))
      .map((key) => ({
        path: [...map, key],
        message: `names a source for ${key}, which ${gives} (expected ${key}: ${factsAt.length ? 'true or false' : 'set'} beside it, or this line removed)`,
        severity: 'error' as const,
      })),
  );
}

/**
 * Encyclopedias and their copies are where to look for the original, never what to cite (CONTRIBUTING,
 * "Sources"): Wikipedia in any language or archive, and the sites that republish it.
 */
const ENCYCLOPEDIA = /(^|\.)(wikipedia\.org|wikiwand\.com|grokipedia\.com|handwiki\.org|theinfolist\.com|wikizero\.com|dbpedia\.org)$/;

function encyclopediaHost(url: string): string | undefined {
  try {
    const { hostname, pathname } = new URL(url);
    // An archived copy is the page it archives: web.archive.org/web/2016…/https://en.wikipedia.org/…
    const archived = hostname === 'web.archive.org' ? /\/web\/[^/]+\/(https?:\/\/[^/]+)/.exec(pathname)?.[1] : undefined;
    const host = archived ? new URL(archived).hostname : hostname;
    return ENCYCLOPEDIA.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A claim dated the very day its source was read, from a source that gives no publication date,
 * took its date from the reading, not from the source. For an encryption step that breaks the
 * dating rule (an undated page cannot date a step): an error. Elsewhere it may be a live counter
 * read that day, so a warning.
 */
function datesTakenFromAccessed(data: unknown): Finding[] {
  const sources = new Map(rowsAt(data, ['sources']).map((source) => [textOf(source['id']), source]));
  const findings: Finding[] = [];
  for (const [list, field] of [
    [['encryption', 'history'], 'from'],
    [['events'], 'date'],
    [['users'], 'date'],
    [['owners'], 'from'],
  ] as const) {
    rowsAt(data, list).forEach((row, i) => {
      const date = textOf(row[field]);
      const source = sources.get(textOf(row['source']));
      if (!date || !source || source['published'] !== undefined || textOf(source['accessed']) !== date) return;
      const step = list[0] === 'encryption';
      findings.push({
        path: [...list, i, field],
        message: `${date} is the day its source "${textOf(row['source'])}" was read (accessed), and the source gives no publication date (expected a date the source itself gives${step ? ': an undated page cannot date an encryption step' : ', or the publication date as published:'})`,
        severity: step ? 'error' : 'warning',
      });
    });
  }
  return findings;
}

/** The rows of a list dated wholly after their source was published, with both dates. */
function rowsAfterTheirSource(data: unknown, list: 'users' | 'events') {
  const published = new Map(rowsAt(data, ['sources']).map((source) => [textOf(source['id']), textOf(source['published'])]));
  return rowsAt(data, [list]).flatMap((row, i) => {
    const date = textOf(row['date']);
    const source = textOf(row['source']);
    const day = published.get(source);
    if (!date || !day || !isPartialDate(date) || !isPartialDate(day) || !isCertainlyBefore(day, date)) return [];
    return [{ row, path: [list, i, 'date'], date, source, day }];
  });
}

/**
 * A figure describes a period its source had already seen: one dated wholly after its source was
 * published (a figure for 2025-02 from a page of 2025-01-20) has a mistyped date or the wrong source.
 */
function figuresAfterTheirSource(data: unknown): Finding[] {
  return rowsAfterTheirSource(data, 'users').map(({ path, date, source, day }) => ({
    path,
    message: `${date} is after its source "${source}" was published (${day}), so the source cannot report it (expected the period the figure describes, on or before ${day}, or the source that reports it)`,
    severity: 'error' as const,
  }));
}

/** Event kinds that state something happened, which a page published before that day can only announce. */
const HAPPENINGS: ReadonlySet<string> = new Set(['launch', 'shutdown', 'block', 'unblock', 'restriction', 'registry', 'acquisition', 'rename', 'breach']);
/** Words by which a title says its event was announced or planned rather than reported as done. */
const ANNOUNCED = /\b(announc\w*|set for|had set|scheduled|is due|due to be|plans?|planned|will|expected)\b/i;

/**
 * An event dated wholly after its source was published (a shutdown on 2025-05-05 from a page of
 * 2025-03-03): the page could only announce it. Audits found such titles stating as done what the
 * source gave as a plan. Only a warning, and only for events that state something happened (laws,
 * fines and policy changes are announced ahead as a rule), since a plan is often all there is: the
 * title should say so ("on the date … had announced", "is due to"), or a later report be cited.
 */
function eventsAfterTheirSource(data: unknown): Finding[] {
  return rowsAfterTheirSource(data, 'events').flatMap(({ row, path, date, source, day }) => {
    const kind = textOf(row['kind']);
    if (!kind || !HAPPENINGS.has(kind) || ANNOUNCED.test(textOf(valueAt(row, ['title', 'en'])) ?? '')) return [];
    return [
      {
        path,
        message: `${date} is after its source "${source}" was published (${day}), so the source can only have announced this ${kind} (expected a title that says it was announced or planned, e.g. "on the date … had announced", or a source from on or after ${date})`,
        severity: 'warning' as const,
      },
    ];
  });
}

/** Longest publisher name that still fits one line of /sources/ on a 390 px phone, more or less. */
const MAX_PUBLISHER = 60;

/** Source ids are unique and every `source:` names one of them. (A source nothing cites is noted by `uncitedSources`, once the prose of both languages is read.) */
export function checkSources(data: unknown): Finding[] {
  const findings: Finding[] = [...sourcesOfMissingFacts(data), ...datesTakenFromAccessed(data), ...figuresAfterTheirSource(data), ...eventsAfterTheirSource(data)];
  const sources = rowsAt(data, ['sources']);
  const ids = new Set<string>();
  sources.forEach((source, i) => {
    const id = textOf(source['id']);
    if (id === undefined) return;
    if (ids.has(id)) findings.push({ path: ['sources', i, 'id'], message: `"${id}" is used by two sources (expected each source id once)`, severity: 'error' });
    ids.add(id);
  });
  // One page listed twice under two ids splits its citations and doubles it in the list of
  // sources; a warning, since a second copy is harmless to readers, but it should be merged.
  const firstWithUrl = new Map<string, string>();
  sources.forEach((source, i) => {
    const url = textOf(source['url']);
    if (url === undefined) return;
    const first = firstWithUrl.get(url);
    if (first === undefined) firstWithUrl.set(url, textOf(source['id']) ?? `sources[${i}]`);
    else
      findings.push({
        path: ['sources', i, 'url'],
        message: `is the same address as source "${first}" (expected one source per page: cite "${first}" wherever this one is cited, and remove this copy)`,
        severity: 'warning',
      });
  });
  // /sources/ groups sources by publisher, one line each on a phone; a name that also says where
  // the page sits, who wrote it or how it was copied splits one publisher into several and wraps.
  sources.forEach((source, i) => {
    const publisher = textOf(source['publisher']);
    if (publisher === undefined || [...publisher].length <= MAX_PUBLISHER) return;
    findings.push({
      path: ['sources', i, 'publisher'],
      message: `is ${[...publisher].length} characters long (expected the organisation's name alone, at most ${MAX_PUBLISHER}: the page, section, author or the copy it was read in go in title, authors or url)`,
      severity: 'warning',
    });
  });
  sources.forEach((source, i) => {
    const host = encyclopediaHost(textOf(source['url']) ?? '');
    if (host) {
      findings.push({
        path: ['sources', i, 'url'],
        message: `${host} is an encyclopedia or a copy of one, which the atlas never cites (expected the original it draws on: the company's announcement, the regulator's document or the press report)`,
        severity: 'error',
      });
    }
  });
  for (const [path, id] of sourceReferences(data)) {
    if (!ids.has(id)) {
      const known = ids.size ? `one of: ${[...ids].join(', ')}` : 'a source listed under sources:';
      findings.push({ path, message: `"${id}" is not in this entry's sources (expected ${known})`, severity: 'error' });
    }
  }
  return findings;
}

/**
 * Sources that no field and no `<Cite>` in either language's prose names. Prose rests on sources
 * too, so this is a note, never advice to throw evidence away: the fix is usually a `<Cite>` after
 * the sentence the source supports.
 */
export function uncitedSources(data: unknown, citedInProse: ReadonlySet<string>): Finding[] {
  const used = new Set([...sourceReferences(data).map(([, id]) => id), ...citedInProse]);
  return rowsAt(data, ['sources']).flatMap((source, i) => {
    const id = textOf(source['id']);
    if (id === undefined || used.has(id)) return [];
    return [
      {
        path: ['sources', i, 'id'],
        message: `"${id}" is cited by no field and no sentence (expected <Cite id="${id}" /> after the sentence it supports, in the English and the Russian prose; if it backs a user figure, event, owner, encryption, openSource or business, add source: ${id} there; if it backs launched, website, platforms, phoneNumber or another plain fact, name it under factSources:; if it backs nothing, remove it)`,
        severity: 'warning' as const,
      },
    ];
  });
}
