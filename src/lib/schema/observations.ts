/**
 * data/observations/*.csv and the baked `observations` table: one published figure per row,
 * numbers parsed, the period expanded to its first and last day, and where the row came from.
 */
import { computed, day, double, integer, picklist, reference, table, text } from './column.ts';
import { VINTAGES } from './vintages.ts';

export const QUALIFIERS = ['', 'approx', 'at_least', 'at_most', 'near'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

const required = { required: true } as const;

/** The period as published and the days it covers (observations and derived rows). */
export function periodColumns() {
  return [
    text('period', 'ISO 8601 period as published: 2019, 2019-08, 2019-Q3, 2019-07-30 or an interval start/end', required),
    computed(day('period_start', 'first day the period covers')),
    computed(day('period_end', 'last day the period covers')),
  ] as const;
}

export const observationsTable = table({
  name: 'observations',
  description: 'Published figures, one row each, with source and verbatim quote; never rewritten onto another map',
  primaryKey: ['file', 'line'],
  foreignKeys: [reference('indicator', 'indicators'), reference('source', 'sources')],
  columns: [
    text('indicator', 'indicator id', required),
    picklist('vintage', VINTAGES, 'administrative map the source used: VN63 or VN34', required),
    text('geo', 'province code of that vintage, or VN for the whole country', required),
    text('subunit', 'sub-provincial unit (department, district) the figure is about, if any'),
    text('breakdown', 'sub-series of the indicator, if any'),
    ...periodColumns(),
    double('value', 'the figure; percent as 0-100', required),
    picklist('qualifier', QUALIFIERS, 'empty (exact), approx, at_least, at_most or near'),
    double('numerator', 'numerator, when published'),
    double('denominator', 'denominator, when published'),
    text('source', 'source id', required),
    text('quote', 'verbatim fragment of the source that states the figure', required),
    text('note_vi', 'note in Vietnamese'),
    text('note_en', 'note in English'),
    // where the row came from, relative to the project root, and its 1-based line
    computed(text('file', 'data file the row comes from')),
    computed(integer('line', 'line in that file', required)),
  ],
});
