/**
 * Writes dist/_headers, the header rules static hosts read (Cloudflare Pages, Netlify): the cache
 * rules of src/server/cache.ts, the same ones the project's static server applies.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheHeadersFile } from '../server/cache.ts';

export const getStaticPaths: GetStaticPaths = () => [{ params: { headers: '_headers' } }];

export const GET: APIRoute = () => new Response(cacheHeadersFile(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
