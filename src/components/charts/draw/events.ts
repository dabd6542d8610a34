// Events: one row of points per group (a jurisdiction, or a kind on an entry page), each kind
// with its own symbol (shape, turn, filled or outlined: KIND_STYLE), on a time axis that follows
// the events shown. Drawn as lines without their lines: chart.js's scatter controller would cost
// the chart chunk its own bytes.
import { timeRange } from '../../../lib/chart-layout.ts';
import { KIND_STYLE } from '../../../lib/chart-style.ts';
import { background } from './canvas.ts';
import { builtLines, numberOf, rowAxis, timeAxis, type Built, type ChartContext, type Row } from './context.ts';

const STYLES = new Map(Object.entries(KIND_STYLE));

type Point = { x: number; y: number };

export function buildEvents(context: ChartContext, visible: Row[]): Built {
  const { colours, host, rows } = context;
  // A kind's name in the page's language, from the figure's legend (a slide's legend reuses it).
  const legend = host.closest('figure')?.querySelectorAll<HTMLElement>('.chart-legend [data-kind]') ?? [];
  const kindName = (kind: string) => [...legend].find((item) => item.dataset['kind'] === kind)?.textContent?.replace(/^\S+\s*/, '') ?? kind;
  const groups = [...new Set(rows.map((row) => row.dataset['groupLabel'] ?? ''))];
  const kinds = [...new Set(visible.map((row) => row.dataset['kind'] ?? ''))];
  const range = timeRange(visible.map((row) => numberOf(row, 'x')));
  const series = kinds.map((kind) => {
    const style = STYLES.get(kind);
    const kindRows = visible.filter((row) => row.dataset['kind'] === kind);
    const colour = colours.slot(style?.slot ?? 1);
    return {
      rows: kindRows,
      dataset: {
        label: kindName(kind),
        data: kindRows.map((row): Point => ({ x: numberOf(row, 'x'), y: groups.indexOf(row.dataset['groupLabel'] ?? '') })),
        showLine: false,
        pointStyle: style?.shape ?? 'circle',
        pointRotation: style?.rotation ?? 0,
        pointRadius: 6,
        pointHoverRadius: 8,
        borderWidth: 2,
        borderColor: colour,
        backgroundColor: style?.fill === 'hollow' ? colours.bg : colour,
        clip: 10,
      },
    };
  });
  const scales = { x: timeAxis(context, range?.min ?? 0, range?.max ?? 0), y: { ...rowAxis(context, groups), grid: { color: colours.line } } };
  return builtLines(context, series, { scales }, [background(colours.bg)]);
}
