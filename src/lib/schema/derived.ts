/**
 * The baked `derived` table: VN34 figures the bake re-aggregates from their VN63 members (no
 * data/ file; every row is computed).
 */
import { double, integer, picklist, reference, table, text } from './column.ts';
import { periodColumns, QUALIFIERS } from './observations.ts';

/** How a VN34 figure was made from its VN63 members. */
export const DERIVED_METHODS = ['carried_over', 'sum', 'ratio'] as const;
export type DerivedMethod = (typeof DERIVED_METHODS)[number];

export const derivedTable = table({
  name: 'derived',
  description: 'VN34 figures re-aggregated from their VN63 members, only where honest (sum, or ratio of published parts; unchanged units carried over)',
  primaryKey: ['indicator', 'vintage', 'geo', 'period'],
  foreignKeys: [reference('indicator', 'indicators')],
  columns: [
    text('indicator', 'indicator id'),
    picklist('vintage', ['VN34'], 'always VN34'),
    text('geo', 'VN34 unit code'),
    ...periodColumns(),
    double('value', 'the derived figure', { required: true }),
    picklist('qualifier', QUALIFIERS, 'combined qualifier of the members'),
    double('numerator', 'sum of members\u2019 numerators'),
    double('denominator', 'sum of members\u2019 denominators'),
    text('members', 'VN63 member codes joined by +'),
    integer('n_members', 'number of VN63 members', { required: true }),
    picklist('method', DERIVED_METHODS, 'carried_over (one unchanged member, value as published), sum (members\u2019 values added) or ratio (summed numerators over summed denominators)'),
    text('sources', 'members\u2019 source ids, space-separated'),
  ],
});
