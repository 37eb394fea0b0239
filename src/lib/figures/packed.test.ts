import { describe, expect, it } from 'vitest';
import { packFigureData, unpackFigureData } from './packed.ts';
import { syntheticData } from './synthetic.test-helpers.ts';

describe('packed figure data', () => {
  const data = syntheticData();
  // the site's query gives every row the same columns
  const uniform = { ...data, figures: data.figures.map((f) => ({ derived_method: null, ...f })) };

  it('round-trips every figure and sub-unit exactly', () => {
    const packed = packFigureData(uniform);
    expect(packed.figures.columns[0]).toHaveLength(uniform.figures.length);
    expect(unpackFigureData(packed)).toEqual(uniform);
    expect(unpackFigureData(JSON.parse(JSON.stringify(packed)))).toEqual(uniform);
  });

  it('is much smaller as JSON than one object per row', () => {
    const many = { ...uniform, figures: Array.from({ length: 50 }, () => uniform.figures).flat() };
    expect(JSON.stringify(packFigureData(many)).length).toBeLessThan(JSON.stringify(many).length * 0.6);
  });

  it('refuses rows whose columns differ, naming the row', () => {
    expect(() => packFigureData(data)).toThrow(/figure row 12 has the columns .*derived_method, not /);
  });
});
