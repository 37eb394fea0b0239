/** Column lists and allowed values of the data/ files, exactly as docs/CONTRACTS.md fixes them. */

export const INDICATOR_COLUMNS = [
  'id', 'name_vi', 'name_en', 'definition_vi', 'definition_en', 'unit', 'direction', 'aggregation',
  'scheme', 'legal_basis', 'legal_basis_en', 'legal_basis_url', 'note_vi', 'note_en',
] as const;

export const SOURCE_COLUMNS = ['id', 'publisher', 'title', 'date', 'url', 'kind', 'note_vi', 'note_en'] as const;

export const OBSERVATION_COLUMNS = [
  'indicator', 'vintage', 'geo', 'subunit', 'breakdown', 'period', 'value', 'qualifier', 'numerator',
  'denominator', 'source', 'quote', 'note_vi', 'note_en',
] as const;

export const EVENT_COLUMNS = [
  'id', 'vintage', 'geo', 'subunit', 'date', 'kind', 'status', 'title_vi', 'title_en', 'source', 'quote',
  'note',
] as const;

export const UNIT_COLUMNS = [
  'vintage', 'code', 'name_vi', 'name_en', 'type', 'iso3166_2', 'valid_from', 'valid_to',
] as const;

export const CROSSWALK_COLUMNS = ['vn63_code', 'vn34_code', 'effective'] as const;

export const ALIAS_COLUMNS = ['alias', 'kind', 'vintage', 'code', 'note'] as const;

export const VINTAGES = ['VN63', 'VN34'] as const;
export const SCHEMES = ['', 'decree43_2011', 'decree42_2022', 'dti', 'egov_index'] as const;
export const SOURCE_KINDS = ['article', 'table', 'report'] as const;
export const EVENT_KINDS = ['deadline', 'milestone', 'status'] as const;
export const EVENT_STATUSES = ['', 'missed', 'met', 'pending'] as const;
export const UNIT_TYPES = ['city', 'province', 'country'] as const;
export const UNIT_VINTAGES = ['VN63', 'VN34', 'VN'] as const;
export const ALIAS_KINDS = ['unit', 'region', 'total', 'abolished'] as const;

/**
 * Lists allowed values for a message, showing the empty value as `(empty)`.
 * @returns e.g. `percent, count, score`
 */
export function listAllowed(values: readonly string[]): string {
  return values.map((v) => (v === '' ? '(empty)' : v)).join(', ');
}

/**
 * Tests membership in a list of allowed values while narrowing the type.
 * @returns true when `value` is one of `allowed`
 */
export function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}
