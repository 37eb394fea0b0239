import { describe, expect, it } from 'vitest';
import { indicatorPath, langOf, MOVED, path, provincePath, twinPath } from './routes.ts';

describe('routes', () => {
  it('puts Vietnamese at the root and English under /en/', () => {
    expect(path('home', 'vi')).toBe('/');
    expect(path('home', 'en')).toBe('/en/');
    expect(path('compare', 'vi')).toBe('/so-sanh/');
    expect(path('compare', 'en')).toBe('/en/compare/');
    expect(provincePath('vi', 'VN63', '01')).toBe('/tinh/vn63/01/');
    expect(provincePath('en', 'VN34', '79')).toBe('/en/provinces/vn34/79/');
    expect(indicatorPath('vi', 'dti_score')).toBe('/chi-so/dti_score/');
  });
  it('refuses path segments that would escape the route', () => {
    expect(() => path('indicators', 'vi', '../x')).toThrow(/invalid path segment/);
  });
  it('finds every page twin both ways, keeping the query', () => {
    expect(twinPath('/tinh/vn63/01/', 'en')).toBe('/en/provinces/vn63/01/');
    expect(twinPath('/en/provinces/vn63/01/', 'vi')).toBe('/tinh/vn63/01/');
    expect(twinPath('/so-sanh/?p=VN63-01,VN63-79', 'en')).toBe('/en/compare/?p=VN63-01,VN63-79');
    expect(twinPath('/', 'en')).toBe('/en/');
    expect(twinPath('/en/', 'vi')).toBe('/');
    expect(twinPath('/truy-van/', 'en')).toBe('/en/explore/');
    expect(twinPath('/en/explore/', 'vi')).toBe('/truy-van/');
    expect(twinPath('/nowhere/', 'en')).toBeNull();
  });
  it('sends each moved address to a page that exists', () => {
    for (const [from, to] of Object.entries(MOVED)) {
      expect(twinPath(from, 'vi'), from).toBeNull();
      expect(twinPath(to, 'en'), to).not.toBeNull();
    }
    expect(MOVED['/explore/']).toBe(path('explore', 'vi'));
  });
  it('tells the language of a path', () => {
    expect(langOf('/en/compare/')).toBe('en');
    expect(langOf('/en')).toBe('en');
    expect(langOf('/enigma/')).toBe('vi');
  });
});
