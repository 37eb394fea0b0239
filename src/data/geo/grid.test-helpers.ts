/** A hand-made 2×2 grid of unit squares, with the reference rows that name it, for the topology build's tests. */
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { CrosswalkRow, UnitRow } from '../../lib/types.ts';

// Exterior rings clockwise (d3-geo's convention). The A|B border has two versions, as in the
// package's file: A bulges it east to x=1.002, B west to x=0.999.
export const square = (iso: string, ring: [number, number][]): Feature<Polygon> => ({
  type: 'Feature', properties: { ISO: iso, NAME_1: iso }, geometry: { type: 'Polygon', coordinates: [ring] },
});
export const FIXTURE: FeatureCollection<Polygon> = {
  type: 'FeatureCollection',
  features: [
    square('VN-T2', [[1, 0], [0.999, 0.5], [1, 1], [2, 1], [2, 0], [1, 0]]),
    square('VN-T1', [[0, 0], [0, 1], [1, 1], [1.002, 0.5], [1, 0], [0, 0]]),
    square('VN-T3', [[0, 1], [0, 2], [1, 2], [1, 1], [0, 1]]),
    square('VN-T4', [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]]),
  ],
};
const unit = (vintage: 'VN63' | 'VN34', code: string, name: string, iso = ''): UnitRow => ({
  vintage, code, name_vi: name, name_en: name, type: 'province', iso3166_2: iso, valid_from: '', valid_to: '',
});
export const FIX_UNITS: UnitRow[] = [
  unit('VN63', '01', 'Một', 'VN-T1'), unit('VN63', '02', 'Hai', 'VN-T2'),
  unit('VN63', '03', 'Ba', 'VN-T3'), unit('VN63', '04', 'Bốn', 'VN-T4'),
  unit('VN34', '01', 'Một Hai'), unit('VN34', '04', 'Ba Bốn'),
];
export const FIX_CROSSWALK: CrosswalkRow[] = [
  { vn63_code: '01', vn34_code: '01', effective: '2025-07-01' },
  { vn63_code: '02', vn34_code: '01', effective: '2025-07-01' },
  { vn63_code: '03', vn34_code: '04', effective: '2025-07-01' },
  { vn63_code: '04', vn34_code: '04', effective: '2025-07-01' },
];
