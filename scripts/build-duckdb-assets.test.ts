import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, buildDuckdbAssets, glueExports, patchWorker } from './build-duckdb-assets.ts';
import { wasmExports, wasmImports, wasmSections } from './lib/wasm-exports.ts';
import { HASHED_ASSET, MANIFEST_FILE, MODULE_MESSAGE } from '../src/lib/engine-assets.ts';

const WASM = resolve(import.meta.dirname, '../node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');

describe('buildDuckdbAssets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duckdb-assets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes content-hashed files under 25 MiB: the worker, and the wasm with only the exports its glue uses', async () => {
    writeFileSync(join(dir, 'duckdb-eh.wasm.gz'), 'an unhashed file of an older build');
    const manifest = buildDuckdbAssets(dir);
    const raw = readFileSync(WASM);
    expect(raw.length).toBeGreaterThan(MAX_FILE_BYTES);
    const names = [manifest.worker, manifest.wasm.gzip.file];
    for (const name of names) {
      expect(name).toMatch(HASHED_ASSET);
      const bytes = readFileSync(join(dir, name));
      expect(bytes.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
      // the name's hash is the hash of the bytes served under it
      expect(name).toContain(createHash('sha256').update(bytes).digest('hex').slice(0, 16));
    }
    const served = gunzipSync(readFileSync(join(dir, manifest.wasm.gzip.file)));
    expect(manifest.wasm.raw).toBe(served.length);
    expect(manifest.wasm.sha256).toBe(createHash('sha256').update(raw).digest('hex'));
    // Every section as the package has it but the exports; those a subset, named in the manifest.
    const others = (bytes: Uint8Array): string[] => wasmSections(bytes).filter((s) => s.id !== 7).map((s) => createHash('sha256').update(bytes.subarray(s.start, s.end)).digest('hex'));
    expect(others(served)).toEqual(others(raw));
    const packaged = new Map(wasmExports(raw).map((e) => [e.name, e.kind]));
    const kept = wasmExports(served);
    expect(manifest.wasm.exports).toEqual({ packaged: packaged.size, kept: kept.length });
    expect(kept.length).toBeLessThan(packaged.size / 10);
    for (const e of kept) expect(packaged.get(e.name)).toBe(e.kind);
    // what the glue resolves from the exports by name: its own GOT imports, the dynCall_ family, start-up
    const keptNames = new Set(kept.map((e) => e.name));
    // (in 1.32.0 the GOT imports are all the glue's own JS functions, none exported: a guard for later versions)
    for (const i of wasmImports(raw).filter((i) => i.module.startsWith('GOT.') && packaged.has(i.name))) expect(keptNames.has(i.name), i.name).toBe(true);
    for (const name of [...packaged.keys()].filter((n) => n.startsWith('dynCall_'))) expect(keptNames.has(name), name).toBe(true);
    for (const name of ['__wasm_call_ctors', '__wasm_apply_data_relocs', 'malloc', 'free', 'duckdb_web_open', 'duckdb_web_connect']) expect(keptNames.has(name), name).toBe(true);
    // and V8 still accepts it, with the same imports
    const module = await WebAssembly.compile(served);
    expect(WebAssembly.Module.imports(module).length).toBe(wasmImports(raw).length);
    expect(statSync(join(dir, manifest.wasm.gzip.file)).size).toBe(manifest.wasm.gzip.bytes);
    const worker = readFileSync(join(dir, manifest.worker), 'utf8');
    expect(worker).not.toContain('sourceMappingURL');
    // patched to instantiate the module the page compiled (patchWorker)
    expect(worker).toContain(`event.data.${MODULE_MESSAGE} instanceof WebAssembly.Module`);
    expect(worker).toContain('if(globalThis.EGOV_WASM_MODULE)');
    expect(readdirSync(dir).sort()).toEqual([manifest.worker, manifest.wasm.gzip.file, MANIFEST_FILE].sort());
  });

  it('refuses to strip the exports for a worker script that no longer names those it must keep', () => {
    const raw = readFileSync(WASM);
    expect(() => glueExports('var x=1;', raw)).toThrow(/no longer names the export __wasm_call_ctors/);
    const keep = glueExports('wasmExports.__wasm_call_ctors;_malloc;_free;ccall("duckdb_web_open");ccall("duckdb_web_query_run")', raw);
    expect(keep({ name: 'duckdb_web_open', kind: 0, start: 0, end: 0 })).toBe(true);
    expect(keep({ name: 'dynCall_vii', kind: 0, start: 0, end: 0 })).toBe(true);
    expect(keep({ name: 'duckdb_web_connect', kind: 0, start: 0, end: 0 })).toBe(false);
  });

  it('skips the work when the assets are up to date, and redoes it when one is missing', () => {
    const lines: string[] = [];
    const first = buildDuckdbAssets(dir, { log: (line) => lines.push(line) });
    expect(lines.at(-1)).toMatch(/up to date/);
    rmSync(join(dir, first.wasm.gzip.file));
    const again = buildDuckdbAssets(dir, { log: (line) => lines.push(line) });
    expect(lines.at(-1)).toMatch(/gzip \d+ B/);
    expect(again).toEqual(first);
    expect(existsSync(join(dir, first.wasm.gzip.file))).toBe(true);
  });

  it('patches the worker to instantiate a posted module, and refuses a worker it does not recognise', async () => {
    const source = 'var x=class{instantiateWasm(e,t){globalThis.DUCKDB_RUNTIME=this._runtime;return fetchAndCompile(e,t)}};';
    const patched = patchWorker(source);
    expect(patched).toContain('instantiateWasm(e,t){globalThis.DUCKDB_RUNTIME=this._runtime;if(globalThis.EGOV_WASM_MODULE){let m=globalThis.EGOV_WASM_MODULE;WebAssembly.instantiate(m,e).then(i=>t(i,m));return[]}return fetchAndCompile(e,t)}');
    expect(() => patchWorker('var x=1;')).toThrow(/found 0/);
    expect(() => patchWorker(source + source)).toThrow(/found 2/);
    // The patched method instantiates the module it was given and calls back with (instance, module).
    const module = await WebAssembly.compile(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
    const body = patchWorker(source).slice(patchWorker(source).indexOf('var x=')).replace('var x=', 'return ').replace(/;$/, '');
    type Patched = new () => { instantiateWasm(imports: object, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void): unknown };
    const Klass = new Function('globalThis', body)({ EGOV_WASM_MODULE: module }) as Patched;
    const got = await new Promise<[WebAssembly.Instance, WebAssembly.Module]>((resolve) => new Klass().instantiateWasm({}, (instance, from) => resolve([instance, from])));
    expect(got[0]).toBeInstanceOf(WebAssembly.Instance);
    expect(got[1]).toBe(module);
  });
});
