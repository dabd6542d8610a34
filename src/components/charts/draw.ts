// Draws a chart from its own data table, loaded lazily by atlas-chart.ts. Reading the table back
// (rather than a second copy of the data) means the chart, the table and the CSV always agree; a
// table kept on another page (./draw/table.ts) is fetched first.
// The builders (./draw/lifespans.ts, users.ts, events.ts) turn the visible rows into a chart.js
// chart; ./draw/controls.ts keeps the view in the URL; ./draw/keyboard.ts reads the points out;
// ./draw/export.ts (loaded on click) gives PNG and CSV.
import { Chart, LinearScale, LineController, LineElement, LogarithmicScale, PointElement, Tooltip } from 'chart.js';
import { withParams } from '../../lib/chart-view.ts';
import { palette } from './draw/canvas.ts';
import type { Built, ChartContext, Drawn, Row } from './draw/context.ts';
import { filterControls, usersControls, type Changed } from './draw/controls.ts';
import { buildEvents } from './draw/events.ts';
import { keyboard } from './draw/keyboard.ts';
import { fetchTable } from './draw/table.ts';
import { buildLifespans } from './draw/lifespans.ts';
import { buildUsers } from './draw/users.ts';
import { dateMarker } from './date-marker.ts';

Chart.register(LinearScale, LogarithmicScale, LineController, LineElement, PointElement, Tooltip, dateMarker);

const BUILDERS: Record<string, (context: ChartContext, visible: Row[]) => Built> = {
  lifespans: buildLifespans,
  users: buildUsers,
  events: buildEvents,
};

export async function draw(host: HTMLElement): Promise<void> {
  const tableSrc = host.dataset['tableSrc'];
  if (tableSrc) await fetchTable(host, tableSrc);
  const canvas = host.querySelector('canvas');
  const table = host.querySelector('table');
  const box = canvas?.parentElement;
  const build = BUILDERS[host.dataset['kind'] ?? ''] ?? buildEvents;
  if (!canvas || !table || !box) throw new Error('a chart needs its canvas and its data table');
  const context: ChartContext = {
    host,
    table,
    rows: [...(table.tBodies[0]?.rows ?? [])],
    box,
    controls: host.querySelector<HTMLElement>('[data-chart-controls]'),
    colours: palette(host),
    locale: host.dataset['locale'] ?? 'en',
  };
  const permalink = host.querySelector<HTMLAnchorElement>('[data-permalink]');
  const figureId = host.closest('figure')?.id ?? 'chart';
  let chart: Drawn | undefined;
  let built: Built | undefined;
  let rowsBehind: Row[][] = [];

  // The first drawing is still; the redraws a reader asks for (a filter, a metric) animate.
  const redraw = (still = false) => {
    const visible = context.rows.filter((row) => !row.hidden);
    built = build(context, visible);
    chart?.destroy();
    chart = built.create(canvas, { still });
    rowsBehind = built.rows;
    const count = host.querySelector('[data-chart-count]');
    if (count) count.textContent = String(visible.length);
  };
  // The view in links: the permalink (to the chart's own page, which on an embed is another) and the
  // embed snippet, whose address is absolute even when the build did not know the site's (then the
  // one the reader is on).
  const home = permalink?.pathname ?? location.pathname;
  const embedCode = host.querySelector('[data-embed-code]');
  const linked = (search: string) => {
    if (permalink) permalink.href = `${home}${search}#${figureId}`;
    if (embedCode) embedCode.textContent = (embedCode.textContent ?? '').replace(/src="([^"?]*)[^"]*"/, (_, src: string) => `src="${new URL(src, location.href).href}${search}"`);
  };
  const changed: Changed = (params) => {
    const search = withParams(location.search, params);
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    linked(search);
    redraw();
  };

  if (context.controls && host.dataset['kind'] === 'users') usersControls(context, context.controls, changed);
  else if (context.controls) filterControls(context, context.controls, changed);
  redraw(true);
  linked(location.search);
  keyboard(canvas, table, host.querySelector('[data-chart-live]'), () => ({ chart, rows: rowsBehind }));
  // The download code loads on the first click; if it cannot, the button says so and stays usable.
  for (const button of host.querySelectorAll<HTMLButtonElement>('[data-action="png"], [data-action="csv"]')) {
    const label = button.textContent;
    button.addEventListener('click', () => {
      import('./draw/export.ts')
        .then(({ download }) => {
          button.textContent = label;
          download(button.dataset['action'], { host, table, box, colours: context.colours, built });
        })
        .catch(() => (button.textContent = host.closest<HTMLElement>('[data-load-failed]')?.dataset['loadFailed'] ?? label));
    });
    button.disabled = false;
  }
  host.dataset['drawn'] = 'true';
}
