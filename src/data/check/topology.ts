/**
 * Checks data/geo/vietnam.topo.json (docs/CONTRACTS.md) when it is there: it parses (a truncated
 * or damaged file is named with the line and character where the JSON breaks), it is a Topology
 * whose objects VN63 and VN34 hold exactly one feature per unit of that vintage in units.csv (by
 * `id`), `islands` name a parent that is a unit of both vintages, and every arc index points at
 * an arc. Problems on the JSON's structure are reported at line 1, column 1, naming the feature.
 */
import { readFile } from 'node:fs/promises';
import type { UnitRow } from '../../lib/types.ts';
import type { Problem } from './problem.ts';

export const TOPOLOGY_FILE = 'geo/vietnam.topo.json';

interface Geometry {
  type?: unknown;
  id?: unknown;
  arcs?: unknown;
  properties?: { parent?: unknown } | null;
}

/** Line and character (1-based) of a character offset in `text`. */
function place(text: string, offset: number): { line: number; char: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, char: (lines.at(-1) ?? '').length + 1 };
}

/** Where JSON.parse stopped: the offset its message names, else the end (truncation). */
function breakOffset(message: string, text: string): number {
  const m = /position (\d+)/.exec(message);
  return m ? Number(m[1]) : text.length;
}

/**
 * @param path the file on disk
 * @param file how to name it in problems
 * @returns the problems (none when the file is absent: the checker does not require it)
 */
export async function checkTopology(path: string, file: string, units: readonly UnitRow[]): Promise<Problem[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? [] : [{ file, line: 1, column: 1, message: `cannot read file (${code ?? String(e)})` }];
  }
  const problems: Problem[] = [];
  const at = (message: string, line = 1, column = 1): void => void problems.push({ file, line, column, message });
  let topo: unknown;
  try {
    topo = JSON.parse(text);
  } catch (e) {
    const offset = breakOffset((e as Error).message, text);
    const { line, char } = place(text, offset);
    const what = offset >= text.length ? 'the JSON ends too early (file truncated?)' : `invalid JSON (${(e as Error).message.replace(/ in JSON at position.*$/, '')})`;
    at(`${what} at line ${line}, character ${char}; regenerate it with npm run data:topology`, line, char);
    return problems;
  }
  const t = topo as { type?: unknown; objects?: Record<string, { geometries?: unknown } | undefined>; arcs?: unknown };
  if (t?.type !== 'Topology' || typeof t.objects !== 'object' || t.objects === null || !Array.isArray(t.arcs)) {
    at('not a TopoJSON Topology (expected "type": "Topology", "objects" and "arcs")');
    return problems;
  }
  const arcCount = t.arcs.length;
  const vintages = [['VN63', 'VN63'], ['VN34', 'VN34']] as const;
  for (const [object, vintage] of vintages) {
    const geometries = t.objects[object]?.geometries;
    if (!Array.isArray(geometries)) {
      at(`object ${object} missing or without geometries`);
      continue;
    }
    const codes = new Set(units.filter((u) => u.vintage === vintage).map((u) => u.code));
    const seen = new Set<string>();
    for (const g of geometries as Geometry[]) {
      const id = typeof g?.id === 'string' ? g.id : String(g?.id);
      if (!codes.has(id)) at(`object ${object}: feature "${id}" is not a ${vintage} unit of geo/units.csv`);
      else if (seen.has(id)) at(`object ${object}: feature "${id}" appears twice`);
      seen.add(id);
      const bad = badArc(g?.arcs, arcCount);
      if (bad !== null) at(`object ${object}: feature "${id}" refers to arc ${bad}, but the topology has ${arcCount} arcs`);
    }
    const missing = [...codes].filter((c) => !seen.has(c)).sort();
    if (missing.length > 0) at(`object ${object}: no feature for ${vintage} unit${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of geo/units.csv`);
  }
  const islands = t.objects.islands?.geometries;
  if (Array.isArray(islands)) {
    for (const g of islands as Geometry[]) {
      const parent = String(g?.properties?.parent ?? '');
      for (const [, vintage] of vintages) {
        if (!units.some((u) => u.vintage === vintage && u.code === parent)) at(`object islands: feature "${String(g?.id)}" has parent "${parent}", not a ${vintage} unit of geo/units.csv`);
      }
    }
  }
  return problems;
}

/** The first arc index (as written) that points past the arcs, or null. */
function badArc(arcs: unknown, count: number): number | null {
  if (arcs === undefined) return null;
  if (typeof arcs === 'number') {
    const index = arcs < 0 ? ~arcs : arcs;
    return Number.isInteger(arcs) && index < count ? null : arcs;
  }
  if (!Array.isArray(arcs)) return Number.NaN;
  for (const a of arcs) {
    const bad = badArc(a, count);
    if (bad !== null) return bad;
  }
  return null;
}
