import type { APIRoute } from 'astro';
import { loadMessengers, TODAY } from '../../data/messengers.ts';
import { jsonResponse } from '../../data/export.ts';
import { summarize } from '../../lib/derive.ts';
import { regionName } from '../../lib/format.ts';
import { searchRecord, VIEW_CSV_HEADER } from '../../lib/table-rows.ts';

// Fetched by the table the first time someone searches or downloads a view.
export const GET: APIRoute = async () => {
  const records = (await loadMessengers()).map(({ entry }) =>
    searchRecord(entry.data, summarize(entry.data, TODAY), (code) => [regionName(code, 'en'), regionName(code, 'ru')]),
  );
  return jsonResponse({ header: VIEW_CSV_HEADER, records }, { compact: true });
};
