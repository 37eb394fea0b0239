/**
 * The two administrative maps a figure can be published on, how many provinces and centrally-run
 * cities each has, and the day the second one took effect. Declared here once.
 */

/** The maps: 63 units until the 2025 merger, 34 after. */
export const VINTAGES = ['VN63', 'VN34'] as const;
export type Vintage = (typeof VINTAGES)[number];

/** Provinces and centrally-run cities on each map. */
export const PROVINCES_IN: Readonly<Record<Vintage, number>> = { VN63: 63, VN34: 34 };

/** The day the 34-unit map took effect (Resolution 202/2025/QH15). */
export const MERGER_DATE = '2025-07-01';

/** The day before the merger: the last day a VN63 code can describe. */
export const LAST_VN63_DAY = '2025-06-30';

/** The vintages of data/geo/units.csv: the two maps, and `VN` for the country's own row. */
export const UNIT_VINTAGES = [...VINTAGES, 'VN'] as const;
