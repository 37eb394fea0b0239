/**
 * Writes the self-hosted DuckDB-WASM engine to public/duckdb/ (git-ignored, generated at build):
 * the EH worker script (patched to take a compiled module from the page, see patchWorker), and
 * the EH wasm gzipped, so that no file exceeds the 25 MiB limit of static hosts (the raw wasm is
 * ~34 MB). The server and `_headers` send that file with `Content-Encoding: gzip` and type
 * application/wasm (scripts/server/encoding.ts): the browser inflates it and the page compiles it
 * with WebAssembly.compileStreaming on its own URL, which lets V8 keep its code cache for the
 * next visit. A host that drops the header still works: the page then inflates it itself
 * (src/client/duckdb/load.ts).
 *
 * Every file name carries a hash of its content (`duckdb-eh.<hash>.wasm.gz`), so a host may let
 * browsers keep it for a year without asking again (scripts/server/cache.ts); manifest.json says
 * which names the build wrote, and the explore page reads it at build time (names declared in
 * src/lib/engine-assets.ts).
 *
 * Usage: node scripts/build-duckdb-assets.ts [--out DIR] [--force]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { assetName, HASHED_ASSET, MANIFEST_FILE, MODULE_MESSAGE, type EngineManifest } from '../src/lib/engine-assets.ts';
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

// DuckDB-WASM's worker instantiates the wasm itself, by instantiateStreaming on a Response it
// builds around the fetched body (to count progress): a constructed Response has no URL, so V8
// never code-caches it, and every visit compiles 34 MB again. The page instead compiles the wasm
// with compileStreaming on its own URL (the browser keeps V8's code cache for the next visit) and
// posts the WebAssembly.Module to the worker before INSTANTIATE; these two pieces make the worker
// take it. Without a posted module the worker does what it always did.
const PREAMBLE = `/* egov: the page posts the compiled engine (a WebAssembly.Module) before INSTANTIATE. */
self.addEventListener('message', (event) => {
  if (event.data && event.data.${MODULE_MESSAGE} instanceof WebAssembly.Module) {
    globalThis.EGOV_WASM_MODULE = event.data.${MODULE_MESSAGE};
    event.stopImmediatePropagation();
  }
});
`;
const INSTANTIATE_WASM = /instantiateWasm\((\w+),(\w+)\)\{globalThis\.DUCKDB_RUNTIME=this\._runtime;/g;

/** The DuckDB worker script, made to instantiate a WebAssembly.Module the page posts; fails on a worker it does not recognise. */
export function patchWorker(source: string): string {
  const found = [...source.matchAll(INSTANTIATE_WASM)];
  if (found.length !== 1) throw new Error(`DuckDB worker: expected one instantiateWasm(imports, done) to patch, found ${found.length} (has @duckdb/duckdb-wasm changed?)`);
  const patched = source.replace(INSTANTIATE_WASM, (head, imports: string, done: string) =>
    `${head}if(globalThis.EGOV_WASM_MODULE){let m=globalThis.EGOV_WASM_MODULE;WebAssembly.instantiate(m,${imports}).then(i=>${done}(i,m));return[]}`,
  );
  return PREAMBLE + patched;
}

/** Builds the engine assets into `outDir` unless they are already there for this package version. */
export function buildDuckdbAssets(outDir: string, options: { force?: boolean; log?: (line: string) => void } = {}): EngineManifest {
  const log = options.log ?? ((): void => undefined);
  const version = (JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;
  const wasm = readFileSync(join(PACKAGE, 'dist/duckdb-eh.wasm'));
  const sha256 = createHash('sha256').update(wasm).digest('hex');
  // The source map comment would make devtools request a file we do not ship.
  const worker = patchWorker(readFileSync(join(PACKAGE, 'dist/duckdb-browser-eh.worker.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'));
  const workerName = assetName.worker(hash16(worker));
  const manifestPath = join(outDir, MANIFEST_FILE);
  if (!options.force && existsSync(manifestPath)) {
    const old = JSON.parse(readFileSync(manifestPath, 'utf8')) as EngineManifest;
    const present = [old.worker, old.wasm?.gzip?.file].every((name) => typeof name === 'string' && HASHED_ASSET.test(name) && existsSync(join(outDir, name)));
    if (present && old.version === version && old.wasm.sha256 === sha256 && old.worker === workerName) {
      log(`duckdb assets up to date (${version})`);
      return old;
    }
  }
  mkdirSync(outDir, { recursive: true });
  const gzip = gzipSync(wasm, { level: 9 });
  const files = { worker: workerName, gzip: assetName.gzip(hash16(gzip)) };
  for (const [name, bytes] of [
    [files.worker, worker],
    [files.gzip, gzip],
  ] as const) {
    const size = Buffer.byteLength(bytes);
    if (size > MAX_FILE_BYTES) throw new Error(`${name} is ${size} bytes, over the 25 MiB limit`);
    writeAtomic(join(outDir, name), bytes);
  }
  const manifest: EngineManifest = { version, worker: files.worker, wasm: { raw: wasm.length, sha256, gzip: { file: files.gzip, bytes: gzip.length } } };
  writeAtomic(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  // Files of an earlier version (hashed or not, the brotli copy of earlier builds) would only be shipped for nothing.
  const keep = new Set<string>([files.worker, files.gzip, MANIFEST_FILE]);
  for (const name of readdirSync(outDir)) if (/^duckdb-.*\.(?:js|gz|br)$/.test(name) && !keep.has(name)) rmSync(join(outDir, name));
  log(`duckdb ${version}: wasm ${wasm.length} B → gzip ${gzip.length} B in ${outDir}`);
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
