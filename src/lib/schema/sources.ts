/** data/sources.csv and the baked `sources` table. */
import { picklist, table, text } from './column.ts';

export const SOURCE_KINDS = ['article', 'table', 'report'] as const;

const required = { required: true } as const;

export const sourcesTable = table({
  name: 'sources',
  description: 'Published documents the figures come from',
  primaryKey: ['id'],
  columns: [
    text('id', 'source id', required),
    text('publisher', 'publisher', required),
    text('title', 'title as published', required),
    // empty only when a note says why (the checker's rule)
    text('date', 'publication date (ISO), empty when the copy does not state it'),
    text('url', 'address of the document, when known'),
    picklist('kind', SOURCE_KINDS, 'article, table or report', required),
    text('note_vi', 'note in Vietnamese'),
    text('note_en', 'note in English'),
  ],
});
