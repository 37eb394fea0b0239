/** The province reference: data/geo/units.csv, crosswalk.csv and aliases.csv (the first two also baked). */
import { picklist, table, text } from './column.ts';
import { UNIT_VINTAGES, VINTAGES } from './vintages.ts';

export const UNIT_TYPES = ['city', 'province', 'country'] as const;
export const ALIAS_KINDS = ['unit', 'region', 'total', 'abolished'] as const;
/** an alias names a unit of one map, or (a region, a total, an abolished name) may name none */
export const ALIAS_VINTAGES = ['', ...VINTAGES] as const;

const required = { required: true } as const;

export const unitsTable = table({
  name: 'units',
  description: 'Provinces and centrally-run cities of both administrative maps: VN63 (2008-08-01 to 2025-06-30) and VN34 (from 2025-07-01)',
  primaryKey: ['vintage', 'code'],
  columns: [
    picklist('vintage', UNIT_VINTAGES, 'VN63, VN34, or VN for the country', required),
    text('code', 'two-digit statistics-office code, unique within a vintage', required),
    text('name_vi', 'name in Vietnamese', required),
    text('name_en', 'name in English', required),
    picklist('type', UNIT_TYPES, 'city, province or country', required),
    text('iso3166_2', 'ISO 3166-2 code (VN63 only)'),
    text('valid_from', 'first day of validity'),
    text('valid_to', 'last day of validity, empty if current'),
  ],
});

export const crosswalkTable = table({
  name: 'crosswalk',
  description: 'The 2025 merger (Resolution 202/2025/QH15): which VN34 unit each VN63 province became part of',
  primaryKey: ['vn63_code'],
  columns: [
    text('vn63_code', 'VN63 province code', required),
    text('vn34_code', 'VN34 unit it merged into', required),
    text('effective', 'date the merger took effect', required),
  ],
});

export const aliasesTable = table({
  name: 'aliases',
  description: 'Spellings of unit names as published, and names that must never resolve to a province (regions, totals, abolished units)',
  columns: [
    text('alias', 'the spelling as published', required),
    picklist('kind', ALIAS_KINDS, 'unit (resolves to vintage and code), region, total or abolished', required),
    picklist('vintage', ALIAS_VINTAGES, 'VN63 or VN34 for a unit alias, else VN63, VN34 or empty'),
    text('code', 'two-digit code of that vintage (required for a unit alias)'),
    text('note', 'why, e.g. "Hà Tây, merged into Hà Nội 2008"'),
  ],
});
