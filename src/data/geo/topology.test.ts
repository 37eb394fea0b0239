import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featuresFor, islandFeatures } from '../../lib/geo/topology.ts';
import { FIXTURE, FIX_CROSSWALK, FIX_UNITS, square } from './grid.test-helpers.ts';
import { buildTopology, mapToCodes } from './topology.ts';

function polygonCount(f: Feature<Polygon | MultiPolygon>): number {
  return f.geometry.type === 'Polygon' ? 1 : f.geometry.coordinates.length;
}

describe('buildTopology on a hand-made fixture', () => {
  const { topology, report } = buildTopology({ source: FIXTURE, units: FIX_UNITS, crosswalk: FIX_CROSSWALK, quantization: 1e4 });

  it('keys VN63 by code through the ISO column, in code order, named from units.csv', () => {
    const vn63 = featuresFor(topology, 'VN63').features;
    expect(vn63.map((f) => f.id)).toEqual(['01', '02', '03', '04']);
    expect(vn63.map((f) => f.properties.name)).toEqual(['Một', 'Hai', 'Ba', 'Bốn']);
  });

  it('aligns the two versions of the A|B border so that the dissolve leaves one polygon', () => {
    expect(report.bordersAligned).toBe(1);
    const vn34 = featuresFor(topology, 'VN34').features;
    expect(vn34.map((f) => [f.id, f.properties.name, polygonCount(f)])).toEqual([['01', 'Một Hai', 1], ['04', 'Ba Bốn', 1]]);
    const merged = vn34[0].geometry as MultiPolygon;
    expect(merged.coordinates[0]).toHaveLength(1); // no hole, no leftover border
    const [a, b] = featuresFor(topology, 'VN63').features.slice(0, 2);
    expect(geoArea(vn34[0])).toBeCloseTo(geoArea(a) + geoArea(b), 12);
  });

  it('adds the islands as points with their parents, and is deterministic', () => {
    expect(islandFeatures(topology).features.map((f) => [f.id, f.properties.parent, f.geometry.type])).toEqual([
      ['HS', '48', 'Point'], ['TS', '56', 'Point'],
    ]);
    const again = buildTopology({ source: FIXTURE, units: FIX_UNITS, crosswalk: FIX_CROSSWALK, quantization: 1e4 });
    expect(JSON.stringify(again.topology)).toBe(JSON.stringify(topology));
  });

  it('fails loudly, naming the feature, on an unknown ISO code or a province without a feature', () => {
    const stray: FeatureCollection = { ...FIXTURE, features: [...FIXTURE.features, square('VN-99', [[5, 5], [5, 6], [6, 6], [6, 5], [5, 5]])] };
    expect(() => mapToCodes(stray, FIX_UNITS)).toThrow(/feature #4 .*"VN-99".*matches no VN63 unit/);
    const short: FeatureCollection = { ...FIXTURE, features: FIXTURE.features.slice(0, 3) };
    expect(() => mapToCodes(short, FIX_UNITS)).toThrow('no source feature for VN63 04 Bốn (VN-T4)');
    const twice: FeatureCollection = { ...FIXTURE, features: [...FIXTURE.features, FIXTURE.features[0]] };
    expect(() => mapToCodes(twice, FIX_UNITS)).toThrow(/VN63 code 02 already taken/);
  });

  it('fails when the crosswalk leaves a province out', () => {
    expect(() => buildTopology({ source: FIXTURE, units: FIX_UNITS, crosswalk: FIX_CROSSWALK.slice(1) })).toThrow('VN63 code 01 is missing from the crosswalk');
  });
});
