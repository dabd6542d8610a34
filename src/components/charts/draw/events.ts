// Events: one row of points per group (a jurisdiction, or a kind on an entry page), each kind
// with its own point shape, on a time axis padded half a year either side. Drawn as lines
// without their lines: chart.js's scatter controller would cost the chart chunk its own bytes.
import { Chart, type ChartConfiguration } from 'chart.js';
import { KIND_STYLE } from '../../../lib/chart-style.ts';
import { background } from './canvas.ts';
import { baseOptions, numberOf, rowAxis, timeAxis, type Built, type ChartContext, type Row } from './context.ts';

const STYLES = new Map(Object.entries(KIND_STYLE));
const HALF_YEAR = 180 * 24 * 3600 * 1000;

type Point = { x: number; y: number };

export function buildEvents(context: ChartContext, visible: Row[]): Built {
  const { colours, rows } = context;
  const groups = [...new Set(rows.map((row) => row.dataset['groupLabel'] ?? ''))];
  const kinds = [...new Set(visible.map((row) => row.dataset['kind'] ?? ''))];
  const all = rows.map((row) => numberOf(row, 'x'));
  const series = kinds.map((kind) => {
    const style = STYLES.get(kind);
    const kindRows = visible.filter((row) => row.dataset['kind'] === kind);
    const colour = colours.slot(style?.slot ?? 1);
    return {
      rows: kindRows,
      dataset: {
        label: kind,
        data: kindRows.map((row): Point => ({ x: numberOf(row, 'x'), y: groups.indexOf(row.dataset['groupLabel'] ?? '') })),
        showLine: false,
        pointStyle: style?.shape ?? 'circle',
        pointRadius: 6,
        pointHoverRadius: 8,
        borderWidth: 2,
        borderColor: colour,
        backgroundColor: colour,
      },
    };
  });
  const rowsBehind = series.map((s) => s.rows);
  const config: ChartConfiguration<'line', Point[]> = {
    type: 'line',
    data: { datasets: series.map((s) => s.dataset) },
    options: {
      ...baseOptions<'line'>(context, rowsBehind),
      scales: {
        x: timeAxis(context, Math.min(...all) - HALF_YEAR, Math.max(...all) + HALF_YEAR),
        y: { ...rowAxis(context, groups), grid: { color: colours.line } },
      },
    },
    plugins: [background(colours.bg)],
  };
  return { rows: rowsBehind, create: (canvas) => new Chart(canvas, config) };
}
