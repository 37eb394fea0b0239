/** The indicator and source names the changelog's words use, from the baked database (build time). */
import { loadIndicators, loadSources } from '../site/data.ts';
import type { Names } from './describe.ts';

/** Loads the names once per call. */
export async function changelogNames(): Promise<Names> {
  const [indicators, sources] = await Promise.all([loadIndicators(), loadSources()]);
  return { indicators: new Map(indicators.map((i) => [i.id, i])), sources: new Map(sources.map((s) => [s.id, s])) };
}
