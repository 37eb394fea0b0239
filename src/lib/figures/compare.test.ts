import { describe, expect, it } from 'vitest';
import { compareModel } from './compare.ts';
import { syntheticData } from './synthetic.test-helpers.ts';

const data = syntheticData();
const input = { indicators: [data.indicator], units: data.units, figures: data.figures };

describe('compareModel', () => {
  it('makes one strip per indicator and map, at the latest period a chosen province has', () => {
    const m = compareModel(input, [{ vintage: 'VN63', code: '01' }, { vintage: 'VN63', code: '03' }, { vintage: 'VN34', code: '02' }], 'vi');
    expect(m.strips.map((s) => [s.key, s.period])).toEqual([['test_share-VN63', '2022'], ['test_share-VN34', '2025']]);
    expect(m.strips[0].rows).toHaveLength(5);
    expect(m.strips[0].highlight).toEqual(['01', '03']);
    expect(m.strips[0].summary).toBe('Tỉnh 01: 60%; Tỉnh 03: 50%; trung vị cả nước: 50%');
    expect(m.strips[0].href).toBe('/chi-so/test_share/?indicator=test_share&vintage=VN63&period=2022&tab=map');
  });
  it('says plainly which chosen provinces have no figure, and links every pick', () => {
    const m = compareModel(input, [{ vintage: 'VN34', code: '03' }, { vintage: 'VN34', code: '01' }], 'en');
    expect(m.strips[0].missing).toBe('No data: New province 03');
    const none = compareModel(input, [{ vintage: 'VN34', code: '04' }], 'en');
    expect(none.strips).toEqual([]);
    expect(none.empty).toBe('No data: New province 04 (34 provinces)');
    expect(m.links.map((l) => l.href)).toEqual(['/en/provinces/vn34/03/', '/en/provinces/vn34/01/']);
  });
});
