/**
 * The names of the self-hosted engine files, declared once: written by
 * scripts/build-duckdb-assets.ts, read by the explore page at build time, and matched by the
 * cache rules (scripts/server/cache.ts). Each name carries the first 16 hex digits of the SHA-256 of
 * the file's bytes, so a browser may keep it for a year: new content, new name.
 */

/** Folder of the engine files under the site root. */
export const ENGINE_DIR = 'duckdb';
export const MANIFEST_FILE = 'manifest.json';
/** Id of the JSON element in which the explore page names the engine files for the engine. */
export const ENGINE_FILES_ID = 'egov-engine-files';

/** The message field in which the page posts the compiled wasm (a WebAssembly.Module) to the engine's worker (scripts/build-duckdb-assets.ts patches the worker to take it). */
export const MODULE_MESSAGE = 'egovWasmModule';

/** What scripts/build-duckdb-assets.ts wrote (file names relative to ENGINE_DIR). */
export interface EngineManifest {
  /** how the files were made from the package's (scripts/build-duckdb-assets.ts FORMAT) */
  format: number;
  version: string;
  worker: string;
  /**
   * `raw`: bytes of the wasm served (inflated), with only the exports the engine's glue uses;
   * `sha256`: of the wasm as the package ships it; `exports`: how many it has, how many are kept.
   */
  wasm: { raw: number; sha256: string; exports: { packaged: number; kept: number }; gzip: { file: string; bytes: number } };
}

/** The content-hashed file names, from the 16-hex-digit hash of each file's bytes. */
export const assetName = {
  worker: (hash: string): string => `duckdb-browser-eh.${hash}.worker.js`,
  gzip: (hash: string): string => `duckdb-eh.${hash}.wasm.gz`,
};

/** Matches exactly the names `assetName` makes. */
export const HASHED_ASSET = /^duckdb-(?:browser-eh\.[0-9a-f]{16}\.worker\.js|eh\.[0-9a-f]{16}\.wasm\.gz)$/;
