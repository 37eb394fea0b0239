/** Server-side DOM for drawing charts and maps at build time (linkedom), and the map geometry. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { MapTopology } from '../../lib/geo/topology.ts';

/** A fresh document to draw one chart in. */
export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/**
 * Serialises a drawn element. linkedom escapes text and quotes; it leaves "<" and ">" inside quoted
 * attribute values (valid HTML), which we escape too so no data-made "<script" appears anywhere.
 */
export function markup(node: Element): string {
  return node.outerHTML.replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`);
}

let topology: MapTopology | null = null;

/** data/geo/vietnam.topo.json, read once per build. */
export function loadTopology(file = resolve(process.cwd(), 'data/geo/vietnam.topo.json')): MapTopology {
  topology ??= JSON.parse(readFileSync(file, 'utf8')) as MapTopology;
  return topology;
}
