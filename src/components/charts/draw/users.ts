// Users over time: one line per messenger, metric and scope, each with its own colour, dash and
// point shape, named at its end; the axes follow the lines shown, the y axis names the metric, on
// a linear or logarithmic scale (the reader's, or picked for them), and years without a figure
// are a break in the line, not a trend.
import { type PointStyle, type ScriptableLineSegmentContext } from 'chart.js';
import { isGap, scaleFor, timeRange } from '../../../lib/chart-layout.ts';
import { DASH_CSS, DASHES, LINE_SLOTS } from '../../../lib/chart-style.ts';
import { SCALES, type Scale } from '../../../lib/chart-view.ts';
import { background, directLabels, labelGutter } from './canvas.ts';
import { builtLines, cycle, numberOf, timeAxis, type Built, type ChartContext, type Row } from './context.ts';

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
  const { box, colours, controls, host, locale } = context;
  const keys = [...new Set(visible.map((row) => row.dataset['key'] ?? ''))];
  const lines = keys.map((key, i) => {
    const lineRows = visible.filter((row) => row.dataset['key'] === key).sort((a, b) => numberOf(a, 'x') - numberOf(b, 'x'));
    const data = lineRows.map((row): Point => ({ x: numberOf(row, 'x'), y: numberOf(row, 'value') }));
    const colour = colours.slot(cycle(LINE_SLOTS, i, 1));
    const [pointStyle, glyph] = cycle(POINT_STYLES, i, POINT_STYLES[0]);
    // The picker shows each drawn line's shape, dash and colour beside its name.
    const swatch = controls?.querySelector<HTMLElement>(`[name="line"][value="${CSS.escape(key)}"] + .line-key`);
    if (swatch) {
      swatch.textContent = glyph;
      swatch.style.color = colour;
      swatch.style.borderBlockEnd = `2px ${cycle(DASH_CSS, i, 'solid')}`;
    }
    return {
      rows: lineRows,
      dataset: {
        label: lineRows[0]?.dataset['label'] ?? key,
        data,
        borderColor: colour,
        backgroundColor: colour,
        borderDash: [...cycle(DASHES, i, [])],
        // More than GAP_YEARS between two figures: no line, since nobody measured the years between.
        segment: {
          borderColor: (segment: ScriptableLineSegmentContext) => (isGap(data[segment.p0DataIndex]?.x ?? 0, data[segment.p1DataIndex]?.x ?? 0) ? 'transparent' : undefined),
        },
        pointStyle,
        pointRadius: 4,
        pointHoverRadius: 6,
        borderWidth: 2,
        clip: 8,
      },
    };
  });
  const choice = controls?.querySelector<HTMLInputElement>('[name="scale"]:checked')?.value;
  const log =
    scaleFor(
      SCALES.find((scale): scale is Scale => scale === choice) ?? 'auto',
      visible.map((row) => numberOf(row, 'value')),
    ) === 'log';
  // The scale drawn, for anyone (and any test) reading the page's state.
  host.dataset['scale'] = log ? 'log' : 'linear';
  const logLabel = controls?.querySelector('[name="scale"][value="log"]')?.parentElement?.textContent?.trim();
  const number = new Intl.NumberFormat(locale, { notation: 'compact' });
  const range = timeRange(visible.map((row) => numberOf(row, 'x')));
  return builtLines(
    context,
    lines,
    {
      layout: {
        padding: {
          top: 12,
          right: labelGutter(
            lines.map((line) => line.dataset),
            range,
            box.clientWidth,
          ),
        },
      },
      scales: {
        x: timeAxis(context, range?.min ?? 0, range?.max ?? 0),
        y: {
          type: log ? 'logarithmic' : 'linear',
          beginAtZero: !log,
          grace: log ? 0 : '4%',
          ticks: {
            color: colours.muted,
            // On a log axis, only 1, 2 and 5 of each power of ten are named, as chart.js does.
            callback: (value: string | number) => {
              const lead = Number(value) / 10 ** Math.floor(Math.log10(Number(value)));
              return log && ![1, 2, 5].includes(Math.round(lead)) ? '' : number.format(Number(value));
            },
          },
          grid: { color: colours.line },
          title: { display: true, text: `${host.dataset['metricLabel'] ?? ''}${log && logLabel ? ` (${logLabel})` : ''}`, color: colours.muted },
        },
      },
    },
    [background(colours.bg), directLabels(colours.bg)],
  );
}
