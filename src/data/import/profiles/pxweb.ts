/**
 * A statistics-office PX-Web export ("semicolon delimited with heading"): title lines, `;`,
 * two header rows (periods above, measure names below), region and country rows, footnotes.
 * Measure names map to indicators with --indicator "NAME=id" (or one --indicator for one measure).
 */
import type { Profile } from './types.ts';

export const pxweb: Profile = {
  name: 'pxweb',
  description: 'Statistics-office PX-Web export (title lines, ";", periods above measure names, region rows, footnotes)',
  detect: { headers: [/^(?:19|20)\d\d\s*\|/], headerRows: 2 },
  headerRows: 2,
  geo: { header: /.*/, by: 'name' },
  values: { kind: 'period_measure' },
  locale: 'vi',
};
