import { loadMessengers } from './messengers.ts';
import { toCsv } from '../lib/csv.ts';
import type { Table } from '../lib/dataset.ts';
import type { Messenger } from '../schemas/messenger.ts';

export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export async function allMessengerData(): Promise<Messenger[]> {
  return (await loadMessengers()).map(({ entry }) => entry.data);
}

/** A static CSV download (UTF-8 with BOM). */
export function csvResponse(table: Table): Response {
  return new Response(toCsv(table.header, table.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

export function jsonResponse(value: unknown, { compact = false } = {}): Response {
  return new Response(`${JSON.stringify(value, null, compact ? undefined : 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
