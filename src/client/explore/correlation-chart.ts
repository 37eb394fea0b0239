/** The correlation view's scatter: provinces labelled, least-squares line, r and n in the title. */
import { localName } from '../../lib/format/lang.ts';
import * as Plot from '@observablehq/plot';
import type { CorrelationRow, Fit } from './correlation-fit.ts';

/** The scatter; the line is drawn only when there is a fit (n ≥ 3 and x varies). */
export function drawCorrelation(
  rows: readonly CorrelationRow[],
  fit: Fit,
  options: { width: number; xLabel: string; yLabel: string; lang: 'vi' | 'en'; document?: Document },
): SVGSVGElement | HTMLElement {
  const name = (row: CorrelationRow): string => localName(row, options.lang);
  const derived = (row: CorrelationRow): boolean => row.derived_x || row.derived_y;
  const xs = rows.map((row) => row.x);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const line = fit.slope !== null && fit.intercept !== null && rows.length >= 3
    ? [Plot.line([[x0, fit.intercept + fit.slope * x0], [x1, fit.intercept + fit.slope * x1]], { stroke: '#d92d20', strokeWidth: 1.5 })]
    : [];
  return Plot.plot({
    width: options.width,
    height: 460,
    grid: true,
    document: options.document,
    x: { label: options.xLabel },
    y: { label: options.yLabel },
    marks: [
      ...line,
      Plot.dot(rows, { x: 'x', y: 'y', stroke: 'steelblue', fill: (row: CorrelationRow) => (derived(row) ? 'white' : 'steelblue'), r: 4, title: name }),
      Plot.text(rows, { x: 'x', y: 'y', text: name, dy: -9, fontSize: 10 }),
    ],
  });
}
