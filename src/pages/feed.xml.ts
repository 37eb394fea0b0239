/** The Atom feed of "What's new", built at build time from the git history of data/. */
import type { APIRoute } from 'astro';
import { atomFeed } from '../data/changelog/feed.ts';
import { whatsNew } from '../data/changelog/history.ts';

export const GET: APIRoute = ({ site }) => {
  // Atom needs absolute ids; without a configured site the local server's address stands in.
  const origin = (site?.href ?? 'http://localhost:4321/').replace(/\/$/, '');
  const xml = atomFeed(origin, whatsNew(process.cwd()), new Date(0).toISOString());
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
