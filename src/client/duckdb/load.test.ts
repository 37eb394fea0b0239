import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WHOLE_DATABASE_MAX_BYTES, compileEngine, databaseMode, fetchDatabase, isGzip } from './load.ts';

// The smallest valid wasm module (magic and version) with a 64 KiB custom section "x" (size 65,539 as LEB128: 83 80 04).
const WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x00, 0x83, 0x80, 0x04, 0x01, 0x78, ...new Uint8Array(65_537)]);
const asWasm = (body: BodyInit, status = 200): Response => new Response(body, { status, headers: { 'content-type': 'application/wasm' } });

describe('compileEngine', () => {
  it('compiles what the browser inflated (Content-Encoding) as it arrives, reporting the wasm bytes', async () => {
    const seen: number[] = [];
    const calls: string[] = [];
    const fake = (async (url: string) => (calls.push(url), asWasm(WASM))) as typeof fetch;
    const module = await compileEngine('/duckdb/x.wasm.gz', WASM.length, (p) => seen.push(p.bytesLoaded), fake);
    expect(module).toBeInstanceOf(WebAssembly.Module);
    expect(WebAssembly.Module.customSections(module, 'x')).toHaveLength(1);
    expect(calls).toEqual(['/duckdb/x.wasm.gz']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen.at(-1)).toBe(WASM.length);
  });

  it('inflates the stored gzip itself when a host sent it without its Content-Encoding', async () => {
    const gz = gzipSync(WASM);
    expect(isGzip(gz)).toBe(true);
    expect(isGzip(WASM)).toBe(false);
    let calls = 0;
    const fake = (async () => (calls++, asWasm(gz))) as typeof fetch;
    const module = await compileEngine('/duckdb/x.wasm.gz', WASM.length, () => undefined, fake);
    expect(WebAssembly.Module.customSections(module, 'x')).toHaveLength(1);
    expect(calls).toBe(2);
    // and as plain bytes when it was not even typed as wasm
    const untyped = (async () => new Response(gz)) as typeof fetch;
    expect(await compileEngine('/x', 0, () => undefined, untyped)).toBeInstanceOf(WebAssembly.Module);
  });

  it('fails with the status when the file is missing, and on bytes that are no wasm at all', async () => {
    await expect(compileEngine('/duckdb/x.wasm.gz', 0, () => undefined, (async () => asWasm('not found', 404)) as typeof fetch)).rejects.toThrow(/engine download failed: 404/);
    await expect(compileEngine('/duckdb/x.wasm.gz', 0, () => undefined, (async () => asWasm('<html>')) as typeof fetch)).rejects.toThrow(WebAssembly.CompileError);
  });
});

describe('databaseMode and fetchDatabase', () => {
  it('fetches a small database whole and leaves a large one (or an unknown size) to Range reads', () => {
    expect(databaseMode(536_576)).toBe('whole');
    expect(databaseMode(WHOLE_DATABASE_MAX_BYTES)).toBe('whole');
    expect(databaseMode(WHOLE_DATABASE_MAX_BYTES + 1)).toBe('range');
    expect(databaseMode(0)).toBe('range');
    expect(databaseMode(Number.NaN)).toBe('range');
  });

  it('returns the bytes, and says which URL failed', async () => {
    const body = new Uint8Array([1, 2, 3, 250]);
    expect(await fetchDatabase('/data/egov.duckdb', (async () => new Response(body)) as typeof fetch)).toEqual(body);
    await expect(fetchDatabase('/data/egov.duckdb', (async () => new Response('no', { status: 404 })) as typeof fetch)).rejects.toThrow('database download failed: 404 /data/egov.duckdb');
  });
});
