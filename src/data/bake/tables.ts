/**
 * The baked database's tables: column names, DuckDB types and the descriptions that the
 * explore page's schema panel shows (stored as COMMENTs). The downloads use the same columns;
 * their data package adds each table's key, its references and each coded column's values.
 */
import { EVENT_KINDS, EVENT_STATUSES, SOURCE_KINDS, UNIT_TYPES, UNIT_VINTAGES, VINTAGES } from '../check/schema.ts';
import { DERIVED_METHODS } from '../../lib/format/stats.ts';
import { AGGREGATIONS, DIRECTIONS, QUALIFIERS, UNITS } from '../../lib/types.ts';
export interface ColumnSpec {
  name: string;
  type: 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'DATE' | 'BOOLEAN';
  description: string;
  /** the values a non-empty cell may hold (the empty cell is a missing value) */
  enum?: readonly string[];
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableSpec {
  name: string;
  description: string;
  columns: ColumnSpec[];
  /** the columns that identify a row: never empty, unique together */
  primaryKey?: string[];
  foreignKeys?: ForeignKey[];
}

const c = (name: string, type: ColumnSpec['type'], description: string, values?: readonly string[]): ColumnSpec =>
  values ? { name, type, description, enum: values.filter((v) => v !== '') } : { name, type, description };
const fk = (field: string, resource: string, to = 'id'): ForeignKey => ({ fields: [field], reference: { resource, fields: [to] } });

const PERIOD = [
  c('period', 'VARCHAR', 'ISO 8601 period as published: 2019, 2019-08, 2019-Q3, 2019-07-30 or an interval start/end'),
  c('period_start', 'DATE', 'first day the period covers'),
  c('period_end', 'DATE', 'last day the period covers'),
];

export const TABLES: TableSpec[] = [
  {
    name: 'indicators',
    description: 'Indicators: names, definitions, unit, direction and how they may be aggregated across merged provinces',
    primaryKey: ['id'],
    columns: [
      c('id', 'VARCHAR', 'indicator id'),
      c('name_vi', 'VARCHAR', 'name in Vietnamese'),
      c('name_en', 'VARCHAR', 'name in English'),
      c('definition_vi', 'VARCHAR', 'definition in Vietnamese'),
      c('definition_en', 'VARCHAR', 'definition in English'),
      c('unit', 'VARCHAR', 'percent (0-100), count, score, rank, vnd_billion or points', UNITS),
      c('direction', 'VARCHAR', 'higher_better, lower_better or neutral', DIRECTIONS),
      c('aggregation', 'VARCHAR', 'sum, ratio (sum of numerators / sum of denominators) or none', AGGREGATIONS),
      c('scheme', 'VARCHAR', 'classification scheme: decree43_2011 (level 3/4), decree42_2022 (full-process/partial), dti, egov_index'),
      c('legal_basis', 'VARCHAR', 'the law or document that defines the indicator, in Vietnamese'),
      c('legal_basis_en', 'VARCHAR', 'the same in English'),
      c('legal_basis_url', 'VARCHAR', 'link to the legal basis'),
      c('note_vi', 'VARCHAR', 'method notes in Vietnamese'),
      c('note_en', 'VARCHAR', 'method notes in English'),
    ],
  },
  {
    name: 'sources',
    description: 'Published documents the figures come from',
    primaryKey: ['id'],
    columns: [
      c('id', 'VARCHAR', 'source id'),
      c('publisher', 'VARCHAR', 'publisher'),
      c('title', 'VARCHAR', 'title as published'),
      c('date', 'VARCHAR', 'publication date (ISO), empty when the copy does not state it'),
      c('url', 'VARCHAR', 'address of the document, when known'),
      c('kind', 'VARCHAR', 'article, table or report', SOURCE_KINDS),
      c('note_vi', 'VARCHAR', 'note in Vietnamese'),
      c('note_en', 'VARCHAR', 'note in English'),
    ],
  },
  {
    name: 'units',
    description: 'Provinces and centrally-run cities of both administrative maps: VN63 (2008-08-01 to 2025-06-30) and VN34 (from 2025-07-01)',
    primaryKey: ['vintage', 'code'],
    columns: [
      c('vintage', 'VARCHAR', 'VN63, VN34, or VN for the country', UNIT_VINTAGES),
      c('code', 'VARCHAR', 'two-digit statistics-office code, unique within a vintage'),
      c('name_vi', 'VARCHAR', 'name in Vietnamese'),
      c('name_en', 'VARCHAR', 'name in English'),
      c('type', 'VARCHAR', 'city, province or country', UNIT_TYPES),
      c('iso3166_2', 'VARCHAR', 'ISO 3166-2 code (VN63 only)'),
      c('valid_from', 'VARCHAR', 'first day of validity'),
      c('valid_to', 'VARCHAR', 'last day of validity, empty if current'),
    ],
  },
  {
    name: 'crosswalk',
    description: 'The 2025 merger (Resolution 202/2025/QH15): which VN34 unit each VN63 province became part of',
    primaryKey: ['vn63_code'],
    columns: [
      c('vn63_code', 'VARCHAR', 'VN63 province code'),
      c('vn34_code', 'VARCHAR', 'VN34 unit it merged into'),
      c('effective', 'VARCHAR', 'date the merger took effect'),
    ],
  },
  {
    name: 'events',
    description: 'Deadlines, milestones and status facts stated in the sources',
    primaryKey: ['id'],
    foreignKeys: [fk('source', 'sources')],
    columns: [
      c('id', 'VARCHAR', 'event id'),
      c('vintage', 'VARCHAR', 'VN63 or VN34', VINTAGES),
      c('geo', 'VARCHAR', 'province code or VN'),
      c('subunit', 'VARCHAR', 'sub-provincial unit, if any'),
      c('date', 'VARCHAR', 'ISO period of the deadline or milestone'),
      c('date_start', 'DATE', 'first day of that period'),
      c('date_end', 'DATE', 'last day of that period'),
      c('kind', 'VARCHAR', 'deadline, milestone or status', EVENT_KINDS),
      c('status', 'VARCHAR', 'missed, met, pending or empty', EVENT_STATUSES),
      c('title_vi', 'VARCHAR', 'what happened, in Vietnamese'),
      c('title_en', 'VARCHAR', 'what happened, in English'),
      c('source', 'VARCHAR', 'source id'),
      c('quote', 'VARCHAR', 'verbatim quote from the source'),
      c('note', 'VARCHAR', 'note'),
    ],
  },
  {
    name: 'observations',
    description: 'Published figures, one row each, with source and verbatim quote; never rewritten onto another map',
    primaryKey: ['file', 'line'],
    foreignKeys: [fk('indicator', 'indicators'), fk('source', 'sources')],
    columns: [
      c('indicator', 'VARCHAR', 'indicator id'),
      c('vintage', 'VARCHAR', 'administrative map the source used: VN63 or VN34', VINTAGES),
      c('geo', 'VARCHAR', 'province code of that vintage, or VN for the whole country'),
      c('subunit', 'VARCHAR', 'sub-provincial unit (department, district) the figure is about, if any'),
      c('breakdown', 'VARCHAR', 'sub-series of the indicator, if any'),
      ...PERIOD,
      c('value', 'DOUBLE', 'the figure; percent as 0-100'),
      c('qualifier', 'VARCHAR', 'empty (exact), approx, at_least, at_most or near', QUALIFIERS),
      c('numerator', 'DOUBLE', 'numerator, when published'),
      c('denominator', 'DOUBLE', 'denominator, when published'),
      c('source', 'VARCHAR', 'source id'),
      c('quote', 'VARCHAR', 'verbatim fragment of the source that states the figure'),
      c('note_vi', 'VARCHAR', 'note in Vietnamese'),
      c('note_en', 'VARCHAR', 'note in English'),
      c('file', 'VARCHAR', 'data file the row comes from'),
      c('line', 'INTEGER', 'line in that file'),
    ],
  },
  {
    name: 'derived',
    description: 'VN34 figures re-aggregated from their VN63 members, only where honest (sum, or ratio of published parts; unchanged units carried over)',
    primaryKey: ['indicator', 'vintage', 'geo', 'period'],
    foreignKeys: [fk('indicator', 'indicators')],
    columns: [
      c('indicator', 'VARCHAR', 'indicator id'),
      c('vintage', 'VARCHAR', 'always VN34', ['VN34']),
      c('geo', 'VARCHAR', 'VN34 unit code'),
      ...PERIOD,
      c('value', 'DOUBLE', 'the derived figure'),
      c('qualifier', 'VARCHAR', 'combined qualifier of the members', QUALIFIERS),
      c('numerator', 'DOUBLE', 'sum of members\u2019 numerators'),
      c('denominator', 'DOUBLE', 'sum of members\u2019 denominators'),
      c('members', 'VARCHAR', 'VN63 member codes joined by +'),
      c('n_members', 'INTEGER', 'number of VN63 members'),
      c('method', 'VARCHAR', 'carried_over (one unchanged member, value as published), sum (members\u2019 values added) or ratio (summed numerators over summed denominators)', DERIVED_METHODS),
      c('sources', 'VARCHAR', 'members\u2019 source ids, space-separated'),
    ],
  },
];

export function table(name: string): TableSpec {
  const spec = TABLES.find((t) => t.name === name);
  if (!spec) throw new Error(`unknown table: ${name}`);
  return spec;
}
