/** The Atom feed of "What's new" (RFC 4287) in one language, built from the changelog entries. */
import { t } from '../../i18n/dict.ts';
import { path } from '../../i18n/routes.ts';
import type { Lang } from '../../lib/format/number.ts';
import { describeEntry, type Names } from './describe.ts';
import type { Entry } from './history.ts';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The feed's own path in a language: "/feed.xml", "/en/feed.xml". */
export function feedPath(lang: Lang): string {
  return `${path('home', lang)}feed.xml`;
}

/**
 * Renders the feed.
 * @param site the configured site URL without trailing slash (ids and links need one), e.g. `https://example.org`
 * @param entries newest first; null when there is no history
 * @param updated the feed's date when there are no entries (ISO)
 * @param names indicator and source names for the entries' words
 * @returns the XML text
 */
export function atomFeed(site: string, entries: readonly Entry[] | null, updated: string, lang: Lang, names: Names): string {
  const list = entries ?? [];
  const page = `${site}${path('whatsNew', lang)}`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <title>${esc(t(lang, 'whatsnew.feed'))}</title>`,
    `  <id>${esc(site)}${feedPath(lang)}</id>`,
    `  <link rel="self" href="${esc(site)}${feedPath(lang)}"/>`,
    `  <link rel="alternate" href="${esc(page)}"/>`,
    `  <updated>${esc(list[0]?.date ?? updated)}</updated>`,
    `  <author><name>${esc(t(lang, 'site.title'))}</name></author>`,
  ];
  if (entries === null) lines.push(`  <subtitle>${esc(t(lang, 'whatsnew.none'))}</subtitle>`);
  for (const e of list) {
    const d = describeEntry(e, names, lang);
    const detail = d.groups.map((g) => `${g.indicatorName} (${g.sourceName}): +${g.added} ~${g.revised} −${g.withdrawn}`).join('\n');
    lines.push(
      '  <entry>',
      `    <title>${esc(d.title)}</title>`,
      `    <id>${esc(page)}#${esc(e.hash)}</id>`,
      `    <link href="${esc(page)}#c-${esc(e.hash.slice(0, 12))}"/>`,
      `    <updated>${esc(e.date)}</updated>`,
      `    <summary>${esc(d.counts)}</summary>`,
      `    <content type="text">${esc(detail || d.counts)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
