/** The map of a view: the map model's values drawn by the choropleth, in any document (linkedom at build time, the page in the browser). */
import { provincePath } from '../i18n/routes.ts';
import type { Lang } from '../lib/format/number.ts';
import type { MapModel } from '../lib/figures/map.ts';
import type { IndicatorView } from '../lib/figures/view.ts';
import { featuresFor, islandFeatures, type MapTopology } from '../lib/geo/topology.ts';
import type { Direction, Unit } from '../lib/types.ts';
import { choropleth } from './choropleth.ts';

/** Draws a map model; `idPrefix` keeps pattern ids unique on the page. */
export function drawMap(
  model: Pick<MapModel, 'values' | 'rows' | 'title'>,
  topology: MapTopology,
  o: { document: Document; lang: Lang; view: Pick<IndicatorView, 'vintage' | 'period'>; unit: Unit; direction: Direction; idPrefix: string; active?: string },
): SVGSVGElement {
  const names = new Map(model.rows.map((r) => [r.geo, r.name]));
  const values = new Map([...model.values].map(([geo, v]) => [geo, { ...v, period: o.view.period }]));
  return choropleth(featuresFor(topology, o.view.vintage), islandFeatures(topology), values, {
    document: o.document, lang: o.lang, vintage: o.view.vintage, unit: o.unit, direction: o.direction, names,
    href: (code) => provincePath(o.lang, o.view.vintage, code), idPrefix: o.idPrefix, title: model.title, active: o.active,
  });
}
