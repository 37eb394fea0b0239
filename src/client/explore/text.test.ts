import { describe, expect, it } from 'vitest';
import { exploreText } from './text.ts';

describe('exploreText', () => {
  it('reads the explore page’s words from the one dictionary, in each language', () => {
    const vi = exploreText('vi');
    const en = exploreText('en');
    expect(vi.run).toBe('Chạy');
    expect(en.run).toBe('Run');
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(Object.keys(vi).length).toBeGreaterThan(40);
    expect(Object.keys(vi).every((k) => !k.includes('.'))).toBe(true);
  });
});
