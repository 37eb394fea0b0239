/** The Atom feed of "What's new" in English, built at build time from the git history of data/. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../../data/changelog/feed-route.ts';

export const GET: APIRoute = ({ site }) => feedResponse(site, 'en');
