// The table as of a date (`?at=`), for atlas-table.ts. Each row's values on that day come from its
// timeline in /data/at-index.json, folded up to the day, so the browser needs no rule of its own;
// the cells are rebuilt with DOM calls only. Folded at the build date a timeline gives what the
// server rendered (a unit test checks every entry), which is how a cleared date is drawn.
import type { Timeline } from '../../lib/at-date.ts';

export { foldTimeline } from '../../lib/at-date.ts';
import { formatPartialDate } from '../../lib/partial-date.ts';
import type { AtFigure, AtRow } from '../../lib/table-rows.ts';
import { atFigures } from '../../lib/table-rows.ts';
import type { RowData } from '../../lib/table-view.ts';

/** The words the cells need, from the page (`data-at-labels`). */
export interface AtLabels {
  level: Record<string, string>;
  russia: Record<string, string>;
  unknown: string;
  active: string;
  /** With `{date}`. */
  discontinued: string;
  source: string;
  stale: string;
  staleTitle: string;
  noFigure: string;
  /** The messages: the date shown (with `{date}`), and why a date was refused. */
  note: string;
  format: string;
  range: string;
}

type Row = RowData & { tr: HTMLTableRowElement };

const el = (tag: string, text?: string, attributes: Record<string, string> = {}) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
};

export async function loadAtIndex(url: string): Promise<Map<string, Timeline<string | AtFigure>>> {
  const data = (await (await fetch(url)).json()) as { records: { id: string; t: Timeline<string | AtFigure> }[] };
  return new Map(data.records.map((record) => [record.id, record.t]));
}

/** Shows one row with its values as of `day`. */
export function drawRowAt(row: Row, state: AtRow, day: string, locale: string, labels: AtLabels): void {
  const cells = (col: string) => row.tr.querySelector(`[data-col="${col}"]`);
  const text = (key: string) => (typeof state[key] === 'string' ? (state[key] as string) : '');
  Object.assign(row, {
    name: text('name'),
    status: text('end') ? 'discontinued' : 'active',
    e2ee: text('e2ee'),
    ru: text('ru'),
    limited: text('lim').split(',').filter(Boolean),
    figures: atFigures(state),
  });
  const date = (value: string) => formatPartialDate(value, locale);
  row.tr.querySelector('th a')?.replaceChildren(row.name);
  cells('status')?.replaceChildren(text('end') ? labels.discontinued.replace('{date}', date(text('end'))) : labels.active);
  cells('e2ee')?.replaceChildren(labels.level[row.e2ee] ?? labels.unknown);
  cells('ru')?.replaceChildren(labels.russia[row.ru] ?? '—');
  const spans = Object.entries(state).flatMap(([pair, point]) => {
    if (!Array.isArray(point)) return [];
    const [value, when, , url, staleFrom, shown] = point;
    const span = el('span', undefined, { 'data-pair': pair });
    const muted = el('span', ' ', { class: 'muted' });
    muted.append(el('time', date(when), { datetime: when }));
    if (url) muted.append(' · ', el('a', labels.source, { href: url, rel: 'noopener noreferrer' }));
    span.append(el('data', shown, { value: String(value) }), muted);
    if (staleFrom <= day) span.append(' ', el('span', labels.stale, { class: 'badge', title: labels.staleTitle }));
    return [span];
  });
  cells('users')?.replaceChildren(...spans, el('span', labels.noFigure, { class: 'muted', 'data-pair-none': '' }));
}
