// How complete the data is: for each comparison field, how many running messengers have a value;
// and of the plain facts the entries give, how many name their source in a footnote. One
// definition serves the /data/ page (readers see what a blank cell means in numbers) and
// `npm run coverage` (the editors' work list and the figures in issue notes).
import { FACT_FIELDS, type FactField, type Messenger } from '../schemas/messenger.ts';
import { factSourceIds, isStale } from './derive.ts';
import { currentEncryption } from './encryption.ts';
import { BUSINESS_FEATURES } from './vocabulary.ts';

export const COVERAGE_FIELDS = ['oneToOne', 'groups', 'calls', 'backups', 'openSource', 'phoneNumber', 'owners', 'platforms', 'headquarters', 'website', 'business'] as const;
export type CoverageField = (typeof COVERAGE_FIELDS)[number];

type Entry = Pick<
  Messenger,
  'id' | 'category' | 'discontinued' | 'encryption' | 'openSource' | 'phoneNumber' | 'owners' | 'noOwner' | 'platforms' | 'headquarters' | 'website' | 'business' | 'users'
>;

/** Which running entries a field is asked of, where not all: business tools only of consumer and social apps; a head office only of a service someone owns (an open protocol with noOwner has none). */
const appliesTo: Partial<Record<CoverageField, (m: Entry) => boolean>> = {
  headquarters: (m) => m.noOwner === undefined,
  business: (m) => m.category === 'consumer' || m.category === 'social',
};
const applies = (field: CoverageField, m: Entry) => appliesTo[field]?.(m) ?? true;

/** Whether the entry gives a value for the field ("none" and "n/a" are values; a kind never named is not). */
const known: Record<CoverageField, (m: Entry) => boolean> = {
  oneToOne: (m) => currentEncryption(m.encryption)?.oneToOne !== undefined,
  groups: (m) => currentEncryption(m.encryption)?.groups !== undefined,
  calls: (m) => currentEncryption(m.encryption)?.calls !== undefined,
  backups: (m) => currentEncryption(m.encryption)?.backups !== undefined,
  openSource: (m) => m.openSource !== undefined,
  phoneNumber: (m) => m.phoneNumber !== undefined,
  owners: (m) => m.owners.length > 0 || m.noOwner !== undefined,
  platforms: (m) => m.platforms.length > 0,
  headquarters: (m) => m.headquarters !== undefined,
  website: (m) => m.website !== undefined,
  business: (m) => BUSINESS_FEATURES.some((feature) => m.business?.[feature] !== undefined),
};

export interface CoverageRow {
  field: CoverageField;
  /** Running entries the field is asked of. */
  of: number;
  /** Of those, how many have no value. */
  unknown: number;
  /** Their ids, in the order given. */
  unknownIds: string[];
}

export interface Coverage {
  running: number;
  rows: CoverageRow[];
  /** Running entries with no figure from the last 24 months, and how many of them say why. */
  stale: number;
  staleExplained: number;
}

const isRunning = (m: Entry) => !m.discontinued;

/** The fields a running entry lacks, in table order (empty for a discontinued entry). */
export function missingFields(m: Entry): CoverageField[] {
  if (!isRunning(m)) return [];
  return COVERAGE_FIELDS.filter((field) => applies(field, m) && !known[field](m));
}

export function coverage(entries: readonly (Entry & Pick<Messenger, 'figuresNote'>)[], today: string): Coverage {
  const running = entries.filter(isRunning);
  const rows = COVERAGE_FIELDS.map((field) => {
    const pool = running.filter((m) => applies(field, m));
    const unknownIds = pool.filter((m) => !known[field](m)).map((m) => m.id);
    return { field, of: pool.length, unknown: unknownIds.length, unknownIds };
  });
  const stale = running.filter((m) => isStale(m, today));
  return { running: running.length, rows, stale: stale.length, staleExplained: stale.filter((m) => m.figuresNote !== undefined).length };
}

/**
 * The plain facts the entries give (launch and closing dates, origin, head office, website,
 * architecture, phone number, platforms), all entries, and how many of them have a footnote to the
 * source that states them (`factSources`, or the launch or shutdown event of that date). A value
 * without one is shown but not yet backed: the comparison counts it as known, this count does not.
 */
export function plainFactFootnotes(entries: readonly Pick<Messenger, FactField | 'factSources' | 'events'>[]): { given: number; footnoted: number } {
  let given = 0;
  let footnoted = 0;
  for (const entry of entries) {
    for (const field of FACT_FIELDS) {
      const value = entry[field];
      if (Array.isArray(value) ? value.length === 0 : value === undefined) continue;
      given += 1;
      if (factSourceIds(entry, field).length > 0) footnoted += 1;
    }
  }
  return { given, footnoted };
}
