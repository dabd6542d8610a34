// Lifespans: one bar per messenger from launch to shutdown (or now), filled by category, a dark
// cap where it shut down. Each bar is drawn as a thick line between two points (chart.js's bar
// controller and element would cost the chart chunk 3 KB); its name is the row's tick.
import { type ChartConfiguration } from 'chart.js';
import { CATEGORY_STYLE, lifespansHeight } from '../../../lib/chart-style.ts';
import { background, fill } from './canvas.ts';
import { baseOptions, creator, numberOf, rowAxis, timeAxis, type Built, type ChartContext, type Row } from './context.ts';

const STYLES = new Map(Object.entries(CATEGORY_STYLE));

type Point = { x: number; y: number };

export function buildLifespans(context: ChartContext, visible: Row[]): Built {
  const { box, colours } = context;
  // One row per bar shown: the box grows or shrinks with the filters, and bars fill 70% of a row.
  box.querySelector('.chart-rows')?.setAttribute('height', String(lifespansHeight(visible.length)));
  const thickness = Math.max(2, ((box.clientHeight - 44) / Math.max(visible.length, 1)) * 0.7);
  const datasets = visible.map((row, y) => {
    const style = STYLES.get(row.dataset['category'] ?? '');
    // The shutdown cap is the end point, drawn as an upright stroke across the bar.
    const cap = row.dataset['status'] === 'ended' ? [0, thickness / 2 + 1] : [0, 0];
    return {
      label: row.dataset['label'] ?? '',
      data: [
        { x: numberOf(row, 'start'), y },
        { x: numberOf(row, 'end'), y },
      ],
      borderColor: fill(colours.slot(style?.slot ?? 1), style?.pattern ?? 'solid', colours.bg),
      borderWidth: thickness,
      borderCapStyle: 'butt' as const,
      pointStyle: 'line' as const,
      pointRotation: 90,
      pointRadius: cap,
      pointHoverRadius: cap,
      pointBorderWidth: 3,
      pointHoverBorderWidth: 3,
      pointBorderColor: colours.fg,
    };
  });
  const rowsBehind = visible.map((row) => [row, row]);
  const config: ChartConfiguration<'line', Point[]> = {
    type: 'line',
    data: { datasets },
    options: {
      ...baseOptions<'line'>(context, rowsBehind, 'y'),
      scales: {
        x: timeAxis(context, Math.min(...visible.map((row) => numberOf(row, 'start'))), Math.max(...visible.map((row) => numberOf(row, 'end')))),
        y: rowAxis(
          context,
          datasets.map((dataset) => dataset.label),
        ),
      },
    },
    plugins: [background(colours.bg)],
  };
  return { rows: rowsBehind, create: creator(config) };
}
