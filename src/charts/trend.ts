/**
 * Lines over time, drawn from the line model: chosen series in colour, each labelled at its end
 * (labels pushed apart so none overprints another), every other province muted for context,
 * qualified values as hollow dots, points across the 1/7/2025 merger joined by a dashed line, and
 * the merger itself as a seam.
 */
import * as Plot from '@observablehq/plot';
import { t } from '../i18n/dict.ts';
import type { LineModel, LinePoint, LineSeries } from '../lib/figures/line.ts';
import { formatNumber } from '../lib/format/number.ts';
import { formatPeriodShort } from '../lib/format/period.ts';
import { unitLabel } from '../lib/format/value.ts';
import { finish } from './finish.ts';
import { MEDIAN, MUTED, SERIES } from './palette.ts';
import type { ChartOptions } from './types.ts';

const HEIGHT = 340;
const TOP = 28;
const SEAM_BAND = 14; // room for the merger's caption above the plot
const CAPTION_CHAR = 7; // px per character of the merger's 10 px caption (about 5.6), generous
const BOTTOM = 30;
const LABEL_GAP = 18; // a 14 px label's box, descenders included
const CHAR = 8.6; // px per character of a bold 14 px label, generous

const date = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The colour of each chosen series: the country in ink, the median in grey, provinces in order of choice. */
export function seriesColours(series: readonly Pick<LineSeries, 'key' | 'kind'>[]): Map<string, string> {
  let i = 0;
  return new Map(series.map((s) => [s.key, s.kind === 'national' ? MEDIAN : s.kind === 'median' ? '#5f6b7a' : SERIES[i++ % SERIES.length]]));
}

/**
 * End-label positions in pixels, top to bottom: each at its series' last value, moved the least so
 * that neighbours are at least `gap` apart and all stay within [top, bottom].
 */
export function dodge(ys: readonly number[], top: number, bottom: number, gap = LABEL_GAP): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k], placed[k - 1] + gap);
  const overflow = placed.length ? placed[placed.length - 1] - bottom : 0;
  if (overflow > 0) for (let k = placed.length - 1; k >= 0; k--) placed[k] = Math.max(top, Math.min(placed[k] - overflow, k < placed.length - 1 ? placed[k + 1] - gap : bottom));
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k]));
  return out;
}

/**
 * A label on one line when it has `max` characters or fewer, else on two, broken at the last space
 * that keeps the first line within `max` (a single word longer than that stays whole).
 */
export function wrapLabel(label: string, max: number): string {
  if (label.length <= max) return label;
  const cut = label.lastIndexOf(' ', max);
  return cut > 0 ? `${label.slice(0, cut)}\n${label.slice(cut + 1)}` : label;
}

/**
 * The period ticks that fit: each label (`widths[i]` px wide, centred at `xs[i]`) at least `gap` px
 * from its kept neighbours, the first and the last always kept (the last replaces its neighbour).
 * @returns the indexes kept, in order
 */
export function thinTicks(xs: readonly number[], widths: readonly number[], gap = 8): number[] {
  const kept: number[] = [];
  const clear = (a: number, b: number): boolean => Math.abs(xs[b] - xs[a]) >= (widths[a] + widths[b]) / 2 + gap;
  for (let i = 0; i < xs.length; i++) {
    const prev = kept[kept.length - 1];
    if (prev === undefined || clear(prev, i)) kept.push(i);
    else if (i === xs.length - 1) {
      // the latest period matters most: it takes its neighbour's place (never the first's)
      while (kept.length > 1 && !clear(kept[kept.length - 1] as number, i)) kept.pop();
      if (kept.length === 1 && !clear(kept[0] as number, i)) continue;
      kept.push(i);
    }
  }
  return kept;
}

/** Draws a line model as an SVG element. */
export function trendChart(model: Pick<LineModel, 'series' | 'context' | 'seam'>, options: ChartOptions): SVGSVGElement {
  const { lang, unit } = options;
  // narrow, with 14 px text: drawn near its own size on a phone (text ≥ 11 px), and in a 32rem box on a wide screen
  const width = options.width ?? 460;
  const colour = seriesColours(model.series);
  const all = [...model.series.flatMap((s) => s.points), ...model.context];
  const values = all.map((p) => p.value);
  const zero = unit !== 'rank' && unit !== 'score';
  const lo = Math.min(...values, ...(zero ? [0] : []));
  const hi = Math.max(...values, lo + 1);
  const reverse = unit === 'rank';
  // the seam's caption has its own band above the plot, clear of the end labels
  const top = model.seam ? TOP + SEAM_BAND : TOP;
  const px = (v: number): number => top + ((reverse ? v - lo : hi - v) / (hi - lo)) * (HEIGHT - top - BOTTOM);
  const fromPx = (y: number): number => (reverse ? lo + ((y - top) / (HEIGHT - top - BOTTOM)) * (hi - lo) : hi - ((y - top) / (HEIGHT - top - BOTTOM)) * (hi - lo));
  const lasts = model.series.map((s) => s.points[s.points.length - 1] as LinePoint);
  // room for the end labels: at most 200 px on the narrow drawing, up to a third of a wider one;
  // a label longer than that breaks onto a second line rather than running off the drawing
  const cap = Math.max(200, Math.round(width / 3));
  const labels = model.series.map((s) => wrapLabel(s.label, Math.floor((cap - 14) / CHAR)));
  const longest = Math.max(0, ...labels.flatMap((l) => l.split('\n').map((line) => line.length)));
  const marginRight = Math.min(cap, Math.max(60, Math.round(longest * CHAR) + 14));
  // a two-line label is centred on its line's end: a half line lower at the top, so it stays inside
  const wrapped = labels.some((l) => l.includes('\n'));
  const labelY = dodge(lasts.map((p) => px(p.value)), wrapped ? top + LABEL_GAP / 2 : top, HEIGHT - BOTTOM, wrapped ? LABEL_GAP * 2 : LABEL_GAP);
  const marginLeft = 44;
  const x = (p: { period_end: string }): Date => date(p.period_end);
  const periods = [...new Map(all.map((p) => [p.period_end, p.period])).entries()].sort(([a], [b]) => a.localeCompare(b));
  // the ticks whose labels do not overprint one another (a 14 px digit is about 8 px wide)
  const span = periods.length > 1 ? date(periods[periods.length - 1][0]).getTime() - date(periods[0][0]).getTime() : 1;
  const inner = width - marginLeft - marginRight;
  const tickX = periods.map(([end]) => (periods.length > 1 ? ((date(end).getTime() - date(periods[0][0]).getTime()) / span) * inner : inner / 2));
  const ticks = thinTicks(tickX, periods.map(([, p]) => formatPeriodShort(p, lang).length * 8)).map((i) => periods[i]);
  const marks: Plot.Markish[] = [
    Plot.lineY(model.context, { x, y: 'value', z: 'geo', stroke: MUTED, strokeWidth: 1 }),
    Plot.dot(model.context, { x, y: 'value', fill: MUTED, r: 2 }),
  ];
  if (model.seam) {
    marks.push(Plot.ruleX([date(model.seam)], { stroke: '#5f6b7a', strokeDasharray: '2,3' }));
    // left of the seam, so the end labels (right of the last point) never meet it; right of it
    // where the seam is too near the left edge for the caption (a phone, an early merger)
    const caption = t(lang, 'figure.merger');
    const seamX = periods.length > 1 ? ((date(model.seam).getTime() - date(periods[0][0]).getTime()) / span) * inner : 0;
    const left = seamX - 4 >= caption.length * CAPTION_CHAR;
    marks.push(Plot.text([date(model.seam)], { x: (d: Date) => d, frameAnchor: 'top', dy: -16 - SEAM_BAND, dx: left ? -4 : 4, textAnchor: left ? 'end' : 'start', text: () => caption, fill: '#3d4651' }));
  }
  for (const s of model.series) {
    const own = s.points.filter((p) => !p.across);
    const across = s.points.filter((p) => p.across);
    const dashed = s.kind === 'median';
    marks.push(Plot.lineY(own, { x, y: 'value', stroke: colour.get(s.key), strokeWidth: 2.5, ...(dashed ? { strokeDasharray: '5,3' } : {}) }));
    if (across.length && own.length) {
      const bridge = across[0].period_end > own[own.length - 1].period_end ? [own[own.length - 1], ...across] : [...across, own[0]];
      marks.push(Plot.lineY(bridge, { x, y: 'value', stroke: colour.get(s.key), strokeWidth: 2, strokeDasharray: '4,3' }));
    }
    // a bound or an approximate value is a hollow dot; a published exact value a filled one
    const c = colour.get(s.key) ?? MUTED;
    marks.push(Plot.dot(s.points, { x, y: 'value', r: 4, stroke: c, strokeWidth: 2, fill: (p: LinePoint) => (p.qualifier || p.across ? '#ffffff' : c) }));
  }
  // every label in the right margin, at the height of its series' last value: a series that ends
  // before the others has its label there too, not over the lines that go on past its end
  const end = periods.length > 0 ? periods[periods.length - 1][0] : '';
  marks.push(Plot.text(model.series.map((s, i) => ({ s, y: fromPx(labelY[i]), label: labels[i] })), {
    x: () => date(end), y: 'y', text: (d: { label: string }) => d.label, dx: 8, textAnchor: 'start',
    fill: (d: { s: LineSeries }) => (d.s.kind === 'province' ? '#1d232b' : colour.get(d.s.key)), fontWeight: 600,
  }));
  const svg = Plot.plot({
    document: options.document,
    width,
    height: HEIGHT,
    marginTop: top,
    marginBottom: BOTTOM,
    marginRight,
    marginLeft,
    className: 'chart',
    x: {
      type: 'utc',
      label: null,
      ticks: ticks.map(([end]) => date(end)),
      tickFormat: (d: Date) => {
        const hit = periods.find(([end]) => end === d.toISOString().slice(0, 10));
        return hit ? formatPeriodShort(hit[1], lang) : '';
      },
      ...(periods.length === 1 ? { domain: [date(`${periods[0][0].slice(0, 4)}-01-01`), date(`${periods[0][0].slice(0, 4)}-12-31`)] } : {}),
    },
    y: { label: unitLabel(unit, lang), grid: true, domain: [lo, hi], reverse, nice: false, tickFormat: (d: number) => formatNumber(d, lang) },
    marks,
  });
  svg.setAttribute('font-size', '14');
  return finish(svg, options.title);
}

