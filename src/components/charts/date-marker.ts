// A chosen date marked on every chart's time axis: `?at=YYYY[-MM[-DD]]` on the page (a year page
// links /timeline/?at=2012) draws a dashed line with the date beside it, the line at the last day
// the date can mean, as everywhere in the atlas (at-date.ts). Apart from draw.ts and free of imports
// so the lazily loaded chart chunk grows by a few hundred bytes only.
import type { Plugin } from 'chart.js';

/** The last day `?at=` can mean, as a UTC timestamp; undefined when it is no real date. */
export function markedDate(search: string): number | undefined {
  const match = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(new URLSearchParams(search).get('at') ?? '');
  if (!match) return undefined;
  const [year, month = 12, day] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part))) as [number, number?, number?];
  const time = day === undefined ? Date.UTC(year, month, 0) : Date.UTC(year, month - 1, day);
  const check = new Date(time);
  return month >= 1 && month <= 12 && check.getUTCMonth() === month - 1 && (day === undefined || check.getUTCDate() === day) ? time : undefined;
}

export const dateMarker: Plugin = {
  id: 'atlasDateMarker',
  afterDatasetsDraw(chart) {
    const at = markedDate(location.search);
    const x = chart.scales['x'];
    if (at === undefined || !x || at < x.min || at > x.max) return;
    const { ctx, chartArea, canvas } = chart;
    const left = x.getPixelForValue(at);
    ctx.save();
    ctx.strokeStyle = ctx.fillStyle = getComputedStyle(canvas).getPropertyValue('--atlas-fg') || '#000';
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    ctx.moveTo(left, chartArea.top);
    ctx.lineTo(left, chartArea.bottom);
    ctx.stroke();
    ctx.font = 'bold 12px sans-serif';
    ctx.textAlign = left > chartArea.right - 80 ? 'right' : 'left';
    ctx.fillText(new URLSearchParams(location.search).get('at')!, left + (ctx.textAlign === 'right' ? -5 : 5), chartArea.top + 12);
    ctx.restore();
    canvas.dataset['marked'] = new Date(at).toISOString().slice(0, 10);
  },
};
