/**
 * Writes the self-hosted DuckDB-WASM engine to public/duckdb/ (git-ignored, generated at build):
 * the EH worker script as shipped, and the EH wasm compressed twice (gzip for every browser,
 * brotli where DecompressionStream supports it), so that no file exceeds the 25 MiB limit of
 * static hosts. The page decompresses the wasm itself (src/client/duckdb/load.ts).
 *
 * Every file name carries a hash of its content (`duckdb-eh.<hash>.wasm.gz`), so a host may let
 * browsers keep it for a year without asking again (src/server/cache.ts); manifest.json says
 * which names the build wrote, and the explore page reads it at build time (names declared in
 * src/lib/engine-assets.ts).
 *
 * Usage: node scripts/build-duckdb-assets.ts [--out DIR] [--force]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { assetName, HASHED_ASSET, MANIFEST_FILE, type EngineManifest } from '../src/lib/engine-assets.ts';
import { ROOT, parseArgs } from './lib/cli.ts';

const PACKAGE = join(ROOT, 'node_modules/@duckdb/duckdb-wasm');
/** Static hosts (Cloudflare Pages) refuse files over 25 MiB. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

const hash16 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

// Write beside the target and rename, so an interrupted run never leaves a half-written file.
function writeAtomic(path: string, bytes: Uint8Array | string): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, path);
}

/** Builds the engine assets into `outDir` unless they are already there for this package version. */
export function buildDuckdbAssets(outDir: string, options: { force?: boolean; log?: (line: string) => void } = {}): EngineManifest {
  const log = options.log ?? ((): void => undefined);
  const version = (JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;
  const wasm = readFileSync(join(PACKAGE, 'dist/duckdb-eh.wasm'));
  const sha256 = createHash('sha256').update(wasm).digest('hex');
  const manifestPath = join(outDir, MANIFEST_FILE);
  if (!options.force && existsSync(manifestPath)) {
    const old = JSON.parse(readFileSync(manifestPath, 'utf8')) as EngineManifest;
    const present = [old.worker, old.wasm?.gzip?.file, old.wasm?.brotli?.file].every((name) => typeof name === 'string' && HASHED_ASSET.test(name) && existsSync(join(outDir, name)));
    if (present && old.version === version && old.wasm.sha256 === sha256) {
      log(`duckdb assets up to date (${version})`);
      return old;
    }
  }
  mkdirSync(outDir, { recursive: true });
  // The source map comment would make devtools request a file we do not ship.
  const worker = readFileSync(join(PACKAGE, 'dist/duckdb-browser-eh.worker.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  const gzip = gzipSync(wasm, { level: 9 });
  const brotli = brotliCompressSync(wasm, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: wasm.length },
  });
  const files = { worker: assetName.worker(hash16(worker)), gzip: assetName.gzip(hash16(gzip)), brotli: assetName.brotli(hash16(brotli)) };
  for (const [name, bytes] of [
    [files.worker, worker],
    [files.gzip, gzip],
    [files.brotli, brotli],
  ] as const) {
    const size = Buffer.byteLength(bytes);
    if (size > MAX_FILE_BYTES) throw new Error(`${name} is ${size} bytes, over the 25 MiB limit`);
    writeAtomic(join(outDir, name), bytes);
  }
  const manifest: EngineManifest = {
    version,
    worker: files.worker,
    wasm: { raw: wasm.length, sha256, gzip: { file: files.gzip, bytes: gzip.length }, brotli: { file: files.brotli, bytes: brotli.length } },
  };
  writeAtomic(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  // Files of an earlier version (hashed or not) would only be shipped for nothing.
  const keep = new Set<string>([files.worker, files.gzip, files.brotli, MANIFEST_FILE]);
  for (const name of readdirSync(outDir)) if (/^duckdb-.*\.(?:js|gz|br)$/.test(name) && !keep.has(name)) rmSync(join(outDir, name));
  log(`duckdb ${version}: wasm ${wasm.length} B → gzip ${gzip.length} B, brotli ${brotli.length} B in ${outDir}`);
  return manifest;
}

const USAGE = `Usage: node scripts/build-duckdb-assets.ts [--out DIR] [--force]
Writes the self-hosted DuckDB-WASM engine (worker + compressed wasm, content-hashed names) to public/duckdb/.`;

if (import.meta.main) {
  const { values } = parseArgs(process.argv.slice(2), { usage: USAGE, options: { out: { type: 'string' }, force: { type: 'boolean' } } });
  const out = values.out !== undefined ? resolve(values.out) : join(ROOT, 'public/duckdb');
  mkdirSync(dirname(out), { recursive: true });
  buildDuckdbAssets(out, { force: values.force === true, log: console.log });
}
