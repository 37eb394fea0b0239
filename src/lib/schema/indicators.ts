/** data/indicators.csv and the baked `indicators` table. */
import { picklist, table, text } from './column.ts';

export const UNITS = ['percent', 'count', 'score', 'rank', 'vnd_billion', 'points'] as const;
export type Unit = (typeof UNITS)[number];
export const DIRECTIONS = ['higher_better', 'lower_better', 'neutral'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const AGGREGATIONS = ['sum', 'ratio', 'none'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];
export const SCHEMES = ['', 'decree43_2011', 'decree42_2022', 'dti', 'egov_index'] as const;
export type Scheme = (typeof SCHEMES)[number];

const required = { required: true } as const;

export const indicatorsTable = table({
  name: 'indicators',
  description: 'Indicators: names, definitions, unit, direction and how they may be aggregated across merged provinces',
  primaryKey: ['id'],
  columns: [
    text('id', 'indicator id', required),
    text('name_vi', 'name in Vietnamese', required),
    text('name_en', 'name in English', required),
    text('definition_vi', 'definition in Vietnamese', required),
    text('definition_en', 'definition in English', required),
    picklist('unit', UNITS, 'percent (0-100), count, score, rank, vnd_billion or points', required),
    picklist('direction', DIRECTIONS, 'higher_better, lower_better or neutral', required),
    picklist('aggregation', AGGREGATIONS, 'sum, ratio (sum of numerators / sum of denominators) or none', required),
    picklist('scheme', SCHEMES, 'classification scheme: decree43_2011 (level 3/4), decree42_2022 (full-process/partial), dti, egov_index'),
    text('legal_basis', 'the law or document that defines the indicator, in Vietnamese'),
    text('legal_basis_en', 'the same in English'),
    text('legal_basis_url', 'link to the legal basis'),
    // one note per language: a page shows only its own language's
    text('note_vi', 'method notes in Vietnamese'),
    text('note_en', 'method notes in English'),
  ],
});
