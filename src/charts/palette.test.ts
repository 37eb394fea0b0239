import { describe, expect, it } from 'vitest';
import { BETTER, NEUTRAL, WORSE, better, medianColour, sequential } from './palette.ts';

// WCAG relative luminance, to prove the colours are visible on white
function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
const contrast = (a: string, b: string): number => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

describe('palette', () => {
  it('keeps the median colours at 3:1 against white', () => {
    for (const c of [BETTER, WORSE, NEUTRAL]) expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
  it('orders sequential colours from light (worst) to dark (best)', () => {
    const five = sequential(5, 'higher_better');
    expect(five).toHaveLength(5);
    for (let i = 1; i < five.length; i++) expect(luminance(five[i])).toBeLessThan(luminance(five[i - 1]));
    expect(new Set(sequential(7, 'neutral')).size).toBe(7);
    expect(() => sequential(0, 'neutral')).toThrow(/invalid bin count/);
  });
  it('reads better by direction: rank 1 beats rank 5, a higher rate beats a lower one', () => {
    expect(better(1, 5, 'lower_better')).toBe(true);
    expect(better(40, 60, 'higher_better')).toBe(false);
    expect(better(1, 2, 'neutral')).toBeNull();
    expect(medianColour(40, 50, 'higher_better')).toBe(WORSE);
    expect(medianColour(3, 10, 'lower_better')).toBe(BETTER);
    expect(medianColour(3, null, 'lower_better')).toBe(NEUTRAL);
  });
});
