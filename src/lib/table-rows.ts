import type { Messenger } from '../schemas/messenger.ts';
import type { MessengerSummary } from './derive.ts';
import { currentEncryption } from './encryption.ts';
import { startOf } from './partial-date.ts';
import type { RowData } from './table-view.ts';
import { searchKey } from './transliterate.ts';

/** A table row's filter and sort values, from the derived summary. */
export function rowData(summary: MessengerSummary, architecture: Messenger['architecture']): RowData {
  return {
    id: summary.id,
    name: summary.name,
    category: summary.category,
    status: summary.discontinued ? 'discontinued' : 'active',
    e2ee: summary.e2ee ?? 'unknown',
    os: summary.openSourceClient ?? 'unknown',
    phone: summary.phoneNumber ?? 'unknown',
    arch: architecture,
    ru: summary.russia ?? 'none',
    year: summary.launched ? Number(summary.launched.slice(0, 4)) : undefined,
    launched: summary.launched ? startOf(summary.launched) : undefined,
    users: summary.headline?.value,
  };
}

/** `data-*` attributes for a row (undefined values left out). */
export function rowAttributes(row: RowData): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(row)) if (value !== undefined) attributes[`data-${key}`] = String(value);
  return attributes;
}

/** Reads a row back from its `data-*` attributes (the browser side of `rowAttributes`). */
export function rowFromDataset(dataset: Record<string, string | undefined>): RowData {
  const number = (value: string | undefined) => (value === undefined || value === '' ? undefined : Number(value));
  return {
    id: dataset['id'] ?? '',
    name: dataset['name'] ?? '',
    category: dataset['category'] ?? '',
    status: dataset['status'] === 'discontinued' ? 'discontinued' : 'active',
    e2ee: dataset['e2ee'] ?? 'unknown',
    os: dataset['os'] ?? 'unknown',
    phone: dataset['phone'] ?? 'unknown',
    arch: dataset['arch'] ?? '',
    ru: dataset['ru'] ?? 'none',
    year: number(dataset['year']),
    launched: number(dataset['launched']),
    users: number(dataset['users']),
  };
}

/** One messenger in the search index: every name it goes by, as loose Latin keys, and what the CSV of a view needs. */
export interface SearchRecord {
  id: string;
  keys: string[];
  csv: (string | number | boolean | undefined)[];
}

export const VIEW_CSV_HEADER = ['id', 'name', 'launched', 'discontinued', 'users', 'metric', 'scope', 'users_date', 'users_source_url', 'e2ee_one_to_one', 'open_source_client', 'phone_number', 'status_in_russia'];

export function searchRecord(messenger: Messenger, summary: MessengerSummary, regionNames: (code: string) => string[]): SearchRecord {
  const names = [
    messenger.name,
    ...messenger.aliases,
    ...messenger.owners.map((owner) => owner.owner),
    ...[messenger.origin, messenger.headquarters].filter((code): code is string => Boolean(code)).flatMap(regionNames),
    ...[...new Set([currentEncryption(messenger.encryption)?.protocol, ...(messenger.encryption?.history ?? []).map((step) => step.protocol)])].filter(
      (protocol): protocol is string => Boolean(protocol),
    ),
  ];
  const headline = summary.headline;
  return {
    id: messenger.id,
    keys: [...new Set(names.map(searchKey).filter(Boolean))],
    csv: [
      messenger.id, messenger.name, messenger.launched, messenger.discontinued,
      headline?.value, headline?.metric, headline?.scope, headline?.date, summary.headlineSource?.url,
      summary.e2ee, summary.openSourceClient, summary.phoneNumber, summary.russia,
    ],
  };
}
