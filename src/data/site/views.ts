/** Build-time drawing: the first view of each figure as SVG markup, from the same models and chart functions the browser uses. */
import { stripChart } from '../../charts/compare.ts';
import { trendChart } from '../../charts/trend.ts';
import type { LineModel } from '../../lib/figures/line.ts';
import type { MapModel } from '../../lib/figures/map.ts';
import type { FigureData } from '../../lib/figures/data.ts';
import type { IndicatorView } from '../../lib/figures/view.ts';
import type { Lang } from '../../lib/format/number.ts';
import { drawMap } from '../../map/draw.ts';
import type { ChartRow } from '../../charts/types.ts';
import type { Direction, Unit } from '../../lib/types.ts';
import { loadTopology, markup, serverDocument } from './dom.ts';

/** The map of a view. */
export function mapSvg(model: MapModel, data: FigureData, view: IndicatorView, lang: Lang, idPrefix: string): string {
  return markup(drawMap(model, loadTopology(), { document: serverDocument(), lang, view, unit: data.indicator.unit, direction: data.indicator.direction, idPrefix }));
}

/** The line chart of a view. */
export function lineSvg(model: LineModel, data: FigureData, lang: Lang): string {
  return markup(trendChart(model, { lang, unit: data.indicator.unit, direction: data.indicator.direction, document: serverDocument(), title: model.title }));
}

/** A compare strip. */
export function stripSvg(rows: readonly ChartRow[], o: { lang: Lang; unit: Unit; direction: Direction; median: number | null; highlight: string[]; title: string }): string {
  return markup(stripChart(rows, { ...o, document: serverDocument() }));
}
