/** Build-time helpers of the explore page (run in Astro's frontmatter). */
import { TABLES } from '../bake/tables.ts';
import type { SchemaTable } from '../../lib/queries/schema.ts';

/** The tables as the bake describes them, shown until the engine reads the live schema. */
export function bakedSchema(): SchemaTable[] {
  return TABLES.map((table) => ({
    name: table.name,
    kind: 'table',
    comment: table.description,
    columns: table.columns.map((column) => ({ name: column.name, type: column.type, comment: column.description })),
  }));
}
