/**
 * Gets the engine's wasm compiled. The file is stored gzipped (static hosts refuse files over
 * 25 MiB; the raw wasm is ~27 MB) and sent with `Content-Encoding: gzip` (scripts/server/encoding.ts),
 * so the browser inflates it and WebAssembly.compileStreaming compiles it as it arrives, from its
 * own URL: that is what makes the compiled code eligible for V8's cache (Chromium 156 was not seen
 * to write one for this module under default flags). Where a host drops the
 * header, the gzip bytes arrive as they are and the page inflates them itself.
 */

export interface DownloadProgress {
  bytesLoaded: number;
  bytesTotal: number;
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** Whether `bytes` start as a gzip stream does. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  // The DOM typings disagree on Uint8Array's buffer type between the two streams; the bytes are the same.
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Fetches `url` and compiles it as it arrives, reporting the wasm's bytes as they come
 * (`bytesTotal`: the raw wasm's size, the build wrote it into the page). When the response is not
 * wasm (a host sent the stored gzip without its header), fetches it again (from the HTTP cache by
 * then) and inflates it in the page.
 */
export async function compileEngine(
  url: string,
  bytesTotal: number,
  onProgress: (progress: DownloadProgress) => void,
  fetcher: typeof fetch = fetch,
): Promise<WebAssembly.Module> {
  const response = await fetcher(url);
  if (!response.ok || !response.body) throw new Error(`engine download failed: ${response.status} ${url}`);
  // Counted on a copy: compileStreaming must get the fetched Response itself, not one built around
  // its body (a constructed Response has no URL, and V8 would not cache its code).
  const copy = response.clone();
  void (async (): Promise<void> => {
    const reader = (copy.body as ReadableStream<Uint8Array>).getReader();
    let bytesLoaded = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      bytesLoaded += value.byteLength;
      onProgress({ bytesLoaded, bytesTotal });
    }
  })().catch(() => undefined);
  try {
    return await WebAssembly.compileStreaming(response);
  } catch (error) {
    // A CompileError (gzip bytes, not wasm) or a TypeError (not served as application/wasm).
    if (!(error instanceof WebAssembly.CompileError || error instanceof TypeError)) throw error;
    const again = await fetcher(url);
    if (!again.ok) throw new Error(`engine download failed: ${again.status} ${url}`);
    const bytes = new Uint8Array(await again.arrayBuffer());
    return WebAssembly.compile((isGzip(bytes) ? await inflate(bytes) : bytes) as BufferSource);
  }
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
