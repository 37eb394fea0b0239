import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ASSET_NAMES, MAX_FILE_BYTES, buildDuckdbAssets } from './build-duckdb-assets.ts';

const WASM = resolve(import.meta.dirname, '../node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');

describe('buildDuckdbAssets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duckdb-assets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes files under 25 MiB whose gzip inflates to the exact wasm', () => {
    const manifest = buildDuckdbAssets(dir);
    const raw = readFileSync(WASM);
    expect(raw.length).toBeGreaterThan(MAX_FILE_BYTES);
    for (const name of [ASSET_NAMES.worker, ASSET_NAMES.gzip, ASSET_NAMES.brotli]) expect(statSync(join(dir, name)).size).toBeLessThanOrEqual(MAX_FILE_BYTES);
    expect(gunzipSync(readFileSync(join(dir, ASSET_NAMES.gzip))).equals(raw)).toBe(true);
    expect(manifest.wasm.raw).toBe(raw.length);
    expect(readFileSync(join(dir, ASSET_NAMES.worker), 'utf8')).not.toContain('sourceMappingURL');
  });

  it('skips the work when the assets are up to date, and redoes it when one is missing', () => {
    const lines: string[] = [];
    buildDuckdbAssets(dir, { log: (line) => lines.push(line) });
    expect(lines.at(-1)).toMatch(/up to date/);
    writeFileSync(join(dir, ASSET_NAMES.manifest), JSON.stringify({ version: 'old', wasm: { sha256: 'x' } }));
    buildDuckdbAssets(dir, { log: (line) => lines.push(line) });
    expect(lines.at(-1)).toMatch(/gzip \d+ B/);
  });
});
