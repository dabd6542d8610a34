// <atlas-table>: search, filters, sort, columns, selection and CSV over the server-rendered table.
// The plain table stays complete without JavaScript; this only enhances it. State lives in the URL.
import { asOfDay, parseAt, type AtProblem } from '../../lib/at-date.ts';
import { formatPartialDate } from '../../lib/partial-date.ts';
import { rowFromDataset, type AtRow, type SearchRecord, type ViewCsvLanguage } from '../../lib/table-rows.ts';
import {
  COLUMNS,
  FILTER_KEYS,
  MAX_QUERY,
  parseYear,
  filterCounts,
  parseView,
  passesFilters,
  serializeView,
  sortRows,
  type Column,
  type RowData,
  type SortKey,
  type ViewState,
} from '../../lib/table-view.ts';
import { searchKey } from '../../lib/transliterate.ts';
import { COMPARE_LIMIT } from '../../lib/vocabulary.ts';
import type { AtLabels } from './at-view.ts';

interface SearchIndex {
  header: string[];
  /** The CSV of a view from a Russian page: Russian column names and codes in words. */
  csv: { ru: ViewCsvLanguage };
  /** The build date: the view's file is named by it. */
  built: string;
  records: SearchRecord[];
}
type Row = RowData & { tr: HTMLTableRowElement; matched?: boolean; out?: boolean; at?: AtRow | undefined };

/**
 * Rows drawn at once (`data-page-rows`, 100 by default). Past this, the browser's layout of a long
 * table — not the search — is what makes a keystroke slow; the rest of the matches are one click
 * away ("show all") and always in the CSV of the view.
 */
const PAGE_ROWS = 100;

/** Why a date is refused, or undefined when it is fine. */
function problemOf(text: string, today: string): AtProblem | undefined {
  const parsed = parseAt(text, today);
  return 'problem' in parsed ? parsed.problem : undefined;
}

class AtlasTable extends HTMLElement {
  private rows: Row[] = [];
  private view!: ViewState;
  private index: Promise<{ data: SearchIndex; search: (query: string) => Set<string> }> | undefined;
  private hits: Set<string> | undefined;
  private form!: HTMLFormElement;
  private tbody!: HTMLTableSectionElement;

  connectedCallback() {
    this.form = this.querySelector('form')!;
    this.tbody = this.querySelector('tbody')!;
    this.rows = [...this.tbody.rows].map((tr) => ({ ...rowFromDataset(tr.dataset), tr }));
    this.colCells = [...this.querySelectorAll<HTMLElement>('[data-col]')];
    const ids = new Set(this.rows.map((row) => row.id));
    // The (metric, scope) pairs the users column can show: the options the page offers.
    const figures = [...this.form.querySelectorAll<HTMLOptionElement>('select[name="figure"] option')].map((option) => option.value);
    // Countries the "blocked or restricted in" choice offers.
    const countries = [...this.form.querySelectorAll<HTMLOptionElement>('select[name="country"] option')].map((option) => option.value).filter(Boolean);
    const params = new URLSearchParams(location.search);
    this.view = parseView(params, { ids, figures, countries, today: this.today });
    const asked = params.get('at');
    if (asked) this.atProblem = problemOf(asked, this.today);
    this.addSelection();
    this.addSortButtons();
    this.writeControls();
    this.form.removeAttribute('data-needs-script');
    this.form.addEventListener('input', () => this.readControls());
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.readAt();
    });
    this.form.querySelector('[name="at"]')?.addEventListener('change', () => this.readAt());
    this.querySelector('[data-action="at"]')?.addEventListener('click', () => this.readAt());
    this.form.querySelector('[name="q"]')?.addEventListener('focus', () => void this.loadIndex(), { once: true });
    this.querySelector('[data-action="csv"]')?.addEventListener('click', () => void this.downloadCsv());
    this.querySelector('[data-action="all"]')?.addEventListener('click', () => {
      this.showAll = true;
      void this.update();
    });
    this.querySelector('[data-action="reset"]')?.addEventListener('click', () => {
      this.view = parseView(new URLSearchParams(), { ids, figures, countries });
      this.atProblem = undefined;
      this.writeControls();
      void this.update();
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      if (event.key === '/' && !target.closest('input, textarea, select, [contenteditable]')) {
        event.preventDefault();
        this.form.querySelector<HTMLInputElement>('[name="q"]')?.focus();
      }
    });
    void this.update();
  }

  /** The search index, fetched on first use and kept once it loads; a failed fetch is tried again next time. */
  private loadIndex() {
    const index = (this.index ??= Promise.all([fetchJson<SearchIndex>(this.dataset['index'] ?? ''), import('fuse.js/basic')]).then(([data, { default: Fuse }]) => {
      const fuse = new Fuse(data.records, { keys: ['keys'], threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 });
      return { data, search: (query: string) => new Set(fuse.search(searchKey(query)).map((hit) => hit.item.id)) };
    }));
    index.catch(() => {
      if (this.index === index) this.index = undefined;
    });
    return index;
  }

  /** Says in the status line that the index did not load (the rows stay, filtered but not searched). */
  private sayLoadFailed() {
    const status = this.querySelector('[data-result-count]');
    const failed = this.closest<HTMLElement>('[data-load-failed]')?.dataset['loadFailed'];
    const shown = status?.textContent ?? '';
    if (status && failed && !shown.startsWith(failed)) status.textContent = `${failed} ${shown}`;
  }

  /** The build date: no view can be asked for a later day. */
  private get labels(): AtLabels {
    return (this.atLabels ??= JSON.parse(this.dataset['atLabels'] ?? '{}') as AtLabels);
  }
  private get today() {
    return this.dataset['today'] ?? '';
  }
  /** Why the date last asked for was refused, if it was (the message names the problem, never the input). */
  private atProblem: AtProblem | undefined;
  /** The words for rows and messages at a date, from the page. */
  private atLabels: AtLabels | undefined;

  /** Applies the date typed in the date control; a bad one is refused and changes nothing. */
  private readAt() {
    const text = String(new FormData(this.form).get('at') ?? '').trim();
    this.atProblem = text ? problemOf(text, this.today) : undefined;
    if (!this.atProblem) {
      const { at: _previous, ...view } = this.view;
      this.view = text ? { ...view, at: text } : view;
      this.showAll = false;
    }
    void this.update();
  }

  /** The rows being redrawn for the date asked for last. */
  private atDrawn: Promise<void> = Promise.resolve();
  /** The rows' timelines, fetched the first time a date is asked for. */
  // The dated view's code and data load the first time a date is asked for (table JS budget).
  private atIndex: Promise<{ view: typeof import('./at-view.ts'); index: Awaited<ReturnType<(typeof import('./at-view.ts'))['loadAtIndex']>> }> | undefined;

  private async applyAt(at: string | undefined) {
    this.applied.at = at ?? '';
    this.applied.sort = '';
    this.applied.figure = '';
    // Back to today: the rows as the server drew them are the timelines at the build date.
    if (at === undefined && !this.atIndex) return;
    const { view, index } = await (this.atIndex ??= import('./at-view.ts').then(async (view) => ({ view, index: await view.loadAtIndex(this.dataset['atIndex'] ?? '') })));
    const day = at === undefined ? this.today : asOfDay(at, this.today);
    for (const row of this.rows) {
      const state = view.foldTimeline(index.get(row.id) ?? [], day);
      row.at = at === undefined ? undefined : state;
      row.out = !state;
      if (state) view.drawRowAt(row, state, day, document.documentElement.lang, this.labels);
    }
  }

  private readControls() {
    this.showAll = false;
    const data = new FormData(this.form);
    const filters: ViewState['filters'] = {};
    for (const key of FILTER_KEYS) {
      const values = data.getAll(key).map(String);
      if (values.length) filters[key] = values;
    }
    const year = (name: string) => parseYear(String(data.get(name) ?? ''));
    const cols = data.getAll('cols').map(String) as Column[];
    this.view = {
      ...this.view,
      q: String(data.get('q') ?? '').slice(0, MAX_QUERY),
      filters,
      from: year('from'),
      to: year('to'),
      cols: cols.length === COLUMNS.length ? undefined : cols,
      figure: String(data.get('figure') ?? this.view.figure),
      country: String(data.get('country') ?? '') || undefined,
    };
    void this.update();
  }

  private writeControls() {
    const { view, form } = this;
    form.querySelector<HTMLInputElement>('[name="q"]')!.value = view.q;
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      if (input.name === 'cols') input.checked = !view.cols || view.cols.includes(input.value as Column);
      else input.checked = Boolean(view.filters[input.name as keyof ViewState['filters']]?.includes(input.value));
    }
    form.querySelector<HTMLInputElement>('[name="from"]')!.value = view.from === undefined ? '' : String(view.from);
    form.querySelector<HTMLInputElement>('[name="to"]')!.value = view.to === undefined ? '' : String(view.to);
    form.querySelector<HTMLInputElement>('[name="at"]')!.value = view.at ?? '';
    const figure = form.querySelector<HTMLSelectElement>('select[name="figure"]');
    if (figure) figure.value = view.figure;
    const country = form.querySelector<HTMLSelectElement>('select[name="country"]');
    if (country) country.value = view.country ?? '';
  }

  /** What was last applied to the DOM, so a keystroke only touches what changed. */
  private applied = { sort: '', cols: '', sel: '', figure: '', at: '' };

  /** Show every match rather than the first PAGE_ROWS (reset by each new search or filter). */
  private showAll = false;
  private get pageRows() {
    const value = Number(this.dataset['pageRows']);
    return Number.isInteger(value) && value > 0 ? value : PAGE_ROWS;
  }
  private ordered: Row[] = [];
  /** Every cell of every column, attached or not, so choosing columns reaches rows not drawn. */
  private colCells: HTMLElement[] = [];
  /** The rows in the tbody now, in order: only these are laid out by the browser (undefined: the server's rows). */
  private drawn: Row[] | undefined;

  private async update() {
    const { view } = this;
    let failed = false;
    try {
      this.hits = view.q.trim() ? (await this.loadIndex()).search(view.q) : undefined;
    } catch {
      [this.hits, failed] = [undefined, true];
    }
    // Every update waits for the date being drawn, even one that did not ask for it itself.
    if ((view.at ?? '') !== this.applied.at) this.atDrawn = this.applyAt(view.at);
    await this.atDrawn;
    if (view !== this.view) return; // a newer update has started meanwhile
    const matches = (row: Row) => !row.out && (!this.hits || this.hits.has(row.id));
    const sortKey = JSON.stringify([view.sort ?? null, view.sort?.key === 'users' ? view.figure : '']);
    if (sortKey !== this.applied.sort || this.ordered.length === 0) this.ordered = sortRows(this.rows, view.sort, view.figure);
    if (view.figure !== this.applied.figure) this.showFigure(view.figure);
    let shown = 0;
    const drawn: Row[] = [];
    for (const row of this.ordered) {
      row.matched = matches(row) && passesFilters(row, view);
      if (!row.matched) continue;
      shown++;
      if (this.showAll || drawn.length < this.pageRows) drawn.push(row);
    }
    // Rows not drawn leave the DOM altogether: hidden rows still cost style and layout work on
    // every keystroke once a table has a thousand of them.
    // The first update always redraws, or a view matching nothing on arrival would leave every server row shown.
    if (!this.drawn || drawn.length !== this.drawn.length || drawn.some((row, i) => row !== this.drawn![i])) {
      this.tbody.replaceChildren(...drawn.map((row) => row.tr));
      this.drawn = drawn;
    }
    this.applied.sort = sortKey;
    const more = this.querySelector<HTMLButtonElement>('[data-action="all"]');
    if (more) {
      more.hidden = this.showAll || shown <= this.pageRows;
      more.textContent = (more.dataset['label'] ?? '').replace('{n}', String(shown)).replace('{limit}', String(this.pageRows));
    }
    for (const th of this.querySelectorAll<HTMLElement>('th[data-sort]')) {
      if (view.sort && view.sort.key === th.dataset['sort']) th.setAttribute('aria-sort', view.sort.dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    const colsKey = (view.cols ?? []).join(',') + (view.cols ? '' : '*');
    if (colsKey !== this.applied.cols) {
      this.applied.cols = colsKey;
      for (const cell of this.colCells) cell.hidden = Boolean(view.cols && !view.cols.includes(cell.dataset['col'] as Column));
    }
    const selKey = view.sel.join(',');
    if (selKey !== this.applied.sel) {
      this.applied.sel = selKey;
      for (const box of this.rows.map((row) => row.tr.querySelector<HTMLInputElement>('input[data-select]')!)) {
        box.checked = view.sel.includes(box.value);
        box.disabled = !box.checked && view.sel.length >= COMPARE_LIMIT;
      }
      const compare = this.querySelector<HTMLAnchorElement>('[data-compare]')!;
      compare.hidden = view.sel.length < 2;
      compare.href = `${compare.dataset['base']}?ids=${view.sel.join(',')}`;
      compare.textContent = (compare.dataset['label'] ?? '').replace('{n}', String(view.sel.length));
    }
    for (const key of FILTER_KEYS) {
      const counts = filterCounts(this.rows, view, key, matches);
      for (const output of this.form.querySelectorAll<HTMLElement>(`[data-count^="${key}:"]`)) {
        const text = `(${counts.get(output.dataset['count']!.slice(key.length + 1)) ?? 0})`;
        if (output.textContent !== text) output.textContent = text;
      }
    }
    const total = this.rows.filter((row) => !row.out).length;
    // The status counts the rows on screen; past the first page, "show all" says how many more match.
    this.querySelector('[data-result-count]')!.textContent = (this.dataset['countText'] ?? '').replace('{shown}', String(drawn.length)).replace('{total}', String(total));
    if (failed) this.sayLoadFailed();
    const message = this.querySelector('[data-at-message]');
    const { labels } = this;
    const atText = this.atProblem
      ? labels[this.atProblem]
      : view.at
        ? labels.note.replace('{date}', formatPartialDate(asOfDay(view.at, this.today), document.documentElement.lang))
        : '';
    if (message && message.textContent !== atText) message.textContent = atText;
    const query = serializeView(view).toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    this.dispatchEvent(new CustomEvent('atlas-table:updated'));
  }

  /** The users column shows one (metric, scope) pair: each row's figure of it, or "no figure". */
  private showFigure(figure: string) {
    this.applied.figure = figure;
    for (const row of this.rows) {
      const cell = row.tr.querySelector<HTMLElement>('td[data-col="users"]');
      if (!cell) continue;
      let found = false;
      for (const span of cell.querySelectorAll<HTMLElement>('[data-pair]')) {
        span.hidden = span.dataset['pair'] !== figure;
        found ||= !span.hidden;
      }
      const none = cell.querySelector<HTMLElement>('[data-pair-none]');
      if (none) none.hidden = found;
    }
    const option = this.form.querySelector<HTMLSelectElement>('select[name="figure"]')?.selectedOptions[0];
    const label = this.querySelector('[data-figure-label]');
    if (label && option) label.textContent = option.textContent;
  }

  private addSortButtons() {
    for (const th of this.querySelectorAll<HTMLElement>('th[data-sort]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const key = th.dataset['sort'] as SortKey;
        const dir = this.view.sort?.key === key && this.view.sort.dir === 'asc' ? 'desc' : 'asc';
        this.view = { ...this.view, sort: { key, dir } };
        void this.update();
      });
    }
  }

  private addSelection() {
    for (const row of this.rows) {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = row.id;
      box.dataset['select'] = '';
      box.setAttribute('aria-label', (this.dataset['selectLabel'] ?? '{name}').replace('{name}', row.name));
      row.tr.querySelector('th')!.prepend(box, ' ');
      box.addEventListener('change', () => {
        const sel = this.view.sel.filter((id) => id !== row.id);
        this.view = { ...this.view, sel: box.checked ? [...sel, row.id].slice(0, COMPARE_LIMIT) : sel };
        void this.update();
      });
    }
  }

  private async downloadCsv() {
    const index = await this.loadIndex().catch(() => undefined);
    if (!index) return this.sayLoadFailed();
    // The CSV code loads on the first download (table JS budget). Every match of the view in its
    // order, including rows beyond the first PAGE_ROWS.
    const { viewCsvFile } = await import('./table-csv.ts');
    const file = viewCsvFile(
      index.data,
      this.ordered.filter((row) => row.matched),
      this.view,
      document.documentElement.lang,
    );
    const url = URL.createObjectURL(new Blob([file.text], { type: 'text/csv;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: file.name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

if (!customElements.get('atlas-table')) customElements.define('atlas-table', AtlasTable);
