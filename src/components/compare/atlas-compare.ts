// <atlas-compare>: reads ?ids=… (validated against known ids), fetches the compare data and
// builds a side-by-side table with DOM calls only — nothing from the URL is ever parsed as HTML.
import { asOfDay, parseAt } from '../../lib/at-date.ts';
import { CITATION_STYLES, formatCitation } from '../../lib/citation.ts';
import { compareAt, compareCsv, parseCompareIds, type CompareAtDataset, type CompareDataset } from '../../lib/compare.ts';
import { CSV_DIALECTS, toCsv } from '../../lib/csv.ts';
import { formatPartialDate } from '../../lib/partial-date.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
};

class AtlasCompare extends HTMLElement {
  connectedCallback() {
    const known = new Set((this.dataset['ids'] ?? '').split(','));
    const ids = parseCompareIds(location.search, known);
    if (ids.length < 2) return; // the page's own text explains how to choose
    void this.load(ids);
  }

  /** Fetches the data and shows the table; if a fetch fails, says so with a button to try again. */
  private async load(ids: string[]) {
    const output = this.querySelector<HTMLElement>('[data-output]');
    if (!output) return;
    const at = this.readAt(ids);
    const day = at && asOfDay(at, this.dataset['today'] ?? '');
    const getJson = async <T>(url: string | undefined): Promise<T> => {
      const response = await fetch(url ?? '');
      if (!response.ok) throw new Error(`${response.status}`);
      return (await response.json()) as T;
    };
    let data: CompareDataset;
    try {
      const now = await getJson<CompareDataset>(this.dataset['src']);
      data = day ? compareAt(now, await getJson<CompareAtDataset>(this.dataset['atSrc']), day, this.dataset['notLaunched'] ?? '') : now;
    } catch {
      // The page's own list of entries stays; the reader is told, and can try again.
      const texts = this.closest<HTMLElement>('[data-load-failed]')?.dataset;
      const retry = el('button', texts?.['retry'] ?? '↻', { type: 'button' });
      retry.addEventListener('click', () => void this.load(ids), { once: true });
      const message = el('p', `${texts?.['loadFailed'] ?? ''} `, { role: 'alert', class: 'load-failed' });
      message.append(retry);
      output.replaceChildren(message);
      return;
    }
    const asOf = day ? formatPartialDate(day, document.documentElement.lang) : '';
    const records = ids.flatMap((id) => data.records.find((record) => record.id === id) ?? []);
    const numbers = new Map<number, number>();
    const table = el('table', undefined, { class: 'compare-table' });
    const names = records.map((r) => r.name).join(', ');
    table.append(el('caption', (this.dataset[day ? 'captionAt' : 'caption'] ?? '').replace('{names}', names).replace('{date}', asOf)));
    const headRow = el('tr');
    headRow.append(el('th', this.dataset['factLabel'], { scope: 'col' }));
    for (const record of records) {
      const th = el('th', undefined, { scope: 'col' });
      th.append(el('a', record.name, { href: record.href }));
      headRow.append(th);
    }
    const head = el('thead');
    head.append(headRow);
    table.append(head);
    const body = el('tbody');
    for (const row of data.rows) {
      if (records.every((record) => record.cells[row.key] === undefined)) continue;
      const tr = el('tr');
      tr.append(el('th', row.label, { scope: 'row' }));
      for (const record of records) {
        const cell = record.cells[row.key];
        const empty = row.figure ? (this.dataset['noFigure'] ?? '—') : '—';
        const td = el('td', typeof cell === 'string' ? cell : cell ? cell.text : empty);
        const lang = record.langs?.[row.key];
        if (lang) td.lang = lang;
        if (cell && typeof cell !== 'string' && cell.stale)
          td.append(' ', el('span', this.dataset['staleLabel'] ?? '', { class: 'badge', title: this.dataset['staleTitle'] ?? '' }));
        if (cell && typeof cell !== 'string') {
          const n = numbers.get(cell.source) ?? numbers.size + 1;
          numbers.set(cell.source, n);
          td.append(el('a', `[${n}]`, { href: `#compare-ref-${n}`, class: 'ref', 'aria-label': (this.dataset['refLabel'] ?? '{n}').replace('{n}', String(n)) }));
        }
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(body);
    const scroll = el('div', undefined, { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': this.dataset['scrollLabel'] ?? '' });
    scroll.append(table);
    const references = el('ol', undefined, { class: 'sources-list' });
    for (const [index, n] of [...numbers].sort((a, b) => a[1] - b[1])) {
      const source = data.sources[index]!;
      const li = el('li', undefined, { id: `compare-ref-${n}` });
      li.append(el('a', source.title, { href: source.url, rel: 'noopener noreferrer' }), ` — ${source.publisher}`);
      references.append(li);
    }
    const csvButton = el('button', this.dataset['csvLabel'], { type: 'button' });
    csvButton.addEventListener('click', () => {
      const { header, rows } = compareCsv(data, ids, at);
      // From a Russian page, `;`-separated, as Excel in a Russian locale reads it; named by what and when.
      const dialect = document.documentElement.lang === 'ru' ? CSV_DIALECTS.ru : CSV_DIALECTS.en;
      const url = URL.createObjectURL(new Blob([toCsv(header, rows, dialect)], { type: 'text/csv;charset=utf-8' }));
      const link = el('a', undefined, { href: url, download: `messenger-atlas-compare-${ids.join('-')}${at ? `-as-of-${at}` : ''}-${this.dataset['published'] ?? ''}.csv` });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
    const actions = el('p', undefined, { class: 'actions' });
    actions.append(csvButton);
    output.replaceChildren(scroll, actions, el('h2', this.dataset['sourcesLabel']), references);
    this.citeView(names, ids, at, asOf);
    const help = this.querySelector<HTMLElement>('[data-help]');
    if (help) help.hidden = true;
  }

  /**
   * The date asked for with `?at=`, if it is a real date up to the build date; otherwise a message
   * says why (its own words, never the value). The date control, shown from here on, asks again.
   */
  private readAt(ids: string[]): string | undefined {
    const today = this.dataset['today'] ?? '';
    const message = this.querySelector<HTMLElement>('[data-at-message]');
    const form = this.querySelector<HTMLFormElement>('[data-at-form]');
    const input = form?.querySelector<HTMLInputElement>('[name="at"]');
    const check = (text: string) => {
      const parsed = parseAt(text, today);
      if ('at' in parsed) return parsed.at;
      if (message) message.textContent = this.dataset[parsed.problem === 'format' ? 'atFormat' : 'atRange'] ?? '';
      return undefined;
    };
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = input?.value.trim() ?? '';
      const at = text ? check(text) : undefined;
      if (!text || at) location.search = `?ids=${ids.join(',')}${at ? `&at=${at}` : ''}`;
    });
    if (form) form.hidden = false;
    const asked = new URLSearchParams(location.search).get('at');
    const at = asked ? check(asked) : undefined;
    if (input) input.value = at ?? '';
    if (at && message) message.textContent = (this.dataset['atNote'] ?? '').replace('{date}', formatPartialDate(asOfDay(at, today), document.documentElement.lang));
    return at;
  }

  /**
   * "Cite this comparison": the page's citation, rewritten for the chosen messengers, with an
   * address built from the validated ids (never the raw query) so it reproduces this view.
   */
  private citeView(names: string, ids: string[], at: string | undefined, asOf: string) {
    const cite = this.querySelector<HTMLElement>('[data-cite]');
    if (!cite) return;
    const locale = document.documentElement.lang === 'ru' ? 'ru' : 'en';
    // The site's public address when the build knows it, else where the reader is. Ids are known
    // kebab-case entry ids (parseCompareIds) and a date passed parseAt, so neither needs escaping.
    const url = `${this.dataset['pageUrl'] || `${location.origin}${location.pathname}`}?ids=${ids.join(',')}${at ? `&at=${at}` : ''}`;
    const citable = {
      id: `messenger-atlas-compare-${ids.join('-')}${at ? `-${at}` : ''}`,
      title: (this.dataset[at ? 'citeTitleAt' : 'citeTitle'] ?? '{names}').replace('{names}', names).replace('{date}', asOf),
      publisher: this.dataset['siteName'] ?? '',
      url,
      published: this.dataset['published'] ?? '',
      accessed: new Date().toISOString().slice(0, 10),
      language: locale,
    } as const;
    const blocks = cite.querySelectorAll('pre code');
    CITATION_STYLES.forEach((style, i) => {
      const block = blocks[i];
      if (block) block.textContent = formatCitation(citable, style, locale);
    });
    cite.hidden = false;
  }
}

if (!customElements.get('atlas-compare')) customElements.define('atlas-compare', AtlasCompare);
