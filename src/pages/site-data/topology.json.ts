import type { APIRoute } from 'astro';
import { loadTopology } from '../../data/site/dom.ts';

/** The map geometry for the islands (the same file the build draws from). */
export const GET: APIRoute = () => new Response(JSON.stringify(loadTopology()), { headers: { 'content-type': 'application/json' } });
