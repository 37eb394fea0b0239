/**
 * The topology build (`npm run data:topology`): the parsed source and the reference rows in, the
 * quantized topology out, with VN63 keyed by code, VN34 dissolved from it per the crosswalk and the
 * islands as points. Pure: same input, same bytes. The script (scripts/build-topology.ts) fetches,
 * reads and writes.
 */
import type { Feature, FeatureCollection, MultiPolygon as GeoMultiPolygon, Point as GeoPoint, Polygon as GeoPolygon } from 'geojson';
import { geoArea } from 'd3-geo';
import { mergeArcs } from 'topojson-client';
import { topology as buildArcs } from 'topojson-server';
import type { MultiPolygon, Polygon } from 'topojson-specification';
import type { IslandProperties, MapTopology, ProvinceProperties } from '../../lib/geo/topology.ts';
import type { CrosswalkRow, UnitRow } from '../../lib/types.ts';
import { alignBorders, type Position, type Rings } from './borders.ts';

/** Grid of the quantized topology: 1e5 steps across the bbox, ~15 m, far below a pixel at 1280 px. */
export const QUANTIZATION = 1e5;

/**
 * Approximate centres of the archipelagos (standard geographic coordinates; see PROVENANCE).
 * Natural Earth's admin-1 file in the package has no polygons for them.
 */
export const ISLANDS: readonly { id: string; lon: number; lat: number; properties: IslandProperties }[] = [
  {
    id: 'HS', lon: 112, lat: 16.5,
    properties: { name: 'Quần đảo Hoàng Sa', name_vi: 'Quần đảo Hoàng Sa', name_en: 'Paracel Islands (Hoàng Sa)', parent: '48' },
  },
  {
    id: 'TS', lon: 114, lat: 10,
    properties: { name: 'Quần đảo Trường Sa', name_vi: 'Quần đảo Trường Sa', name_en: 'Spratly Islands (Trường Sa)', parent: '56' },
  },
];

/** What the build saw and did, printed by the script and quoted in PROVENANCE. */
export interface BuildReport {
  sourceFeatures: number;
  /** borders rewritten so that both neighbours use the same line */
  bordersAligned: number;
  /** largest distance (degrees) between two versions of one border that were aligned */
  largestAlignment: number;
  /** largest relative change of a province's area caused by the alignment */
  largestAreaChange: number;
  largestAreaChangeCode: string;
  /** pairs of VN63 provinces sharing at least one arc */
  neighbourPairs: number;
  /** holes left between members by the dissolve, dropped */
  sliversDropped: number;
  /** polygons of each VN34 unit after dissolving */
  vn34Polygons: Record<string, number>;
}

/** Inputs of the pure build. */
export interface BuildInput {
  source: FeatureCollection;
  units: readonly UnitRow[];
  crosswalk: readonly CrosswalkRow[];
  islands?: typeof ISLANDS;
  quantization?: number;
}

function describe(f: Feature, index: number): string {
  return `feature #${index} ${JSON.stringify(f.properties ?? {})}`;
}

/**
 * Assign each source feature its VN63 code through its ISO 3166-2 code (property `ISO`, or
 * `iso_3166_2` as in the Natural Earth shapefile). Throws, naming the feature, when a feature has
 * no known code, when two features claim one code, or when a code gets no feature.
 * @returns polygons (as rings lists) keyed by VN63 code, in code order
 */
export function mapToCodes(source: FeatureCollection, units: readonly UnitRow[]): Map<string, Rings[]> {
  const byIso = new Map<string, string>();
  for (const u of units) if (u.vintage === 'VN63' && u.iso3166_2 !== '') byIso.set(u.iso3166_2, u.code);
  if (byIso.size === 0) throw new Error('no VN63 unit with an iso3166_2 code');
  const found = new Map<string, Rings[]>();
  const from = new Map<string, string>();
  source.features.forEach((f, i) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const iso = props.ISO ?? props.iso_3166_2;
    const code = typeof iso === 'string' ? byIso.get(iso) : undefined;
    if (code === undefined) throw new Error(`${describe(f, i)}: ISO code ${JSON.stringify(iso)} matches no VN63 unit`);
    if (found.has(code)) throw new Error(`${describe(f, i)}: VN63 code ${code} already taken by ${from.get(code)}`);
    const g = f.geometry;
    if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon') throw new Error(`${describe(f, i)}: expected a Polygon or MultiPolygon, got ${g?.type}`);
    const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Rings[];
    if (polygons.length === 0 || polygons.some((p) => p.length === 0 || p[0].length < 4)) throw new Error(`${describe(f, i)}: empty geometry`);
    found.set(code, polygons.map((p) => p.map((r) => r.map(([x, y]) => [x, y] as Position))));
    from.set(code, describe(f, i));
  });
  const missing = units.filter((u) => u.vintage === 'VN63' && !found.has(u.code)).map((u) => `${u.code} ${u.name_vi} (${u.iso3166_2})`);
  if (missing.length > 0) throw new Error(`no source feature for VN63 ${missing.join(', ')}`);
  return new Map([...found.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

function area(polygons: Rings[]): number {
  return geoArea({ type: 'MultiPolygon', coordinates: polygons });
}

/**
 * The pure build: map features to VN63 codes, align shared borders, build the quantized topology
 * with a `VN63` layer, dissolve it into `VN34` per the crosswalk with `mergeArcs` (same arcs), and
 * add the islands as points.
 */
export function buildTopology(input: BuildInput): { topology: MapTopology; report: BuildReport } {
  const { source, units, crosswalk } = input;
  const mapped = mapToCodes(source, units);
  const { polygons, aligned, largest } = alignBorders(mapped);
  let largestAreaChange = 0;
  let largestAreaChangeCode = '';
  for (const [code, before] of mapped) {
    const a0 = area(before);
    const change = Math.abs(area(polygons.get(code)!) - a0) / a0;
    if (change > largestAreaChange) (largestAreaChange = change), (largestAreaChangeCode = code);
  }

  const names = (vintage: 'VN63' | 'VN34'): Map<string, string> =>
    new Map(units.filter((u) => u.vintage === vintage).map((u) => [u.code, u.name_vi]));
  const names63 = names('VN63');
  const names34 = names('VN34');
  const vn63: FeatureCollection<GeoPolygon | GeoMultiPolygon, ProvinceProperties> = {
    type: 'FeatureCollection',
    features: [...polygons].map(([code, p]) => ({
      type: 'Feature',
      id: code,
      properties: { name: names63.get(code)! },
      geometry: p.length === 1 ? { type: 'Polygon', coordinates: p[0] } : { type: 'MultiPolygon', coordinates: p },
    })),
  };
  const islands: FeatureCollection<GeoPoint, IslandProperties> = {
    type: 'FeatureCollection',
    features: (input.islands ?? ISLANDS).map((i) => ({
      type: 'Feature', id: i.id, properties: { ...i.properties }, geometry: { type: 'Point', coordinates: [i.lon, i.lat] },
    })),
  };
  const topology = buildArcs({ VN63: vn63, islands }, input.quantization ?? QUANTIZATION) as unknown as MapTopology;

  const members = new Map<string, (Polygon<ProvinceProperties> | MultiPolygon<ProvinceProperties>)[]>();
  const byId = new Map(topology.objects.VN63.geometries.map((g) => [String(g.id), g]));
  for (const row of crosswalk) {
    const g = byId.get(row.vn63_code);
    if (g === undefined) throw new Error(`crosswalk: VN63 code ${row.vn63_code} has no geometry`);
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`VN63 ${row.vn63_code}: unexpected ${g.type}`);
    (members.get(row.vn34_code) ?? members.set(row.vn34_code, []).get(row.vn34_code)!).push(g);
  }
  for (const code of names34.keys()) if (!members.has(code)) throw new Error(`VN34 code ${code} has no member in the crosswalk`);
  for (const code of byId.keys()) if (!crosswalk.some((r) => r.vn63_code === code)) throw new Error(`VN63 code ${code} is missing from the crosswalk`);

  const vn34Polygons: Record<string, number> = {};
  let slivers = 0;
  const vn34 = [...members.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, list]): MultiPolygon<ProvinceProperties> => {
    const name = names34.get(code);
    if (name === undefined) throw new Error(`crosswalk: VN34 code ${code} is not in units.csv`);
    const merged = mergeArcs(topology, list);
    // A hole in a dissolved unit whose members have none is a sliver the source leaves between
    // two members' versions of a border (a few km² at most), not an enclave: drop it.
    const membersHaveHoles = list.some((g) => (g.type === 'Polygon' ? [g.arcs] : g.arcs).some((p) => p.length > 1));
    const arcs = membersHaveHoles ? merged.arcs : merged.arcs.map((p) => {
      slivers += p.length - 1;
      return p.slice(0, 1);
    });
    vn34Polygons[code] = arcs.length;
    return { type: 'MultiPolygon', id: code, properties: { name }, arcs };
  });
  topology.objects = {
    VN63: topology.objects.VN63,
    VN34: { type: 'GeometryCollection', geometries: vn34 },
    islands: topology.objects.islands,
  };

  const arcOwners = new Map<number, Set<string>>();
  const collect = (arcs: unknown, code: string): void => {
    if (typeof arcs === 'number') {
      const k = arcs < 0 ? ~arcs : arcs;
      (arcOwners.get(k) ?? arcOwners.set(k, new Set()).get(k)!).add(code);
    } else if (Array.isArray(arcs)) for (const a of arcs) collect(a, code);
  };
  for (const g of topology.objects.VN63.geometries) if ('arcs' in g) collect(g.arcs, String(g.id));
  const seen = new Set<string>();
  for (const set of arcOwners.values()) if (set.size === 2) seen.add([...set].sort().join('+'));

  return {
    topology,
    report: {
      sourceFeatures: source.features.length,
      bordersAligned: aligned,
      largestAlignment: largest,
      largestAreaChange,
      largestAreaChangeCode,
      neighbourPairs: seen.size,
      sliversDropped: slivers,
      vn34Polygons,
    },
  };
}
