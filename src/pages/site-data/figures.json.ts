import type { APIRoute } from 'astro';
import { loadFigures, loadIndicators, loadSources, loadUnits } from '../../data/site/data.ts';
import { packBundle } from '../../lib/site/bundle.ts';

/** Figures for the islands, written once at build time. */
export const GET: APIRoute = async () => {
  const [indicators, units, sources, figures] = await Promise.all([loadIndicators(), loadUnits(), loadSources(), loadFigures()]);
  return new Response(JSON.stringify(packBundle(indicators, units, sources, figures)), { headers: { 'content-type': 'application/json' } });
};
