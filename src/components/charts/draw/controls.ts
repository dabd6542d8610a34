// The controls under a chart and their state in the URL: the users chart picks a metric, a scale
// and lines; the events and lifespans charts filter by one value per <select> (jurisdiction and
// kind; category, status and launch decade). Each hides the table rows it leaves out, so the
// chart, its table and its CSV always show the same rows.
import { parseFilterView, parseUsersView, SCALES, usersParams, type UsersOptions } from '../../../lib/chart-view.ts';
import type { ChartContext } from './context.ts';

/** Called after a reader changes the view, with the chart's URL parameters. */
export type Changed = (params: Record<string, string | undefined>) => void;

const fieldOf = (event: Event) => (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement ? event.target : undefined);

export function usersControls({ host, rows }: ChartContext, controls: HTMLElement, changed: Changed): void {
  const metricSelect = controls.querySelector<HTMLSelectElement>('[name="metric"]');
  const boxes = [...controls.querySelectorAll<HTMLInputElement>('[name="line"]')];
  const metrics = metricSelect ? [...metricSelect.options].map((option) => option.value) : [host.dataset['metric'] ?? ''];
  const linesFor = (metric: string) => [...new Set(rows.filter((row) => row.dataset['metric'] === metric).map((row) => row.dataset['key'] ?? ''))];
  const options: UsersOptions = {
    metrics,
    lines: new Map(metrics.map((metric) => [metric, linesFor(metric)])),
    defaults: new Map(
      metrics.map((metric) => [
        metric,
        boxes.length ? boxes.filter((b) => b.dataset['metric'] === metric && b.dataset['default'] === 'true').map((b) => b.value) : linesFor(metric),
      ]),
    ),
  };
  const view = parseUsersView(new URLSearchParams(location.search), options);
  const apply = () => {
    for (const box of boxes) {
      const label = box.closest('label');
      if (label) label.hidden = box.dataset['metric'] !== view.metric;
      box.checked = view.lines.includes(box.value);
      const swatch = box.nextElementSibling;
      if (swatch instanceof HTMLElement && !box.checked) {
        swatch.textContent = '';
        swatch.style.borderBlockEnd = '';
      }
    }
    if (metricSelect) metricSelect.value = view.metric;
    const scale = controls.querySelector<HTMLInputElement>(`[name="scale"][value="${view.scale}"]`);
    if (scale) scale.checked = true;
    for (const row of rows) row.hidden = row.dataset['metric'] !== view.metric || !view.lines.includes(row.dataset['key'] ?? '');
    host.dataset['metricLabel'] = metricSelect?.selectedOptions[0]?.textContent ?? host.dataset['metricLabel'] ?? '';
  };
  controls.addEventListener('change', (event) => {
    const field = fieldOf(event);
    if (field?.name === 'metric') {
      view.metric = field.value;
      view.lines = [...(options.defaults.get(view.metric) ?? [])];
    } else if (field?.name === 'scale') view.scale = SCALES.find((scale) => scale === field.value) ?? 'auto';
    else if (field?.name === 'line') view.lines = boxes.filter((b) => b.checked && b.dataset['metric'] === view.metric).map((b) => b.value);
    apply();
    changed(usersParams(view, options));
  });
  apply();
}

/** Filters: each <select name="x"> keeps the rows whose data-x is its value (or all, for ""). */
export function filterControls({ rows }: ChartContext, controls: HTMLElement, changed: Changed): void {
  const selects = [...controls.querySelectorAll('select')];
  const offered = Object.fromEntries(selects.map((select) => [select.name, [...select.options].map((option) => option.value).filter(Boolean)]));
  const view = parseFilterView(new URLSearchParams(location.search), offered);
  const apply = () => {
    for (const select of selects) select.value = view[select.name] ?? '';
    for (const row of rows) row.hidden = selects.some((select) => select.value && row.dataset[select.name] !== select.value);
  };
  controls.addEventListener('change', () => {
    for (const select of selects) view[select.name] = select.value || undefined;
    apply();
    changed(view);
  });
  apply();
}
