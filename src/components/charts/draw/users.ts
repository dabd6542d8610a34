// Users over time: one line per messenger, metric and scope, each with its own colour, dash and
// point shape, named at its end; the y axis names the metric, on a linear or logarithmic scale.
import { Chart, type ChartConfiguration, type PointStyle } from 'chart.js';
import { DASHES, PALETTE_SIZE } from '../../../lib/chart-style.ts';
import { background, directLabels } from './canvas.ts';
import { baseOptions, cycle, numberOf, timeAxis, type Built, type ChartContext, type Row } from './context.ts';

/** Point styles for lines, with the glyph shown beside each picked messenger. */
const POINT_STYLES = [
  ['circle', '●'],
  ['rect', '■'],
  ['triangle', '▲'],
  ['rectRot', '◆'],
  ['star', '✱'],
  ['crossRot', '✕'],
] as const satisfies readonly (readonly [PointStyle, string])[];

type Point = { x: number; y: number };

export function buildUsers(context: ChartContext, visible: Row[]): Built {
  const { colours, controls, host, locale, rows } = context;
  const keys = [...new Set(visible.map((row) => row.dataset['key'] ?? ''))];
  // The time axis spans the whole metric, so it holds still while lines are picked.
  const metric = visible[0]?.dataset['metric'];
  const all = rows.filter((row) => row.dataset['metric'] === metric).map((row) => numberOf(row, 'x'));
  const lines = keys.map((key, i) => {
    const lineRows = visible.filter((row) => row.dataset['key'] === key).sort((a, b) => numberOf(a, 'x') - numberOf(b, 'x'));
    const colour = colours.slot((i % PALETTE_SIZE) + 1);
    const [pointStyle, glyph] = cycle(POINT_STYLES, i, POINT_STYLES[0]);
    // The picker shows each drawn line's shape and colour beside its name.
    const swatch = controls?.querySelector<HTMLElement>(`[name="line"][value="${CSS.escape(key)}"] + .line-key`);
    if (swatch) {
      swatch.textContent = glyph;
      swatch.style.color = colour;
    }
    return {
      rows: lineRows,
      dataset: {
        label: lineRows[0]?.dataset['label'] ?? key,
        data: lineRows.map((row): Point => ({ x: numberOf(row, 'x'), y: numberOf(row, 'value') })),
        borderColor: colour,
        backgroundColor: colour,
        borderDash: [...cycle(DASHES, Math.floor(i / PALETTE_SIZE), [])],
        pointStyle,
        pointRadius: 4,
        pointHoverRadius: 6,
        borderWidth: 2,
      },
    };
  });
  const log = controls?.querySelector<HTMLInputElement>('[name="scale"][value="log"]')?.checked;
  const number = new Intl.NumberFormat(locale, { notation: 'compact' });
  const rowsBehind = lines.map((line) => line.rows);
  const config: ChartConfiguration<'line', Point[]> = {
    type: 'line',
    data: { datasets: lines.map((line) => line.dataset) },
    options: {
      ...baseOptions<'line'>(context, rowsBehind),
      layout: { padding: { top: 18, right: 12 } },
      scales: {
        x: timeAxis(context, Math.min(...all), Math.max(...all)),
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
  };
  return { rows: rowsBehind, create: (canvas) => new Chart(canvas, config) };
}
