// The CSV of a table view, loaded on the first "Download CSV of this view": the rows of the view in
// its order, the users columns holding the chosen (metric, scope) pair only, and from a Russian page
// Russian headers and words, `;`-separated, as Excel in a Russian locale reads it.
import type { Day } from '../../lib/at-date.ts';
import { AS_OF_COLUMN, CSV_DIALECTS, toCsv } from '../../lib/csv.ts';
import { localizeViewCsvRow, viewCsvRow, viewCsvRowAt, type AtRow, type SearchRecord, type ViewCsvLanguage } from '../../lib/table-rows.ts';

export interface ViewCsvData {
  header: string[];
  csv: { ru: ViewCsvLanguage };
  built: string;
  records: SearchRecord[];
}

export function viewCsvFile(
  data: ViewCsvData,
  rows: readonly { id: string; at?: AtRow | undefined }[],
  view: { at?: Day | string | undefined; figure: string },
  lang: string,
): { text: string; name: string } {
  const byId = new Map(data.records.map((record) => [record.id, record]));
  const { at, figure } = view;
  const order = rows.map((row) => {
    const record = byId.get(row.id);
    if (!record) return [row.id];
    return at && row.at ? [...viewCsvRowAt(record, row.at, figure), at] : viewCsvRow(record, figure);
  });
  const ru = lang === 'ru' ? data.csv.ru : undefined;
  const header = [...(ru ? ru.header : data.header), ...(at ? [ru ? ru.asOf : AS_OF_COLUMN] : [])];
  const text = ru
    ? toCsv(
        header,
        order.map((row) => localizeViewCsvRow(row, ru)),
        CSV_DIALECTS.ru,
      )
    : toCsv(header, order);
  return { text, name: `messenger-atlas-table-${at ? `as-of-${at}-` : ''}${data.built}.csv` };
}
