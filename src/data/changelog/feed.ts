/** The Atom feed of "What's new" (RFC 4287), built from the changelog entries. */
import type { Entry } from './history.ts';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Renders the feed.
 * @param site absolute site URL without trailing slash (ids and links need one), e.g. `https://example.org`
 * @param entries newest first; null when there is no history
 * @param updated the feed's date when there are no entries (ISO)
 * @returns the XML text
 */
export function atomFeed(site: string, entries: readonly Entry[] | null, updated: string): string {
  const list = entries ?? [];
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    '  <title>Có gì mới – số liệu chính phủ điện tử / What\'s new – e-government data</title>',
    `  <id>${esc(site)}/feed.xml</id>`,
    `  <link rel="self" href="${esc(site)}/feed.xml"/>`,
    `  <link rel="alternate" href="${esc(site)}/moi/"/>`,
    `  <updated>${esc(list[0]?.date ?? updated)}</updated>`,
    '  <author><name>vn-egov-dashboard</name></author>',
  ];
  if (entries === null) lines.push('  <subtitle>Chưa có lịch sử thay đổi. No history.</subtitle>');
  for (const e of list) {
    const summary = `Thêm ${e.counts.added}, sửa ${e.counts.revised}, rút ${e.counts.withdrawn} số liệu. Added ${e.counts.added}, revised ${e.counts.revised}, withdrawn ${e.counts.withdrawn} figures.`;
    const detail = e.groups.map((g) => `${g.source} · ${g.indicator}: +${g.added.length} ~${g.revised.length} -${g.withdrawn.length}`).join('\n');
    lines.push(
      '  <entry>',
      `    <title>${esc(e.subject)}</title>`,
      `    <id>${esc(site)}/moi/#${esc(e.hash)}</id>`,
      `    <link href="${esc(site)}/moi/#c-${esc(e.hash.slice(0, 12))}"/>`,
      `    <updated>${esc(e.date)}</updated>`,
      `    <summary>${esc(summary)}</summary>`,
      `    <content type="text">${esc(detail || summary)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
