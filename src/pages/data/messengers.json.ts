import type { APIRoute } from 'astro';
import { allMessengerData, DATA_LICENCE, jsonResponse } from '../../data/export.ts';
import { loadMessengers, TODAY } from '../../data/messengers.ts';
import { citableUrl, withBase } from '../../lib/site-url.ts';

// Everything: each entry's facts as validated, plus its Russian summary.
export const GET: APIRoute = async () => {
  const ruSummaries = new Map((await loadMessengers()).map(({ entry, ru }) => [entry.id, ru?.data.summary]));
  const messengers = (await allMessengerData()).map((data) => ({ ...data, summaryRu: ruSummaries.get(data.id) }));
  return jsonResponse({
    title: 'Messenger Atlas dataset',
    built: TODAY,
    licence: DATA_LICENCE,
    schema: citableUrl(withBase('/schema/messenger.schema.json')),
    messengers,
  });
};
