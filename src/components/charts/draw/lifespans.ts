// Lifespans: one horizontal bar per messenger from launch to shutdown (or now), filled by category.
import { Chart, type ChartConfiguration } from 'chart.js';
import { CATEGORY_STYLE } from '../../../lib/chart-style.ts';
import { background, fill } from './canvas.ts';
import { baseOptions, numberOf, rowAxis, timeAxis, type Built, type ChartContext, type Row } from './context.ts';

const STYLES = new Map(Object.entries(CATEGORY_STYLE));

export function buildLifespans(context: ChartContext, visible: Row[]): Built {
  const { colours, host } = context;
  const bars = visible.map((row) => {
    const style = STYLES.get(row.dataset['category'] ?? '');
    return { colour: colours.slot(style?.slot ?? 1), pattern: style?.pattern ?? 'solid', ended: row.dataset['ended'] === 'true' };
  });
  const start = Math.min(...visible.map((row) => numberOf(row, 'start')));
  const end = Math.max(...visible.map((row) => numberOf(row, 'end')));
  const config: ChartConfiguration<'bar', { x: [number, number]; y: number }[]> = {
    type: 'bar',
    data: {
      datasets: [
        {
          data: visible.map((row, y) => ({ x: [numberOf(row, 'start'), numberOf(row, 'end')], y })),
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
      ...baseOptions<'bar'>(context, [visible], 'y'),
      indexAxis: 'y',
      scales: {
        x: timeAxis(context, start, end),
        y: rowAxis(context, visible.map((row) => row.dataset['label'] ?? ''), !host.dataset['compact']),
      },
    },
    plugins: [background(colours.bg)],
  };
  return { rows: [visible], create: (canvas) => new Chart(canvas, config) };
}
