import { gzipSync, brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WHOLE_DATABASE_MAX_BYTES, databaseMode, fetchDatabase, fetchDecompressed, pickCompression } from './load.ts';

describe('pickCompression', () => {
  it('prefers brotli, falls back to gzip, and says when there is neither', () => {
    expect(pickCompression(() => ({}))).toBe('brotli');
    expect(pickCompression((f) => { if (f === 'brotli') throw new TypeError('unsupported'); return {}; })).toBe('gzip');
    expect(pickCompression(() => { throw new TypeError('unsupported'); })).toBeNull();
  });
});

describe('fetchDecompressed', () => {
  const payload = new Uint8Array(300_000).map((_, i) => (i * 31) % 251);

  it('inflates gzip into a blob: URL of type application/wasm and reports compressed bytes', async () => {
    const gz = gzipSync(payload);
    const seen: number[] = [];
    const fake = (async () => new Response(gz, { headers: { 'content-length': String(gz.length) } })) as typeof fetch;
    const url = await fetchDecompressed('/duckdb/x.wasm.gz', 'gzip', (p) => seen.push(p.bytesLoaded), fake);
    const blob = await (await fetch(url)).blob();
    expect(blob.type).toBe('application/wasm');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(payload);
    expect(seen.at(-1)).toBe(gz.length);
    URL.revokeObjectURL(url);
  });

  it.skipIf(!(() => { try { new DecompressionStream('brotli' as CompressionFormat); return true; } catch { return false; } })())('inflates brotli where supported', async () => {
    const br = brotliCompressSync(payload);
    const url = await fetchDecompressed('/x.br', 'brotli', () => undefined, (async () => new Response(br)) as typeof fetch);
    expect(new Uint8Array(await (await fetch(url)).arrayBuffer())).toEqual(payload);
  });

  it('fails with the status when the file is missing', async () => {
    const fake = (async () => new Response('not found', { status: 404 })) as typeof fetch;
    await expect(fetchDecompressed('/duckdb/x.wasm.gz', 'gzip', () => undefined, fake)).rejects.toThrow(/engine download failed: 404/);
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
