/** The feed endpoints' body: the entries from git history, worded in one language, linked from the configured site URL. */
import type { Lang } from '../../lib/format/number.ts';
import { siteRoot } from '../../lib/site/public-url.ts';
import { atomFeed } from './feed.ts';
import { whatsNew } from './history.ts';
import { changelogNames } from './names.ts';

/** The Atom response for a language. */
export async function feedResponse(site: URL | undefined, lang: Lang): Promise<Response> {
  const xml = atomFeed(siteRoot(site), whatsNew(process.cwd()), new Date(0).toISOString(), lang, await changelogNames());
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
