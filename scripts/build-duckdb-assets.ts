/**
 * Writes the self-hosted DuckDB-WASM engine to public/duckdb/ (git-ignored, generated at build):
 * the EH worker script as shipped, and the EH wasm compressed twice (gzip for every browser,
 * brotli where DecompressionStream supports it), so that no file exceeds the 25 MiB limit of
 * static hosts. The page decompresses the wasm itself (src/client/duckdb/load.ts).
 *
 * Usage: node scripts/build-duckdb-assets.ts [--out DIR] [--force]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const PACKAGE = join(ROOT, 'node_modules/@duckdb/duckdb-wasm');
/** Static hosts (Cloudflare Pages) refuse files over 25 MiB. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

export interface EngineManifest {
  version: string;
  worker: string;
  wasm: { raw: number; sha256: string; gzip: { file: string; bytes: number }; brotli: { file: string; bytes: number } };
}

/** Names of the files written to the output folder; the browser module uses the same names. */
export const ASSET_NAMES = {
  worker: 'duckdb-browser-eh.worker.js',
  gzip: 'duckdb-eh.wasm.gz',
  brotli: 'duckdb-eh.wasm.br',
  manifest: 'manifest.json',
} as const;

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
  const manifestPath = join(outDir, ASSET_NAMES.manifest);
  if (!options.force && existsSync(manifestPath)) {
    const old = JSON.parse(readFileSync(manifestPath, 'utf8')) as EngineManifest;
    const present = [ASSET_NAMES.worker, ASSET_NAMES.gzip, ASSET_NAMES.brotli].every((name) => existsSync(join(outDir, name)));
    if (present && old.version === version && old.wasm.sha256 === sha256) {
      log(`duckdb assets up to date (${version})`);
      return old;
    }
  }
  mkdirSync(outDir, { recursive: true });
  // The source map comment would make devtools request a file we do not ship.
  const worker = readFileSync(join(PACKAGE, 'dist', ASSET_NAMES.worker), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  writeAtomic(join(outDir, ASSET_NAMES.worker), worker);
  const gzip = gzipSync(wasm, { level: 9 });
  writeAtomic(join(outDir, ASSET_NAMES.gzip), gzip);
  const brotli = brotliCompressSync(wasm, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: wasm.length },
  });
  writeAtomic(join(outDir, ASSET_NAMES.brotli), brotli);
  const manifest: EngineManifest = {
    version,
    worker: ASSET_NAMES.worker,
    wasm: {
      raw: wasm.length,
      sha256,
      gzip: { file: ASSET_NAMES.gzip, bytes: gzip.length },
      brotli: { file: ASSET_NAMES.brotli, bytes: brotli.length },
    },
  };
  for (const name of [ASSET_NAMES.worker, ASSET_NAMES.gzip, ASSET_NAMES.brotli]) {
    const size = statSync(join(outDir, name)).size;
    if (size > MAX_FILE_BYTES) throw new Error(`${name} is ${size} bytes, over the 25 MiB limit`);
  }
  writeAtomic(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  log(`duckdb ${version}: wasm ${wasm.length} B → gzip ${gzip.length} B, brotli ${brotli.length} B in ${outDir}`);
  return manifest;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log('Usage: node scripts/build-duckdb-assets.ts [--out DIR] [--force]\nWrites the self-hosted DuckDB-WASM engine (worker + compressed wasm) to public/duckdb/.');
    process.exit(0);
  }
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? resolve(args[outIndex + 1] ?? '') : join(ROOT, 'public/duckdb');
  mkdirSync(dirname(out), { recursive: true });
  buildDuckdbAssets(out, { force: args.includes('--force'), log: console.log });
}
