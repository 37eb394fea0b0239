/** The project's real reference tables (data/geo/*.csv) and a resolver over them, for the resolver's tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAliases, parseCrosswalk, parseUnits, rowsOrThrow } from './reference-rows.ts';
import { createResolver } from './resolve.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** A file of the repository as text, by its path from the root. */
export const read = (p: string): string => readFileSync(root + p, 'utf8');
export const units = rowsOrThrow(parseUnits(read('data/geo/units.csv')), 'units.csv');
export const aliases = rowsOrThrow(parseAliases(read('data/geo/aliases.csv')), 'aliases.csv');
export const crosswalk = rowsOrThrow(parseCrosswalk(read('data/geo/crosswalk.csv')), 'crosswalk.csv');
export const resolver = createResolver(units, aliases, crosswalk);
