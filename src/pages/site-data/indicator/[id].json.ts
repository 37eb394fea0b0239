import type { APIRoute, GetStaticPaths } from 'astro';
import { loadIndicators } from '../../../data/site/data.ts';
import { loadFigureData } from '../../../data/site/figure-data.ts';
import { packFigureData } from '../../../lib/figures/packed.ts';

/** One indicator's figures with their reference (packed: lib/figures/packed.ts), for the indicator view when a reader changes indicator. */
export const getStaticPaths = (async () => (await loadIndicators()).map((i) => ({ params: { id: i.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(packFigureData(await loadFigureData(String(params.id)))), { headers: { 'content-type': 'application/json' } });
