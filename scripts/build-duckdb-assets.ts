/**
 * Writes the self-hosted DuckDB-WASM engine to public/duckdb/ (git-ignored, generated at build):
 * the EH worker script (patched to take a compiled module from the page, see patchWorker), and
 * the EH wasm with only the exports its glue uses (see glueExports), gzipped, so that no file
 * exceeds the 25 MiB limit of static hosts (the raw wasm is ~27 MB). The server and `_headers`
 * send that file with `Content-Encoding: gzip` and type application/wasm
 * (scripts/server/encoding.ts): the browser inflates it and the page compiles it with
 * WebAssembly.compileStreaming on its own URL, which makes it eligible for V8's code cache (which
 * Chromium 156 was not seen to write for this module under default flags: measured, see the
 * engine bench). A host that drops the header still works: the page then inflates it itself
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
import { keepExports, wasmExports, wasmImports, type WasmExport } from './lib/wasm-exports.ts';

const PACKAGE = join(ROOT, 'node_modules/@duckdb/duckdb-wasm');
/** Static hosts (Cloudflare Pages) refuse files over 25 MiB. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** Bumped whenever what this script does to the package's files changes, so that earlier output is rebuilt. */
const FORMAT = 2;

const hash16 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

// Write beside the target and rename, so an interrupted run never leaves a half-written file.
function writeAtomic(path: string, bytes: Uint8Array | string): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, path);
}

// DuckDB-WASM's worker instantiates the wasm itself, by instantiateStreaming on a Response it
// builds around the fetched body (to count progress): a constructed Response has no URL, so V8
// never code-caches it. The page instead compiles the wasm with compileStreaming on its own URL
// (eligible for V8's code cache, where the browser writes one) and posts the WebAssembly.Module
// to the worker before INSTANTIATE; these two pieces make the worker take it. Without a posted module the worker does what it always did.
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

/**
 * The exports of DuckDB-WASM's wasm that its own glue (the worker script) can reach: a name the
 * script spells (as `wasmExports.name`, `Module._name` or a `ccall("name")` string), every
 * `dynCall_*` (looked up by a name built at run time), and every symbol the module imports from
 * its own GOT (`GOT.func`, `GOT.mem`: the glue resolves those from the exports by name). The
 * other exports serve only extensions loaded later as side modules, which this site never loads
 * (autoloading is off and no extension is reachable offline). Throws when the script no longer
 * spells the names it must (a changed @duckdb/duckdb-wasm), rather than ship an engine that breaks.
 */
export function glueExports(worker: string, wasm: Uint8Array): (entry: WasmExport) => boolean {
  const words = new Set(worker.match(/[A-Za-z_$][\w$]*/g));
  const linked = new Set(wasmImports(wasm).filter((i) => i.module.startsWith('GOT.')).map((i) => i.name));
  const keep = ({ name }: WasmExport): boolean => words.has(name) || words.has(`_${name}`) || name.startsWith('dynCall_') || linked.has(name);
  const kept = new Set(wasmExports(wasm).filter(keep).map((e) => e.name));
  for (const name of ['__wasm_call_ctors', 'malloc', 'free', 'duckdb_web_open', 'duckdb_web_query_run']) {
    if (!kept.has(name)) throw new Error(`DuckDB wasm: the worker script no longer names the export ${name} (has @duckdb/duckdb-wasm changed?)`);
  }
  return keep;
}

/** Builds the engine assets into `outDir` unless they are already there for this package version. */
export function buildDuckdbAssets(outDir: string, options: { force?: boolean; log?: (line: string) => void } = {}): EngineManifest {
  const log = options.log ?? ((): void => undefined);
  const version = (JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;
  const packaged = readFileSync(join(PACKAGE, 'dist/duckdb-eh.wasm'));
  const sha256 = createHash('sha256').update(packaged).digest('hex');
  // The source map comment would make devtools request a file we do not ship.
  const worker = patchWorker(readFileSync(join(PACKAGE, 'dist/duckdb-browser-eh.worker.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'));
  const workerName = assetName.worker(hash16(worker));
  const manifestPath = join(outDir, MANIFEST_FILE);
  if (!options.force && existsSync(manifestPath)) {
    const old = JSON.parse(readFileSync(manifestPath, 'utf8')) as EngineManifest;
    const present = [old.worker, old.wasm?.gzip?.file].every((name) => typeof name === 'string' && HASHED_ASSET.test(name) && existsSync(join(outDir, name)));
    if (present && old.format === FORMAT && old.version === version && old.wasm.sha256 === sha256 && old.worker === workerName) {
      log(`duckdb assets up to date (${version})`);
      return old;
    }
  }
  mkdirSync(outDir, { recursive: true });
  const wasm = keepExports(packaged, glueExports(worker, packaged));
  const exportCount = { packaged: wasmExports(packaged).length, kept: wasmExports(wasm).length };
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
  const manifest: EngineManifest = { format: FORMAT, version, worker: files.worker, wasm: { raw: wasm.length, sha256, exports: exportCount, gzip: { file: files.gzip, bytes: gzip.length } } };
  writeAtomic(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  // Files of an earlier version (hashed or not, the brotli copy of earlier builds) would only be shipped for nothing.
  const keep = new Set<string>([files.worker, files.gzip, MANIFEST_FILE]);
  for (const name of readdirSync(outDir)) if (/^duckdb-.*\.(?:js|gz|br)$/.test(name) && !keep.has(name)) rmSync(join(outDir, name));
  log(`duckdb ${version}: wasm ${packaged.length} B, ${exportCount.packaged} exports → ${exportCount.kept} exports, ${wasm.length} B → gzip ${gzip.length} B in ${outDir}`);
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
