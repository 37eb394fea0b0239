/** Ranking: provinces as sorted bars (dots for ranks), best first, with the national median. */
import * as Plot from '@observablehq/plot';
import { formatNumber } from '../lib/format/number.ts';
import { formatValue, unitLabel } from '../lib/format/value.ts';
import { t } from '../i18n/dict.ts';
import { finish } from './finish.ts';
import { HIGHLIGHT, MEDIAN, medianColour } from './palette.ts';
import type { ChartOptions, ChartRow } from './types.ts';

export interface RankingOptions extends ChartOptions {
  /** the national median of the same rows' period, or null when unknown */
  median: number | null;
}

/** Sorts best first by the indicator's direction; ties and neutral indicators by name. */
export function sortRanking(rows: readonly ChartRow[], direction: ChartOptions['direction']): ChartRow[] {
  const sign = direction === 'lower_better' ? 1 : -1;
  return [...rows].sort((a, b) => (a.value === b.value ? a.name.localeCompare(b.name, 'vi') : sign * (a.value - b.value)));
}

/** Draws the ranking of `rows` (one period) as an SVG element. */
export function rankingChart(rows: readonly ChartRow[], options: RankingOptions): SVGSVGElement {
  const { lang, unit, direction, median } = options;
  const sorted = sortRanking(rows, direction);
  const highlight = new Set(options.highlight ?? []);
  const label = (r: ChartRow): string => `${r.name}${r.derived ? ' *' : ''}`;
  const fill = (r: ChartRow): string => (highlight.has(r.geo) ? HIGHLIGHT : medianColour(r.value, median, direction));
  const text = (r: ChartRow): string => formatValue(r.value, unit, r.qualifier, lang);
  const isRank = unit === 'rank';
  const marks: Plot.Markish[] = [
    isRank
      ? Plot.dot(sorted, { x: 'value', y: label, fill, r: 4 })
      : Plot.barX(sorted, { x: 'value', y: label, fill }),
    Plot.text(sorted, { x: 'value', y: label, text, textAnchor: 'start', dx: 6, fill: 'currentColor' }),
  ];
  if (median !== null) {
    marks.push(Plot.ruleX([median], { stroke: MEDIAN, strokeDasharray: '4,3' }));
    marks.push(
      Plot.text([median], {
        x: (d: number) => d,
        frameAnchor: 'top',
        dy: -14,
        text: (d: number) => `${t(lang, 'chart.median')}: ${formatValue(d, unit, '', lang)}`,
        fill: MEDIAN,
      }),
    );
  }
  if (!isRank) marks.push(Plot.ruleX([0]));
  const svg = Plot.plot({
    document: options.document,
    width: options.width ?? 640,
    height: Math.max(120, sorted.length * 16 + 60),
    marginLeft: 150,
    marginRight: 70,
    marginTop: 34,
    className: 'chart',
    x: {
      label: unitLabel(unit, lang),
      grid: true,
      // ranks read best-first from the left; a reversed axis would flip that for no gain
      tickFormat: (d: number) => formatNumber(d, lang),
      ...(isRank ? { domain: [1, Math.max(...sorted.map((r) => r.value), 2)] } : {}),
    },
    y: { label: null, domain: sorted.map(label), tickSize: 0 },
    marks,
  });
  return finish(svg, options.title);
}
