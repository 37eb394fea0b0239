/**
 * Fetches the compressed engine wasm and decompresses it in the page (static hosts refuse files
 * over 25 MiB; the raw wasm is ~34 MB). Returns a blob: URL the DuckDB worker can fetch.
 */

export type Compression = 'brotli' | 'gzip';

export interface DownloadProgress {
  bytesLoaded: number;
  bytesTotal: number;
}

/** The compression this browser's DecompressionStream can undo, best first; null when it has none. */
export function pickCompression(make: (format: string) => unknown = (format) => new DecompressionStream(format as CompressionFormat)): Compression | null {
  for (const format of ['brotli', 'gzip'] as const) {
    try {
      make(format);
      return format;
    } catch {
      // Not supported here: try the next format.
    }
  }
  return null;
}

/**
 * Downloads `url` (compressed with `format`), reports compressed bytes as they arrive, and returns
 * the decompressed bytes as a blob: URL of type application/wasm (instantiateStreaming needs it).
 */
export async function fetchDecompressed(
  url: string,
  format: Compression,
  onProgress: (progress: DownloadProgress) => void,
  fetcher: typeof fetch = fetch,
): Promise<string> {
  const response = await fetcher(url);
  if (!response.ok || !response.body) throw new Error(`engine download failed: ${response.status} ${url}`);
  const bytesTotal = Number(response.headers.get('content-length') ?? 0);
  let bytesLoaded = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller): void {
      bytesLoaded += chunk.byteLength;
      onProgress({ bytesLoaded, bytesTotal });
      controller.enqueue(chunk);
    },
  });
  // The DOM typings disagree on Uint8Array's buffer type between the two streams; the bytes are the same.
  const inflate = new DecompressionStream(format as CompressionFormat) as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;
  const stream = response.body.pipeThrough(counter).pipeThrough(inflate);
  const wasm = await new Response(stream).blob();
  return URL.createObjectURL(new Blob([wasm], { type: 'application/wasm' }));
}

/**
 * Up to this size the database is fetched whole, in parallel with the wasm (one request, gzipped
 * where the host compresses it, off the critical path); beyond it DuckDB reads it by Range, block
 * by block, after start-up. Measured on the 277-row bake (0.5 MB): DuckDB-WASM's read-ahead
 * (16 KB, ×4 on each sequential read) makes the Range reads of ATTACH alone cover the whole file
 * in 11 sequential requests, each a round trip once the engine is up; fetched whole it is 1 request.
 */
export const WHOLE_DATABASE_MAX_BYTES = 8 * 1024 * 1024;

/** How the engine gets a database of `bytes` bytes (the size the build wrote into the page). */
export function databaseMode(bytes: number, max: number = WHOLE_DATABASE_MAX_BYTES): 'whole' | 'range' {
  return Number.isFinite(bytes) && bytes > 0 && bytes <= max ? 'whole' : 'range';
}

/** Fetches the whole database (the host may gzip it: fetch undoes that) as bytes. */
export async function fetchDatabase(url: string, fetcher: typeof fetch = fetch): Promise<Uint8Array> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`database download failed: ${response.status} ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}
