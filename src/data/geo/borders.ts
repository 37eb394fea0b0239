/**
 * One line per border: the source file was simplified province by province, so neighbours carry
 * two versions of their common border; `alignBorders` makes them share one, so that topojson finds
 * the arc shared and the VN34 dissolve leaves no seam. Pure; used by the topology build.
 */

/** A point as [longitude, latitude]. */
export type Position = [number, number];
/** One polygon: its exterior ring, then its holes. */
export type Rings = Position[][];

/** Two versions of one border closer than this (degrees, ~5.5 km) are the same border. */
export const BORDER_TOLERANCE = 0.05;

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
