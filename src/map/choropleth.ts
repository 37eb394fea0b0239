/**
 * The choropleth: provinces of one vintage filled by binned value, a hatched "no data" fill, the two
 * archipelagos labelled, and a legend stating unit, bins and qualifiers. A pure function of its
 * inputs that builds SVG in the `document` it is given (linkedom at build time, the page in the browser).
 */
import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { t } from '../i18n/dict.ts';
import type { Lang } from '../lib/format/number.ts';
import { formatValue, qualifierSign, qualifierWord, unitLabel } from '../lib/format/value.ts';
import type { Direction, Qualifier, Unit, Vintage } from '../lib/types.ts';
import { mapProjection } from '../lib/geo/topology.ts';
import { binLabels, binOf, makeBins } from './bins.ts';

const SVG = 'http://www.w3.org/2000/svg';
export const NO_DATA_STROKE = '#6b6b6b';
/** legend row height: labels at 15 px in a 440 px drawing stay ≥ 11 px on a phone */
const ROW = 22;

export interface MapValue {
  value: number;
  qualifier: Qualifier;
  derived: boolean;
  period?: string;
}

export interface ChoroplethOptions {
  document: Document;
  lang: Lang;
  vintage: Vintage;
  unit: Unit;
  direction: Direction;
  /** province names in the page language, by code */
  names: ReadonlyMap<string, string>;
  /** the page a province opens, by code */
  href?: (code: string) => string;
  title?: string;
  /** a prefix for element ids, unique on the page */
  idPrefix?: string;
  /** the province in the tab order (roving tabindex: one at a time, arrows move); default the first */
  active?: string;
  width?: number;
}

type Shape = Feature<Polygon | MultiPolygon, { name: string }>;
type Island = Feature<Point, { name_vi?: string; name_en?: string; name: string; parent: string }>;

function el(doc: Document, name: string, attrs: Record<string, string | number>): Element {
  const node = doc.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function text(doc: Document, content: string, attrs: Record<string, string | number>): Element {
  const node = el(doc, 'text', attrs);
  node.textContent = content;
  return node;
}

/** The accessible label of a province: "Hà Nội: 62,5%" or "Hà Nội: Không có số liệu". */
export function provinceLabel(name: string, v: MapValue | undefined, unit: Unit, lang: Lang): string {
  if (!v) return `${name}: ${t(lang, 'data.none')}`;
  const derived = v.derived ? ` (${t(lang, 'field.derived')})` : '';
  return `${name}: ${formatValue(v.value, unit, v.qualifier, lang)}${derived}`;
}

/** Draws the map; see the module comment. */
export function choropleth(
  provinces: FeatureCollection<Polygon | MultiPolygon, { name: string }>,
  islands: FeatureCollection<Point, Island['properties']>,
  values: ReadonlyMap<string, MapValue>,
  options: ChoroplethOptions,
): SVGSVGElement {
  const { document: doc, lang, unit, direction, vintage } = options;
  const prefix = options.idPrefix ?? 'map';
  const width = options.width ?? 440;
  const mapHeight = Math.round(width * 1.3);
  const present = [...values.values()].map((v) => v.value);
  const bins = makeBins(present, direction);
  const labels = binLabels(bins, unit, lang, present);
  const qualifiers = [...new Set([...values.values()].map((v) => v.qualifier).filter((q) => q !== ''))].sort();
  const legendRows = labels.length + 1 + qualifiers.length + (present.length && [...values.values()].some((v) => v.derived) ? 1 : 0);
  const height = mapHeight + 40 + legendRows * ROW;

  const projection = mapProjection(width, mapHeight, [...provinces.features, ...islands.features], 8);
  const path = geoPath(projection).digits(1);

  const svg = el(doc, 'svg', { xmlns: SVG, viewBox: `0 0 ${width} ${height}`, width, height, class: 'map', role: 'group', 'data-vintage': vintage }) as SVGSVGElement;
  if (options.title) {
    const title = el(doc, 'title', {});
    title.textContent = options.title;
    svg.appendChild(title);
    svg.setAttribute('aria-label', options.title);
  }
  const defs = el(doc, 'defs', {});
  const pattern = el(doc, 'pattern', { id: `${prefix}-nodata`, patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' });
  pattern.appendChild(el(doc, 'rect', { width: 6, height: 6, fill: '#f2f2f2' }));
  pattern.appendChild(el(doc, 'line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#8a8a8a', 'stroke-width': 1.5 }));
  defs.appendChild(pattern);
  svg.appendChild(defs);

  const noData = `url(#${prefix}-nodata)`;
  const group = el(doc, 'g', { class: 'provinces', stroke: '#ffffff', 'stroke-width': 0.6, 'stroke-linejoin': 'round' });
  const shapes = [...provinces.features].sort((a, b) => String(a.id).localeCompare(String(b.id))) as Shape[];
  const active = options.active && shapes.some((f) => String(f.id) === options.active) ? options.active : String(shapes[0]?.id ?? '');
  for (const f of shapes) {
    const code = String(f.id);
    const v = values.get(code);
    const name = options.names.get(code) ?? f.properties.name;
    const [cx, cy] = path.centroid(f);
    const label = provinceLabel(name, v, unit, lang);
    const node = el(doc, 'path', {
      d: path(f) ?? '',
      class: v ? (v.derived ? 'province derived' : 'province') : 'province nodata',
      ...(v?.derived ? { 'stroke-dasharray': '3,2' } : {}),
      fill: v ? bins.colours[binOf(v.value, bins)] : noData,
      tabindex: code === active ? 0 : -1,
      role: 'link',
      'aria-label': label,
      'data-code': code,
      'data-vintage': vintage,
      'data-value': v ? String(v.value) : '',
      'data-qualifier': v?.qualifier ?? '',
      'data-derived': v?.derived ? 'true' : 'false',
      'data-name': name,
      'data-cx': Math.round(cx),
      'data-cy': Math.round(cy),
      ...(options.href ? { 'data-href': options.href(code) } : {}),
      ...(v?.period ? { 'data-period': v.period } : {}),
    });
    group.appendChild(node);
  }
  svg.appendChild(group);

  const isl = el(doc, 'g', { class: 'islands', 'font-size': 14, fill: '#222222' });
  for (const f of islands.features as Island[]) {
    const p = projection(f.geometry.coordinates as [number, number]);
    if (!p) continue;
    const name = f.properties[`name_${lang}`] ?? f.properties.name;
    const parent = options.names.get(f.properties.parent) ?? f.properties.parent;
    isl.appendChild(el(doc, 'circle', { cx: p[0].toFixed(1), cy: p[1].toFixed(1), r: 3, class: 'island', 'data-island': String(f.id) }));
    // two short lines, ending at the island, so the label stays over the sea
    const label = el(doc, 'text', { x: (p[0] - 6).toFixed(1), y: (p[1] - 24).toFixed(1), 'text-anchor': 'end', class: 'map-label' });
    for (const [i, part] of [name, `(${parent})`].entries()) {
      const span = el(doc, 'tspan', { x: (p[0] - 6).toFixed(1), dy: i === 0 ? 0 : 16 });
      span.textContent = part;
      label.appendChild(span);
    }
    isl.appendChild(label);
  }
  svg.appendChild(isl);

  svg.appendChild(legend(doc, { prefix, top: mapHeight + 8, lang, unit, labels, colours: bins.colours, qualifiers, derived: [...values.values()].some((v) => v.derived) }));
  return svg;
}

function legend(
  doc: Document,
  o: { prefix: string; top: number; lang: Lang; unit: Unit; labels: string[]; colours: string[]; qualifiers: Qualifier[]; derived: boolean },
): Element {
  const g = el(doc, 'g', { class: 'legend', transform: `translate(8,${o.top})`, 'font-size': 15, fill: '#222222' });
  g.appendChild(text(doc, `${t(o.lang, 'map.legend')} (${t(o.lang, 'field.unit').toLowerCase()}: ${unitLabel(o.unit, o.lang)})`, { x: 0, y: 12, class: 'legend-title' }));
  let y = 26;
  const row = (fill: string, label: string, extra: Record<string, string> = {}): void => {
    g.appendChild(el(doc, 'rect', { x: 0, y, width: 17, height: 17, fill, stroke: NO_DATA_STROKE, 'stroke-width': 0.5, ...extra }));
    g.appendChild(text(doc, label, { x: 24, y: y + 14 }));
    y += ROW;
  };
  o.labels.forEach((label, i) => row(o.colours[i], label));
  row(`url(#${o.prefix}-nodata)`, t(o.lang, 'map.noData'), { class: 'nodata' });
  for (const q of o.qualifiers) {
    g.appendChild(text(doc, `${qualifierSign(q)} = ${qualifierWord(q, o.lang)}`, { x: 0, y: y + 14 }));
    y += ROW;
  }
  // derived VN34 values are outlined with dashes on the map, and said so here
  if (o.derived) row('#ffffff', t(o.lang, 'data.derivedShort'), { 'stroke-dasharray': '3,2', 'stroke-width': '1.5' });
  return g;
}
