// Draws a chart from its own data table, loaded lazily by atlas-chart.ts. Reading the table back
// (rather than a second copy of the data) means the chart, the table and the CSV always agree.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
  type Scale,
  type TooltipItem,
} from 'chart.js';
import { CATEGORY_STYLE, DASHES, KIND_STYLE, PALETTE_SIZE, type Pattern } from '../../lib/chart-style.ts';
import { eventsParams, parseEventsView, parseUsersView, usersParams, withParams, type UsersOptions } from '../../lib/chart-view.ts';
import { yearTicks } from '../../lib/chart-series.ts';
import { CSV_DIALECTS, toCsv, type CsvDialect } from '../../lib/csv.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale, LineController, LineElement, PointElement, ScatterController, Tooltip);

type Row = HTMLTableRowElement;
interface Drawn {
  config: ChartConfiguration;
  /** Rows behind each dataset's points, for tooltips and clicks. */
  rows: Row[][];
}

/** Point styles for lines, with the glyph shown beside each picked messenger. */
const POINT_STYLES = [
  ['circle', '●'],
  ['rect', '■'],
  ['triangle', '▲'],
  ['rectRot', '◆'],
  ['star', '✱'],
  ['crossRot', '✕'],
] as const;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export function draw(host: HTMLElement): void {
  const kind = host.dataset['kind'];
  const locale = host.dataset['locale'] ?? 'en';
  const canvas = host.querySelector('canvas')!;
  const box = canvas.parentElement!;
  const table = host.querySelector('table')!;
  const rows = [...table.tBodies[0]!.rows];
  const controls = host.querySelector<HTMLElement>('[data-chart-controls]');
  const permalink = host.querySelector<HTMLAnchorElement>('[data-permalink]');
  const figureId = host.closest('figure')?.id ?? 'chart';
  const colours = palette(host);
  const yearFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  let chart: Chart | undefined;
  let drawn: Drawn | undefined;

  const timeAxis = (min: number, max: number) => ({
    type: 'linear' as const,
    min,
    max,
    afterBuildTicks: (scale: Scale) => {
      scale.ticks = yearTicks(scale.min, scale.max, box.clientWidth < 500 ? 5 : 10).map((value) => ({ value }));
    },
    ticks: { callback: (value: string | number) => yearFormat.format(new Date(Number(value))), color: colours.muted, autoSkip: false, maxRotation: 0 },
    grid: { color: colours.line },
  });

  const base = (rowsBehind: Row[][]) => ({
    responsive: true,
    maintainAspectRatio: false,
    animation: reducedMotion() ? (false as const) : undefined,
    onClick: (_event: unknown, elements: { datasetIndex: number; index: number }[]) => {
      const hit = elements[0];
      const href = hit && rowsBehind[hit.datasetIndex]?.[hit.index]?.dataset['href'];
      if (href) location.assign(href);
    },
    plugins: {
      tooltip: {
        callbacks: {
          title: (items: TooltipItem<'bar' | 'line' | 'scatter'>[]) => {
            const row = items[0] && rowsBehind[items[0].datasetIndex]?.[items[0].dataIndex];
            return row?.dataset['label'] ?? row?.cells[0]?.textContent?.trim() ?? '';
          },
          label: (item: TooltipItem<'bar' | 'line' | 'scatter'>) => tooltipLines(table, rowsBehind[item.datasetIndex]?.[item.dataIndex]),
        },
      },
    },
  });

  function build(): Drawn {
    const visible = rows.filter((row) => !row.hidden);
    if (kind === 'lifespans') {
      const bars = visible.map((row) => {
        const style = CATEGORY_STYLE[row.dataset['category'] as keyof typeof CATEGORY_STYLE];
        const ended = row.dataset['ended'] === 'true';
        return { row, colour: colours.slot(style?.slot ?? 1), pattern: style?.pattern ?? 'solid', ended };
      });
      const start = Math.min(...visible.map((row) => Number(row.dataset['start'])));
      const end = Math.max(...visible.map((row) => Number(row.dataset['end'])));
      return {
        rows: [visible],
        config: {
          type: 'bar',
          data: {
            labels: visible.map((row) => row.dataset['label'] ?? ''),
            datasets: [
              {
                data: visible.map((row) => [Number(row.dataset['start']), Number(row.dataset['end'])]),
                backgroundColor: bars.map((bar) => fill(bar.colour, bar.pattern, colours.bg)),
                borderColor: colours.fg,
                borderWidth: bars.map((bar) => ({ top: 0, bottom: 0, left: 0, right: bar.ended ? 3 : 0 })),
                borderSkipped: false,
                barPercentage: 0.8,
                categoryPercentage: 1,
              },
            ],
          },
          options: {
            ...base([visible]),
            indexAxis: 'y',
            scales: {
              x: timeAxis(start, end),
              y: { ticks: { color: colours.fg, autoSkip: false, display: !host.dataset['compact'] }, grid: { display: false } },
            },
          },
          plugins: [background(colours.bg)],
        } as ChartConfiguration,
      };
    }

    if (kind === 'users') {
      const keys = [...new Set(visible.map((row) => row.dataset['key']!))];
      // The time axis spans the whole metric, so it holds still while lines are picked.
      const metric = visible[0]?.dataset['metric'];
      const all = rows.filter((row) => row.dataset['metric'] === metric).map((row) => Number(row.dataset['x']));
      const datasets = keys.map((key, i) => {
        const lineRows = visible.filter((row) => row.dataset['key'] === key).sort((a, b) => Number(a.dataset['x']) - Number(b.dataset['x']));
        const colour = colours.slot((i % PALETTE_SIZE) + 1);
        const swatch = controls?.querySelector<HTMLElement>(`[name="line"][value="${CSS.escape(key)}"] + .line-key`);
        if (swatch) {
          swatch.textContent = POINT_STYLES[i % POINT_STYLES.length]![1];
          swatch.style.color = colour;
        }
        return {
          rows: lineRows,
          dataset: {
            label: lineRows[0]?.dataset['label'] ?? key,
            data: lineRows.map((row) => ({ x: Number(row.dataset['x']), y: Number(row.dataset['value']) })),
            borderColor: colour,
            backgroundColor: colour,
            borderDash: [...DASHES[Math.floor(i / PALETTE_SIZE) % DASHES.length]!],
            pointStyle: POINT_STYLES[i % POINT_STYLES.length]![0],
            pointRadius: 4,
            pointHoverRadius: 6,
            borderWidth: 2,
          },
        };
      });
      const log = controls?.querySelector<HTMLInputElement>('[name="scale"][value="log"]')?.checked;
      const number = new Intl.NumberFormat(locale, { notation: 'compact' });
      return {
        rows: datasets.map((d) => d.rows),
        config: {
          type: 'line',
          data: { datasets: datasets.map((d) => d.dataset) },
          options: {
            ...base(datasets.map((d) => d.rows)),
            layout: { padding: { top: 18, right: 12 } },
            scales: {
              x: timeAxis(Math.min(...all), Math.max(...all)),
              y: {
                type: log ? 'logarithmic' : 'linear',
                beginAtZero: !log,
                ticks: { color: colours.muted, callback: (value: string | number) => number.format(Number(value)) },
                grid: { color: colours.line },
                title: { display: true, text: host.dataset['metricLabel'] ?? '', color: colours.muted },
              },
            },
          },
          plugins: [background(colours.bg), directLabels(colours.bg)],
        } as ChartConfiguration,
      };
    }

    // Events: one row of points per group (a jurisdiction, or a kind on an entry page).
    const groups = [...new Set(rows.map((row) => row.dataset['groupLabel'] ?? ''))];
    const kinds = [...new Set(visible.map((row) => row.dataset['kind']!))];
    const all = rows.map((row) => Number(row.dataset['x']));
    const pad = 180 * 24 * 3600 * 1000;
    const datasets = kinds.map((k) => {
      const style = KIND_STYLE[k as keyof typeof KIND_STYLE];
      const kindRows = visible.filter((row) => row.dataset['kind'] === k);
      const colour = colours.slot(style?.slot ?? 1);
      return {
        rows: kindRows,
        dataset: {
          label: k,
          data: kindRows.map((row) => ({ x: Number(row.dataset['x']), y: row.dataset['groupLabel'] ?? '' })),
          pointStyle: style?.shape ?? 'circle',
          pointRadius: 6,
          pointHoverRadius: 8,
          borderWidth: 2,
          borderColor: colour,
          backgroundColor: colour,
        },
      };
    });
    return {
      rows: datasets.map((d) => d.rows),
      config: {
        type: 'scatter',
        data: { datasets: datasets.map((d) => d.dataset) },
        options: {
          ...base(datasets.map((d) => d.rows)),
          scales: {
            x: timeAxis(Math.min(...all) - pad, Math.max(...all) + pad),
            y: { type: 'category', labels: groups, offset: true, ticks: { color: colours.fg }, grid: { color: colours.line } },
          },
        },
        plugins: [background(colours.bg)],
      } as unknown as ChartConfiguration,
    };
  }

  function redraw() {
    drawn = build();
    chart?.destroy();
    chart = new Chart(canvas, drawn.config);
    const label = host.querySelector('[data-chart-count]');
    if (label) label.textContent = String(rows.filter((row) => !row.hidden).length);
  }

  // Controls: the users chart picks a metric, a scale and lines; the events chart filters.
  let writeUrl = () => {};
  if (kind === 'users' && controls) {
    const metricSelect = controls.querySelector<HTMLSelectElement>('[name="metric"]');
    const boxes = [...controls.querySelectorAll<HTMLInputElement>('[name="line"]')];
    const metrics = metricSelect ? [...metricSelect.options].map((option) => option.value) : [host.dataset['metric'] ?? ''];
    const linesFor = (metric: string) => [...new Set(rows.filter((row) => row.dataset['metric'] === metric).map((row) => row.dataset['key']!))];
    const options: UsersOptions = {
      metrics,
      lines: new Map(metrics.map((metric) => [metric, linesFor(metric)])),
      defaults: new Map(
        metrics.map((metric) => [metric, boxes.length ? boxes.filter((b) => b.dataset['metric'] === metric && b.dataset['default'] === 'true').map((b) => b.value) : linesFor(metric)]),
      ),
    };
    const view = parseUsersView(new URLSearchParams(location.search), options);
    const apply = () => {
      for (const b of boxes) {
        b.closest('label')!.hidden = b.dataset['metric'] !== view.metric;
        b.checked = view.lines.includes(b.value);
        const key = b.nextElementSibling as HTMLElement | null;
        if (key && !b.checked) key.textContent = '';
      }
      if (metricSelect) metricSelect.value = view.metric;
      const scale = controls.querySelector<HTMLInputElement>(`[name="scale"][value="${view.scale}"]`);
      if (scale) scale.checked = true;
      for (const row of rows) row.hidden = row.dataset['metric'] !== view.metric || !view.lines.includes(row.dataset['key']!);
      host.dataset['metricLabel'] = metricSelect?.selectedOptions[0]?.textContent ?? host.dataset['metricLabel'] ?? '';
    };
    controls.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name === 'metric') {
        view.metric = target.value;
        view.lines = [...(options.defaults.get(view.metric) ?? [])];
      } else if (target.name === 'scale') view.scale = target.value === 'log' ? 'log' : 'linear';
      else if (target.name === 'line') view.lines = boxes.filter((b) => b.checked && b.dataset['metric'] === view.metric).map((b) => b.value);
      apply();
      writeUrl();
      redraw();
    });
    apply();
    writeUrl = () => setUrl(usersParams(view, options));
  } else if (kind === 'events' && controls) {
    const selects = ['jurisdiction', 'kind'].map((name) => controls.querySelector<HTMLSelectElement>(`[name="${name}"]`));
    const offered = (select: HTMLSelectElement | null) => (select ? [...select.options].map((o) => o.value).filter(Boolean) : []);
    const view = parseEventsView(new URLSearchParams(location.search), { jurisdictions: offered(selects[0]!), kinds: offered(selects[1]!) });
    const apply = () => {
      if (selects[0]) selects[0].value = view.jurisdiction ?? '';
      if (selects[1]) selects[1].value = view.kind ?? '';
      for (const row of rows)
        row.hidden = (view.jurisdiction !== undefined && row.dataset['jurisdiction'] !== view.jurisdiction) || (view.kind !== undefined && row.dataset['kind'] !== view.kind);
    };
    controls.addEventListener('change', () => {
      view.jurisdiction = selects[0]?.value || undefined;
      view.kind = selects[1]?.value || undefined;
      apply();
      writeUrl();
      redraw();
    });
    apply();
    writeUrl = () => setUrl(eventsParams(view));
  }

  function setUrl(params: Record<string, string | undefined>) {
    const search = withParams(location.search, params);
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    if (permalink) permalink.href = `${location.pathname}${search}#${figureId}`;
  }

  redraw();
  if (permalink) permalink.href = `${location.pathname}${location.search}#${figureId}`;

  const pngButton = host.querySelector<HTMLButtonElement>('[data-action="png"]');
  const csvButton = host.querySelector<HTMLButtonElement>('[data-action="csv"]');
  // Files named by what and when (data-file: `messenger-atlas-timeline-users-2026-12-06`); a Russian
  // page's CSV is `;`-separated, as Excel in a Russian locale reads it.
  const file = host.dataset['file'] ?? figureId;
  pngButton?.addEventListener('click', () => save(canvas.toDataURL('image/png'), `${file}.png`));
  csvButton?.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([tableCsv(table, host.dataset['locale'] === 'ru' ? CSV_DIALECTS.ru : CSV_DIALECTS.en)], { type: 'text/csv;charset=utf-8' }));
    save(url, `${file}.csv`);
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  for (const button of [pngButton, csvButton]) if (button) button.disabled = false;
  host.dataset['drawn'] = 'true';
}

/** The visible rows of a chart's table as CSV: raw values where a cell has one, and source URLs. */
export function tableCsv(table: HTMLTableElement, dialect: CsvDialect = CSV_DIALECTS.en): string {
  const heads = [...table.tHead!.rows[0]!.cells];
  const skip = (th: HTMLElement | undefined) => th?.dataset['csv'] === 'skip'; // a column of controls, not data
  const header = heads.flatMap((th) => (skip(th) ? [] : th.dataset['csvUrl'] !== undefined ? [th.textContent!.trim(), th.dataset['csvUrl']!] : [th.textContent!.trim()]));
  const body = [...table.tBodies[0]!.rows]
    .filter((row) => !row.hidden)
    .map((row) =>
      [...row.cells].flatMap((cell, i) => {
        if (skip(heads[i])) return [];
        const value = cell.dataset['value'] ?? cell.textContent!.trim();
        return heads[i]?.dataset['csvUrl'] !== undefined ? [value, cell.dataset['url'] ?? cell.querySelector('a')?.href ?? ''] : [value];
      }),
    );
  return toCsv(header, body, dialect);
}

function tooltipLines(table: HTMLTableElement, row: Row | undefined): string[] {
  if (!row) return [];
  const heads = [...table.tHead!.rows[0]!.cells];
  return heads.flatMap((th, i) => (th.dataset['tip'] !== undefined ? [`${th.textContent!.trim()}: ${row.cells[i]?.textContent?.trim() ?? ''}`] : []));
}

function save(href: string, name: string) {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.click();
}

function palette(host: HTMLElement) {
  const style = getComputedStyle(host);
  const get = (name: string) => style.getPropertyValue(name).trim();
  return {
    bg: get('--atlas-bg') || '#fff',
    fg: get('--atlas-fg') || '#000',
    muted: get('--atlas-muted') || '#555',
    line: get('--atlas-line') || '#ccc',
    slot: (n: number) => get(`--atlas-chart-${n}`) || '#0072b2',
  };
}

/** A category's fill: its colour, with stripes, dots or a grid in the background colour. */
function fill(colour: string, pattern: Pattern, bg: string): string | CanvasPattern {
  if (pattern === 'solid') return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d')!;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = ctx.fillStyle = bg;
  ctx.lineWidth = 1.5;
  if (pattern === 'stripes') {
    ctx.beginPath();
    ctx.moveTo(0, 8);
    ctx.lineTo(8, 0);
    ctx.moveTo(-2, 2);
    ctx.lineTo(2, -2);
    ctx.moveTo(6, 10);
    ctx.lineTo(10, 6);
    ctx.stroke();
  } else if (pattern === 'dots') {
    ctx.beginPath();
    ctx.arc(4, 4, 1.6, 0, Math.PI * 2);
    ctx.fill();
  } else {
    ctx.strokeRect(0.5, 0.5, 8, 8);
  }
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** Paints the page background under the chart, so a downloaded PNG is not transparent. */
function background(colour: string): Plugin {
  return {
    id: 'atlasBackground',
    beforeDraw: (chart) => {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
  };
}

/** Writes each line's name at its last point, so lines are named without relying on colour. */
function directLabels(bg: string): Plugin {
  return {
    id: 'atlasLabels',
    afterDatasetsDraw: (chart) => {
      const { ctx } = chart;
      ctx.save();
      ctx.font = '12px system-ui, sans-serif';
      ctx.textBaseline = 'middle';
      chart.data.datasets.forEach((dataset, i) => {
        const points = chart.getDatasetMeta(i).data;
        const last = points[points.length - 1];
        if (!last) return;
        const text = String(dataset.label ?? '');
        const width = ctx.measureText(text).width;
        const x = Math.min(last.x + 8, chart.width - width - 4);
        const y = last.y - 10;
        ctx.fillStyle = bg;
        ctx.fillRect(x - 2, y - 8, width + 4, 16);
        ctx.fillStyle = String(dataset.borderColor);
        ctx.fillText(text, x, y);
      });
      ctx.restore();
    },
  };
}
