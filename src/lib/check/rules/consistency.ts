// Rules that tie one part of an entry to another (MODEL.md, "Consistency rules"): a fact told in
// two places must be told the same way in both. They read the raw frontmatter, so they still run
// when the schema has rejected some other field, and say nothing about values they cannot read.
import { comparePartialDates } from '../../partial-date.ts';
import { statusOfKind } from '../../derive.ts';
import type { Finding } from '../problem.ts';
import { dateOf, isRow, quoted, repeatedRows, rowsAt, textOf, type Row } from '../raw.ts';
import { isAuthorityAct, showsAudience } from '../../inclusion.ts';
import { AUTHORITY_EVENT_KINDS, ENCRYPTION_KINDS, type EventKind, type Metric } from '../../vocabulary.ts';

export type { Finding };

/**
 * A step that changes what an earlier step recorded (a kind to another level, or the protocol) is
 * a change, and every change is an event: such a step needs an `encryption-change` event on its
 * date, and each such event needs a step on its date. A step that only records kinds no earlier
 * step named is not a change: it says what held on its date ("as of"), perhaps earlier too.
 * (That steps go oldest first is the shared rule in oldest-first.ts.)
 */
export function checkEncryptionHistory(data: unknown): Finding[] {
  const findings: Finding[] = [];
  const history = rowsAt(data, ['encryption', 'history']);
  const events = rowsAt(data, ['events']);
  const stepDates = new Set(history.map((step) => dateOf(step['from'])).filter((date) => date !== undefined));
  const changeDates = new Set(events.filter((event) => event['kind'] === 'encryption-change').map((event) => dateOf(event['date'])));

  const held = new Map<string, unknown>();
  history.forEach((step, i) => {
    const from = dateOf(step['from']);
    const changed = [...ENCRYPTION_KINDS, 'protocol' as const].filter((kind) => step[kind] !== undefined && held.has(kind) && held.get(kind) !== step[kind]);
    for (const kind of [...ENCRYPTION_KINDS, 'protocol' as const]) if (step[kind] !== undefined) held.set(kind, step[kind]);
    if (!from || changed.length === 0 || changeDates.has(from)) return;
    findings.push({
      path: ['encryption', 'history', i, 'from'],
      message: `no encryption-change event on ${from} (expected an event with kind: encryption-change and date: ${quoted(from)}: this step changes ${changed.join(', ')}, and changes are listed under events; a step that only adds kinds no earlier step named needs none)`,
      severity: 'error',
    });
  });
  events.forEach((event, i) => {
    const date = dateOf(event['date']);
    if (event['kind'] !== 'encryption-change' || !date || stepDates.has(date)) return;
    findings.push({
      path: ['events', i, 'date'],
      message: `no encryption step on ${date} (expected a step under encryption.history with from: ${quoted(date)} saying what changed; an announcement that changes nothing yet is a policy-change)`,
      severity: 'error',
    });
  });
  return findings;
}

/**
 * An acquisition changes the owner: each `acquisition` event needs an owner whose `from` is its
 * date. The other way round is only a warning, and only when no event at all marks the change:
 * ownership can also pass without a purchase (a merger recorded as a rename, a handover recorded
 * as a policy change, a transfer to a foundation).
 */
export function checkAcquisitions(data: unknown): Finding[] {
  const findings: Finding[] = [];
  const owners = rowsAt(data, ['owners']);
  const events = rowsAt(data, ['events']);
  const ownerStarts = new Set(owners.map((owner) => dateOf(owner['from'])).filter((date) => date !== undefined));
  const eventDates = new Set(events.map((event) => dateOf(event['date'])));
  events.forEach((event, i) => {
    const date = dateOf(event['date']);
    if (event['kind'] !== 'acquisition' || !date || ownerStarts.has(date)) return;
    findings.push({
      path: ['events', i, 'date'],
      message: `no owner from ${date} (expected an owner under owners: with from: ${quoted(date)}, the buyer; a deal only agreed or announced that day is a policy-change)`,
      severity: 'error',
    });
  });
  owners.forEach((owner, i) => {
    const from = dateOf(owner['from']);
    if (i === 0 || !from || eventDates.has(from)) return;
    findings.push({
      path: ['owners', i, 'from'],
      message: `no event on ${from} marks this change of owner — fine if it passed without a purchase (a transfer to a foundation, say); if it was bought, add an event with kind: acquisition and date: ${quoted(from)}`,
      severity: 'warning',
    });
  });
  return findings;
}

/** A service is discontinued exactly when it has a shutdown event, dated like its last one. */
export function checkShutdown(data: unknown): Finding[] {
  const root = isRow(data) ? data : {};
  const discontinued = dateOf(root['discontinued']);
  const shutdowns = rowsAt(data, ['events'])
    .map((event, index) => ({ index, kind: event['kind'], date: dateOf(event['date']) }))
    .filter((event): event is { index: number; kind: unknown; date: string } => event.kind === 'shutdown' && event.date !== undefined);
  const last = shutdowns.reduce<(typeof shutdowns)[number] | undefined>(
    (latest, event) => (!latest || comparePartialDates(event.date, latest.date) >= 0 ? event : latest),
    undefined,
  );
  if (discontinued === undefined) {
    if (root['discontinued'] !== undefined || !last) return [];
    return [
      {
        path: ['events', last.index, 'kind'],
        message: `shutdown on ${last.date}, but the entry has no discontinued: (expected discontinued: ${quoted(last.date)}, or another kind if only part of the service closed)`,
        severity: 'error',
      },
    ];
  }
  if (!last) {
    return [
      {
        path: ['discontinued'],
        message: `no shutdown event (expected an event with kind: shutdown and date: ${quoted(discontinued)}, with its source)`,
        severity: 'error',
      },
    ];
  }
  if (last.date !== discontinued) {
    return [
      {
        path: ['discontinued'],
        message: `${discontinued} is not the date of the last shutdown event, ${last.date} (expected discontinued: ${quoted(last.date)}, or that event dated ${quoted(discontinued)})`,
        severity: 'error',
      },
    ];
  }
  return [];
}

const EN_NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const RU_NUMBER = /\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;

/**
 * The numbers a text carries, written the same way whatever the language: English groups
 * thousands with commas and marks decimals with a point (`1,300.5`); Russian groups with spaces
 * or thin spaces and marks decimals with a comma (`1 300,5`). Both give `1300.5`.
 */
export function numbersIn(text: string, language: 'en' | 'ru'): Set<string> {
  const found = text.match(language === 'en' ? EN_NUMBER : RU_NUMBER) ?? [];
  return new Set(found.map((raw) => (language === 'en' ? raw.replace(/,/g, '') : raw.replace(/[ \u00a0\u2009\u202f]/g, '').replace(',', '.'))));
}

/** Notes and populations are written twice; both languages must carry the same numbers. */
export function checkBilingualNumbers(data: unknown): Finding[] {
  const findings: Finding[] = [];
  rowsAt(data, ['users']).forEach((point, i) => {
    for (const field of ['note', 'population']) {
      const texts = point[field];
      if (!isRow(texts) || typeof texts['en'] !== 'string' || typeof texts['ru'] !== 'string') continue;
      const en = numbersIn(texts['en'], 'en');
      const ru = numbersIn(texts['ru'], 'ru');
      const missing = [...en].filter((n) => !ru.has(n));
      const extra = [...ru].filter((n) => !en.has(n));
      if (!missing.length && !extra.length) continue;
      const parts = [missing.length ? `lacks ${missing.join(', ')}` : '', extra.length ? `has ${extra.join(', ')} that the English does not` : ''].filter(Boolean);
      findings.push({
        path: ['users', i, field, 'ru'],
        message: `${parts.join(' and ')} (expected the same numbers as en: ${[...en].join(', ') || 'none'})`,
        severity: 'error',
      });
    }
  });
  return findings;
}

/** `noOwner` says nobody owns the service, so it cannot stand beside owners. */
export function checkNoOwner(data: unknown): Finding[] {
  const root = isRow(data) ? data : {};
  if (root['noOwner'] === undefined || rowsAt(data, ['owners']).length === 0) return [];
  return [{ path: ['noOwner'], message: 'is given beside owners (expected one or the other: noOwner only for an open protocol that no company owns)', severity: 'error' }];
}

/** `clientOf` belongs to a client, and a client should say what it connects to. */
export function checkClientOf(data: unknown): Finding[] {
  const root = isRow(data) ? data : {};
  const category = root['category'];
  if (root['clientOf'] !== undefined && category !== 'client') {
    return [
      {
        path: ['clientOf'],
        message: `is given for category ${String(category)} (expected it only with category: client, for a program that connects to networks it does not run)`,
        severity: 'error',
      },
    ];
  }
  if (root['clientOf'] === undefined && category === 'client') {
    return [
      {
        path: ['category'],
        message: 'is client, but clientOf: is missing — fine while no source lists the networks; add clientOf: { networks: [...], source: ... } when one does',
        severity: 'warning',
      },
    ];
  }
  return [];
}

/** A block, restriction, register entry, fine, law or warning is an authority's act: it names whose. */
export function checkAuthorityJurisdiction(data: unknown): Finding[] {
  return rowsAt(data, ['events']).flatMap((event, i) =>
    typeof event['kind'] === 'string' && (AUTHORITY_EVENT_KINDS as readonly string[]).includes(event['kind']) && event['jurisdiction'] === undefined
      ? [
          {
            path: ['events', i, 'kind'],
            message: `is ${event['kind']}, an act of an authority, but the event has no jurisdiction (expected jurisdiction: the country code, or EU, of the authority that acted; a company's own act, such as an app store removing an app, is a policy-change)`,
            severity: 'error' as const,
          },
        ]
      : [],
  );
}

/**
 * A country's status is its latest block, restriction or unblock, and a date of a month (or a year)
 * sorts before every day in it. So when a lifting and a block or restriction of one country fall in
 * one month and one of them is dated only to the month, which came later is unknown, and the status
 * may be read backwards (a May 2017 unblock sorted before a 4 May block left a service "blocked").
 * A warning on the coarser date: the fix is its day, where the source gives it.
 */
export function checkStatusOrder(data: unknown): Finding[] {
  // The same kinds, and the same reading of them, as the status the pages derive (derive.ts).
  const lifts = (kind: string) => statusOfKind(kind) === 'available';
  const events = rowsAt(data, ['events'])
    .map((event, i) => ({ i, date: dateOf(event['date']), kind: textOf(event['kind']), place: textOf(event['jurisdiction']) }))
    .filter((event): event is { i: number; date: string; kind: string; place: string } => Boolean(event.date && event.place && event.kind && statusOfKind(event.kind)));
  return events.flatMap((coarse) => {
    const other = events.find((fine) => fine.place === coarse.place && lifts(fine.kind) !== lifts(coarse.kind) && fine.date.startsWith(`${coarse.date}-`));
    return other
      ? [
          {
            path: ['events', coarse.i, 'date'],
            message: `is ${coarse.date}, which sorts before the ${other.kind} of ${other.date} in ${coarse.place}, so which of the two came later is not known and the status there may be read backwards (expected the day this ${coarse.kind} took effect, as its source gives it)`,
            severity: 'warning' as const,
          },
        ]
      : [];
  });
}

/**
 * One act is one event. Two events of an entry with the same date, kind, jurisdiction and source are
 * most likely the same act told twice (an editor adding an act the entry already had, in new words);
 * a warning on the later one, since one article can report two acts of a kind on one day.
 */
export function checkRepeatedEvents(data: unknown): Finding[] {
  const keyOf = (event: Row) => {
    const [date, kind, source] = [dateOf(event['date']), textOf(event['kind']), textOf(event['source'])];
    return date && kind && source ? [date, kind, textOf(event['jurisdiction']) ?? '', source].join('\u0001') : undefined;
  };
  return repeatedRows(rowsAt(data, ['events']), keyOf).map(({ row, index, first }) => ({
    path: ['events', index, 'date'],
    message: `repeats events[${first}]: the same date (${dateOf(row['date'])}), kind (${textOf(row['kind'])}), jurisdiction and source, so it is probably the same act told twice (expected one event per act; if these are two acts, keep both and say in each title what sets it apart)`,
    severity: 'warning' as const,
  }));
}

/**
 * Entries from before the rule whose sources show no criterion yet, with what each lacks: a
 * warning for them, an error for any other entry. The dataset test fails once one shows a criterion.
 */
export const INCLUSION_PENDING: Readonly<Record<string, string>> = {
  'yandex-messenger': 'Yandex has published no audience figure for it, and no register entry or ministry list naming it was found.',
};

/**
 * An entry meets at least one criterion for inclusion (/about/): a figure of 100,000 users or more,
 * an act of an authority among its events, or an `inclusion:` that states history or technology.
 */
export function checkInclusion(data: unknown): Finding[] {
  const root = isRow(data) ? data : {};
  if (root['inclusion'] !== undefined) return [];
  const audience = rowsAt(data, ['users']).some(
    (point) => typeof point['value'] === 'number' && typeof point['metric'] === 'string' && showsAudience({ value: point['value'], metric: point['metric'] as Metric }),
  );
  const authority = rowsAt(data, ['events']).some(
    (event) => typeof event['kind'] === 'string' && isAuthorityAct({ kind: event['kind'] as EventKind, jurisdiction: textOf(event['jurisdiction']) }),
  );
  if (audience || authority) return [];
  return [
    {
      path: ['id'],
      message:
        'meets none of the criteria for inclusion: no figure of 100,000 users or more and no act of an authority among its events (expected inclusion: with criterion: history or technology, a note in en and ru saying what makes it notable, and a source; see /about/)',
      severity: String(root['id']) in INCLUSION_PENDING ? 'warning' : 'error',
    },
  ];
}

/** Every consistency rule, in the order an editor would fix them. */
export function checkConsistency(data: unknown): Finding[] {
  return [
    ...checkShutdown(data),
    ...checkAcquisitions(data),
    ...checkNoOwner(data),
    ...checkClientOf(data),
    ...checkInclusion(data),
    ...checkAuthorityJurisdiction(data),
    ...checkStatusOrder(data),
    ...checkRepeatedEvents(data),
    ...checkEncryptionHistory(data),
    ...checkBilingualNumbers(data),
  ];
}
