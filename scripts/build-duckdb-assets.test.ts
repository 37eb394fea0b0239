import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, buildDuckdbAssets } from './build-duckdb-assets.ts';
import { HASHED_ASSET, MANIFEST_FILE } from '../src/lib/engine-assets.ts';

const WASM = resolve(import.meta.dirname, '../node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');

describe('buildDuckdbAssets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duckdb-assets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes content-hashed files under 25 MiB whose gzip inflates to the exact wasm', () => {
    writeFileSync(join(dir, 'duckdb-eh.wasm.gz'), 'an unhashed file of an older build');
    const manifest = buildDuckdbAssets(dir);
    const raw = readFileSync(WASM);
    expect(raw.length).toBeGreaterThan(MAX_FILE_BYTES);
    const names = [manifest.worker, manifest.wasm.gzip.file, manifest.wasm.brotli.file];
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
    expect(readFileSync(join(dir, manifest.worker), 'utf8')).not.toContain('sourceMappingURL');
    expect(readdirSync(dir).sort()).toEqual([...names, MANIFEST_FILE].sort());
  });

  it('skips the work when the assets are up to date, and redoes it when one is missing', () => {
    const lines: string[] = [];
    const first = buildDuckdbAssets(dir, { log: (line) => lines.push(line) });
    expect(lines.at(-1)).toMatch(/up to date/);
    rmSync(join(dir, first.wasm.brotli.file));
    const again = buildDuckdbAssets(dir, { log: (line) => lines.push(line) });
    expect(lines.at(-1)).toMatch(/gzip \d+ B/);
    expect(again).toEqual(first);
    expect(existsSync(join(dir, first.wasm.brotli.file))).toBe(true);
  });
});
