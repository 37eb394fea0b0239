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
