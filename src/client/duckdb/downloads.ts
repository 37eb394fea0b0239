/// <reference types="astro/client" />
/**
 * The engine's downloads, started the moment a query is asked or announced (focus in the editor,
 * a pointer on Run), from a module small enough for the explore island to import at once: the
 * wasm (compiled as it arrives), the worker script and a small database all leave together, while the engine module (and
 * DuckDB-WASM's and Arrow's code) is still on its way. engine.ts takes them over.
 */
import { ENGINE_FILES_ID } from '../../lib/engine-assets.ts';
import { compileEngine, databaseMode, fetchDatabase, type DownloadProgress } from './load.ts';

/** The engine's file names relative to the site root, as the build wrote them. */
export interface EngineFiles {
  worker: string;
  /** the wasm, stored gzipped, sent with Content-Encoding: gzip */
  wasm: string;
  /** size of the raw wasm in bytes (the progress bar's end) */
  wasmBytes: number;
  /** size of the baked database in bytes: it decides whole download or Range reads (load.ts) */
  databaseBytes: number;
}

export interface EngineUrls extends EngineFiles {
  database: string;
}

/** The engine file names the page carries; a clear error on a page that does not carry them. */
export function pageEngineFiles(doc: Pick<Document, 'getElementById'> = document): EngineFiles {
  const text = doc.getElementById(ENGINE_FILES_ID)?.textContent;
  if (!text) throw new Error(`this page does not name the engine files (#${ENGINE_FILES_ID} missing)`);
  return JSON.parse(text) as EngineFiles;
}

/** Where the engine files and the database live, absolute, under the site's base path. */
export function engineUrls(base: string = import.meta.env.BASE_URL, origin: string = location.href, files: EngineFiles = pageEngineFiles()): EngineUrls {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, origin);
  return {
    worker: new URL(files.worker, root).href,
    wasm: new URL(files.wasm, root).href,
    wasmBytes: files.wasmBytes,
    database: new URL('data/egov.duckdb', root).href,
    databaseBytes: files.databaseBytes,
  };
}

/** Everything the engine needs from the network, on its way. */
export interface Downloads {
  urls: EngineUrls;
  worker: Worker;
  /** rejects when the worker cannot load (blocked by CSP, missing) */
  workerFailed: Promise<never>;
  /** the wasm, compiled (from V8's code cache where the browser kept one) */
  wasm: Promise<WebAssembly.Module>;
  /** the whole database, or null when it is read by Range after start-up */
  database: Promise<Uint8Array> | null;
  /** receives download progress (the engine sets it once it has loaded) */
  onProgress: (progress: DownloadProgress) => void;
}

let pending: Downloads | null = null;

// A worker blocked by CSP or a missing file never answers; its error event does fire.
function workerFailure(target: Worker): Promise<never> {
  const failed = new Promise<never>((_resolve, reject) => {
    target.addEventListener('error', (event) => reject(new Error(`worker failed: ${event.message || 'blocked or missing'}`)), { once: true });
  });
  failed.catch(() => undefined);
  return failed;
}

/** Starts the downloads once (later calls return the same); throws at once when this browser cannot run the engine. */
export function startDownloads(given?: EngineUrls): Downloads {
  if (pending) return pending;
  const urls = given ?? engineUrls();
  if (typeof WebAssembly !== 'object') throw new Error('WebAssembly is not available');
  if (typeof Worker !== 'function') throw new Error('worker support is not available');
  // Marks for the benchmark (scripts/bench/engine.ts reads them): where start-up time goes.
  performance.mark('egov-engine:requested');
  const worker = new Worker(urls.worker);
  const downloads: Downloads = {
    urls,
    worker,
    workerFailed: workerFailure(worker),
    wasm: Promise.resolve(null as unknown as WebAssembly.Module),
    database: databaseMode(urls.databaseBytes) === 'whole' ? fetchDatabase(urls.database) : null,
    onProgress: () => undefined,
  };
  downloads.wasm = compileEngine(urls.wasm, urls.wasmBytes, (progress) => downloads.onProgress(progress));
  void downloads.wasm.then(() => performance.mark('egov-engine:compiled'), () => undefined);
  downloads.wasm.catch(() => undefined);
  downloads.database?.catch(() => undefined);
  pending = downloads;
  return downloads;
}

/** Hands the downloads to the engine (started now if they were not); the next start begins afresh. */
export function takeDownloads(given?: EngineUrls): Downloads {
  const downloads = startDownloads(given);
  pending = null;
  return downloads;
}
