import { describe, expect, it } from 'vitest';
import { alignBorders } from './borders.ts';
import { FIXTURE, FIX_UNITS } from './grid.test-helpers.ts';
import { mapToCodes } from './topology.ts';

describe('alignBorders on a hand-made fixture', () => {
  it('takes the earlier province’s line and leaves untouched borders alone', () => {
    const { polygons, aligned } = alignBorders(mapToCodes(FIXTURE, FIX_UNITS));
    expect(aligned).toBe(1);
    const ringOf = (code: string): number[][] => polygons.get(code)![0][0];
    expect(ringOf('01')).toContainEqual([1.002, 0.5]);
    expect(ringOf('02')).toContainEqual([1.002, 0.5]);
    expect(ringOf('02')).not.toContainEqual([0.999, 0.5]);
    expect(ringOf('04')).toEqual(FIXTURE.features[3].geometry.coordinates[0]);
  });

  it('does not align borders farther apart than the tolerance', () => {
    expect(alignBorders(mapToCodes(FIXTURE, FIX_UNITS), 0.0005).aligned).toBe(0);
  });
});
