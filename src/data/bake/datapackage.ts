import type { TableSpec } from './tables.ts';

const TYPES: Record<string, string> = { VARCHAR: 'string', DOUBLE: 'number', INTEGER: 'integer', DATE: 'date', BOOLEAN: 'boolean' };

/**
 * A Frictionless Data Package descriptor for the CSV downloads (no timestamps: reruns are
 * identical): fields with their types and allowed values, each table's primary key and its
 * references. The files start with a BOM for Excel; their encoding is utf-8, which the Frictionless
 * readers take with or without one.
 */
export function datapackage(tables: readonly TableSpec[], fileOf: (table: string) => string): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'vn-egov-indicators',
    title: 'Chỉ số chính phủ điện tử các tỉnh Việt Nam / Vietnam provincial e-government indicators',
    description:
      'Published figures on Vietnam\u2019s e-government progress per province, each with its source and verbatim quote; VN63 and VN34 administrative maps; VN34 figures re-aggregated from VN63 only where honest.',
    licenses: [{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    resources: tables.map((t) => ({
      name: t.name,
      path: fileOf(t.name),
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: t.description,
      schema: {
        fields: t.columns.map((c) => ({ name: c.name, type: TYPES[c.type], description: c.description, ...(c.enum ? { constraints: { enum: [...c.enum] } } : {}) })),
        missingValues: [''],
        ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
        ...(t.foreignKeys ? { foreignKeys: t.foreignKeys } : {}),
      },
    })),
  };
}
