import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, buildDuckdbAssets, patchWorker } from './build-duckdb-assets.ts';
import { HASHED_ASSET, MANIFEST_FILE, MODULE_MESSAGE } from '../src/lib/engine-assets.ts';

const WASM = resolve(import.meta.dirname, '../node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');

describe('buildDuckdbAssets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duckdb-assets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes content-hashed files under 25 MiB whose gzip inflates to the exact wasm', () => {
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
    expect(gunzipSync(readFileSync(join(dir, manifest.wasm.gzip.file))).equals(raw)).toBe(true);
    expect(manifest.wasm.raw).toBe(raw.length);
    expect(statSync(join(dir, manifest.wasm.gzip.file)).size).toBe(manifest.wasm.gzip.bytes);
    const worker = readFileSync(join(dir, manifest.worker), 'utf8');
    expect(worker).not.toContain('sourceMappingURL');
    // patched to instantiate the module the page compiled (patchWorker)
    expect(worker).toContain(`event.data.${MODULE_MESSAGE} instanceof WebAssembly.Module`);
    expect(worker).toContain('if(globalThis.EGOV_WASM_MODULE)');
    expect(readdirSync(dir).sort()).toEqual([...names, MANIFEST_FILE].sort());
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
