// Reading a chart from the keyboard: the canvas takes focus, the arrow keys step from point to
// point, each showing its tooltip and saying it in a live region, and Enter opens the point's
// entry. The data table holds the same rows for anyone who prefers it.
import { pointText, type Drawn as Chart, type Hit, type Row } from './context.ts';

/** What the keys need of the chart on the canvas now (it is replaced on every redraw). */
export interface Current {
  chart: Chart | undefined;
  rows: Row[][];
}

/**
 * Every point of the chart, line by line (or row by row) as its table lists them: lines in date
 * order, bars top to bottom. A bar's two ends are one stop, since they are one row.
 */
function pointsOf(chart: Chart, rows: Row[][]): (Hit & { x: number })[] {
  return chart.data.datasets.flatMap((_, datasetIndex) =>
    chart
      .getDatasetMeta(datasetIndex)
      .data.map((element, index) => ({ datasetIndex, index, x: element.x }))
      .filter(({ index }) => rows[datasetIndex]?.[index] !== rows[datasetIndex]?.[index - 1]),
  );
}

export function keyboard(canvas: HTMLCanvasElement, table: HTMLTableElement, live: HTMLElement | null, current: () => Current): void {
  let at = -1;
  const show = (chart: Chart, points: (Hit & { x: number })[], next: number) => {
    const point = points[next];
    if (!point) return;
    at = next;
    const element = chart.getDatasetMeta(point.datasetIndex).data[point.index];
    chart.setActiveElements([point]);
    chart.tooltip?.setActiveElements([point], { x: element?.x ?? 0, y: element?.y ?? 0 });
    chart.update();
    const { title, lines } = pointText(table, current().rows[point.datasetIndex]?.[point.index]);
    if (live) live.textContent = [title, ...lines].map((line) => line.replace(/\.$/, '')).join('. ');
  };
  canvas.tabIndex = 0;
  canvas.addEventListener('focus', () => {
    const { chart, rows } = current();
    if (chart) show(chart, pointsOf(chart, rows), Math.max(at, 0));
  });
  canvas.addEventListener('blur', () => {
    const { chart } = current();
    chart?.setActiveElements([]);
    chart?.tooltip?.setActiveElements([], { x: 0, y: 0 });
    chart?.update();
  });
  canvas.addEventListener('keydown', (event) => {
    const { chart, rows } = current();
    if (!chart) return;
    const points = pointsOf(chart, rows);
    const here = points[at] ?? points[0];
    if (!here) return;
    // Up and down jump to the nearest point of the line above or below; with one line, they step.
    const jump = (step: number) => {
      const line = chart.data.datasets.length > 1 ? here.datasetIndex + step : -1;
      const candidates = points.map((point, i) => ({ point, i })).filter(({ point }) => point.datasetIndex === line);
      if (!candidates.length) return Math.min(Math.max(at + step, 0), points.length - 1);
      return candidates.reduce((best, c) => (Math.abs(c.point.x - here.x) < Math.abs(best.point.x - here.x) ? c : best)).i;
    };
    const moves: Record<string, () => number> = {
      ArrowRight: () => Math.min(at + 1, points.length - 1),
      ArrowLeft: () => Math.max(at - 1, 0),
      ArrowDown: () => jump(1),
      ArrowUp: () => jump(-1),
      Home: () => 0,
      End: () => points.length - 1,
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      show(chart, points, move());
    } else if (event.key === 'Enter') {
      const href = rows[here.datasetIndex]?.[here.index]?.dataset['href'];
      if (href) location.assign(href);
    }
  });
}
