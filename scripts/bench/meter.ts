/**
 * Counts what leaves the server's socket for each response (headers and body, compressed or
 * not, whichever of write/end/pipe sent it), so a benchmark or a test can say how many bytes the
 * wasm, the worker, the database and the rest cost. Responses on one keep-alive socket follow one
 * another, so each response's share is the socket's byte count at its end minus at its start.
 */
import type { Server } from 'node:http';

export type Resource = 'wasm' | 'worker' | 'database' | 'rest';

export interface Served {
  url: string;
  method: string;
  status: number;
  resource: Resource;
  /** bytes the socket sent for this response, headers included */
  bytes: number;
  /** request's `range` header, '' when none */
  range: string;
  contentEncoding: string;
  /** order in which requests arrived and responses finished, across all requests (not a time) */
  arrived: number;
  finished: number;
}

/** Which engine part a URL path is. */
export function resourceOf(path: string): Resource {
  if (/\/duckdb\/[^/]*\.wasm(\.(gz|br))?$/.test(path)) return 'wasm';
  if (/\/duckdb\/[^/]*\.worker\.js$/.test(path)) return 'worker';
  if (path.endsWith('/data/egov.duckdb')) return 'database';
  return 'rest';
}

export interface Meter {
  served: Served[];
  reset(): void;
  /** bytes per resource over the responses served since the last reset */
  bytes(): Record<Resource | 'total', number>;
}

/** Starts counting every response `server` sends. */
export function meter(server: Server): Meter {
  const served: Served[] = [];
  let tick = 0;
  // First in line: the server's own handler may send a whole response synchronously.
  server.prependListener('request', (request, response) => {
    const socket = request.socket;
    const start = socket.bytesWritten;
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const entry: Served = {
      url: request.url ?? '',
      method: request.method ?? 'GET',
      status: 0,
      resource: resourceOf(path),
      bytes: 0,
      range: String(request.headers.range ?? ''),
      contentEncoding: '',
      arrived: tick++,
      finished: -1,
    };
    served.push(entry);
    // writeHead(status, headers) bypasses setHeader: read the encoding from its arguments.
    const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => typeof response;
    response.writeHead = ((...args: unknown[]) => {
      const headers = args.find((a, i) => i > 0 && typeof a === 'object' && a !== null) as Record<string, unknown> | undefined;
      const encoding = headers ? Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-encoding')?.[1] : undefined;
      if (encoding !== undefined) entry.contentEncoding = String(encoding);
      return writeHead(...args);
    }) as typeof response.writeHead;
    response.on('finish', () => {
      entry.bytes = socket.bytesWritten - start;
      entry.status = response.statusCode;
      if (!entry.contentEncoding) entry.contentEncoding = String(response.getHeader('content-encoding') ?? '');
      entry.finished = tick++;
    });
  });
  return {
    served,
    reset: () => void (served.length = 0),
    bytes(): Record<Resource | 'total', number> {
      const sums = { wasm: 0, worker: 0, database: 0, rest: 0, total: 0 };
      for (const entry of served) {
        sums[entry.resource] += entry.bytes;
        sums.total += entry.bytes;
      }
      return sums;
    },
  };
}
