import type { APIRoute } from 'astro';
import { allMessengerData, DATA_LICENCE, jsonResponse } from '../../data/export.ts';
import { loadMessengers, TODAY } from '../../data/messengers.ts';
import { latestFigures, pairKey } from '../../lib/derive.ts';
import { citableUrl, withBase } from '../../lib/site-url.ts';
import { sourceOf } from '../../lib/sources.ts';

// Everything: each entry's facts as validated, plus its Russian summary and, derived, the latest
// figure of each (metric, scope) pair under `latest` (keyed `metric:scope`), so a reader of the
// JSON never has to pick "the latest" across metrics or places.
export const GET: APIRoute = async () => {
  const ruSummaries = new Map((await loadMessengers()).map(({ entry, ru }) => [entry.id, ru?.data.summary]));
  const messengers = (await allMessengerData()).map((data) => ({
    ...data,
    summaryRu: ruSummaries.get(data.id),
    latest: Object.fromEntries(
      latestFigures(data).map((point) => [
        pairKey(point),
        { value: point.value, date: point.date, measuredBy: point.measuredBy, measurer: point.measurer, sourceUrl: sourceOf(data, point.source)?.url },
      ]),
    ),
  }));
  return jsonResponse({
    title: 'Messenger Atlas dataset',
    built: TODAY,
    licence: DATA_LICENCE,
    schema: citableUrl(withBase('/schema/messenger.schema.json')),
    messengers,
  });
};
