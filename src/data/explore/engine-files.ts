/** Build-time: the engine files the build wrote (scripts/build-duckdb-assets.ts), for the explore page. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_DIR, MANIFEST_FILE, type EngineManifest } from '../../lib/engine-assets.ts';
import type { EngineFiles } from '../../client/duckdb/engine.ts';
import { DATABASE_FILE } from '../bake/index.ts';

/** The content-hashed engine file names, relative to the site root, and the database's size; fails clearly before they are built. */
export function engineFiles(publicDir: string = join(process.cwd(), 'public')): EngineFiles {
  const dir = join(publicDir, ENGINE_DIR);
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) throw new Error(`${path} is missing: run "node scripts/build-duckdb-assets.ts" (npm run build does)`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as EngineManifest;
  const files = { worker: manifest.worker, wasm: manifest.wasm.gzip.file };
  for (const name of Object.values(files)) {
    if (!existsSync(join(dir, name))) throw new Error(`${join(dir, name)} is missing: run "node scripts/build-duckdb-assets.ts --force"`);
  }
  const database = join(publicDir, 'data', DATABASE_FILE);
  if (!existsSync(database)) throw new Error(`${database} is missing: run "npm run data:bake" (npm run build does)`);
  return {
    worker: `${ENGINE_DIR}/${files.worker}`,
    wasm: `${ENGINE_DIR}/${files.wasm}`,
    wasmBytes: manifest.wasm.raw,
    databaseBytes: statSync(database).size,
  };
}
