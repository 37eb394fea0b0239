/**
 * Run from the explore page's own script, as soon as the page is parsed (before the explore
 * island's larger code has arrived): when the address asks a query the build did not answer
 * (`?q=`, not one of the examples), the engine's downloads leave now instead of when the island
 * mounts. The island then takes over the same downloads (downloads.ts keeps them). Without `?q=`,
 * or with an example's query, nothing is fetched: the example's answer is in the page.
 */
import { EXAMPLES } from '../../lib/queries/examples.ts';
import { readState } from '../explore/url.ts';
import { startDownloads } from './downloads.ts';

/** Whether the address's query needs the engine (the island runs it on mount). */
export function wantsEngine(search: string, examples: readonly { sql: string }[] = EXAMPLES): boolean {
  const { sql } = readState(search);
  return sql !== '' && !examples.some((example) => example.sql === sql);
}

export function startEarly(search: string = location.search): void {
  if (!wantsEngine(search)) return;
  try {
    startDownloads();
  } catch {
    // This browser cannot run the engine: the island says why once it mounts.
  }
}
