/**
 * The map geometry (data/geo/vietnam.topo.json) as GeoJSON features, converted once per
 * topology and vintage and cached (as OWID's GeoFeatures.ts does), and the map projection.
 * Pure: usable at build time and in the browser.
 */
import { geoMercator } from 'd3-geo';
import type { GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Vintage } from '../types.ts';

/** Properties of a province in the `VN63` and `VN34` layers. */
export interface ProvinceProperties {
  name: string;
}

/** Properties of an archipelago in the `islands` layer. */
export interface IslandProperties {
  /** same as name_vi (the contract's `name`) */
  name: string;
  name_vi: string;
  name_en: string;
  /** code of the province it belongs to; the same code in both vintages (48 Đà Nẵng, 56 Khánh Hòa) */
  parent: string;
}

/** The shape of data/geo/vietnam.topo.json (docs/CONTRACTS.md). */
export interface MapTopology extends Topology<{
  VN63: GeometryCollection<ProvinceProperties>;
  VN34: GeometryCollection<ProvinceProperties>;
  islands: GeometryCollection<IslandProperties>;
}> {}

export type ProvinceFeature = Feature<Polygon | MultiPolygon, ProvinceProperties> & { id: string };
export type IslandFeature = Feature<Point, IslandProperties> & { id: string };

// Keyed by the topology object itself, so a new topology (e.g. in a test) never sees stale features.
const provinceCache = new WeakMap<MapTopology, Map<Vintage, FeatureCollection<Polygon | MultiPolygon, ProvinceProperties>>>();
const islandCache = new WeakMap<MapTopology, FeatureCollection<Point, IslandProperties>>();

/**
 * The provinces of one vintage as a FeatureCollection (feature `id` = two-digit code).
 * Converted on the first call and cached per (topology, vintage): later calls return the same object.
 */
export function featuresFor(topology: MapTopology, vintage: Vintage): FeatureCollection<Polygon | MultiPolygon, ProvinceProperties> {
  let byVintage = provinceCache.get(topology);
  if (byVintage === undefined) provinceCache.set(topology, (byVintage = new Map()));
  const cached = byVintage.get(vintage);
  if (cached !== undefined) return cached;
  const object = topology.objects[vintage];
  if (object === undefined) throw new Error(`topology has no ${vintage} object`);
  const collection = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, ProvinceProperties>;
  for (const f of collection.features) {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') throw new Error(`${vintage} ${String(f.id)}: not a polygon`);
    f.id = String(f.id);
  }
  byVintage.set(vintage, collection);
  return collection;
}

/** Hoàng Sa (`HS`) and Trường Sa (`TS`) as point features, cached per topology. */
export function islandFeatures(topology: MapTopology): FeatureCollection<Point, IslandProperties> {
  const cached = islandCache.get(topology);
  if (cached !== undefined) return cached;
  const collection = feature(topology, topology.objects.islands) as FeatureCollection<Point, IslandProperties>;
  for (const f of collection.features) if (f.geometry.type !== 'Point') throw new Error(`island ${String(f.id)}: not a point`);
  islandCache.set(topology, collection);
  return collection;
}

/**
 * A Mercator projection that fits `features` (pass the provinces and the islands together) into
 * `width` × `height` pixels, leaving `padding` pixels on every side.
 *
 * Choice: the islands are drawn at their true positions in the same projection (no inset), so
 * the map shows the sea between the coast and the archipelagos honestly; Vietnam's outline spans
 * 102°–110° E and the Trường Sa point 114° E, which still leaves the mainland ~70% of the width.
 */
export function mapProjection(
  width: number,
  height: number,
  features: readonly Feature[],
  padding: number = 0,
): GeoProjection {
  if (!(width > 2 * padding) || !(height > 2 * padding)) throw new Error(`invalid map size: ${width}×${height}`);
  if (features.length === 0) throw new Error('no features to fit');
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
  return geoMercator().fitExtent([[padding, padding], [width - padding, height - padding]], collection);
}
