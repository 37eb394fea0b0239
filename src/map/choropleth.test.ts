import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDocument } from '../charts/fixtures.ts';
import { seeded } from '../lib/random.ts';
import { checkSnapshot } from '../charts/test-snapshot.ts';
import { featuresFor, islandFeatures, type MapTopology } from '../lib/geo/topology.ts';
import { formatValue } from '../lib/format/value.ts';
import { choropleth, provinceLabel, type MapValue } from './choropleth.ts';

const topology = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/geo/vietnam.topo.json'), 'utf8')) as MapTopology;

// synthetic values for every other province; the rest stay "no data"
function values(codes: string[], seed: number, derivedEvery = 0): Map<string, MapValue> {
  const rand = seeded(seed);
  const out = new Map<string, MapValue>();
  codes.forEach((code, i) => {
    if (i % 2 === 1) return;
    out.set(code, { value: Math.round(rand() * 1000) / 10, qualifier: i === 4 ? 'at_least' : '', derived: derivedEvery > 0 && i % derivedEvery === 0 });
  });
  return out;
}

for (const vintage of ['VN63', 'VN34'] as const) {
  describe(`choropleth ${vintage}`, () => {
    const provinces = featuresFor(topology, vintage);
    const codes = provinces.features.map((f) => String(f.id)).sort();
    const names = new Map(provinces.features.map((f) => [String(f.id), f.properties.name]));
    const vals = values(codes, vintage === 'VN63' ? 5 : 6, vintage === 'VN34' ? 3 : 0);
    const svg = choropleth(provinces, islandFeatures(topology), vals, {
      document: testDocument(), lang: 'vi', vintage, unit: 'percent', direction: 'higher_better', names,
      href: (code) => `/tinh/${vintage.toLowerCase()}/${code}/`, title: 'Bản đồ thử', idPrefix: `m${vintage}`,
    });
    const paths = [...svg.querySelectorAll('path[data-code]')];

    it(`draws ${vintage === 'VN63' ? 63 : 34} provinces with data attributes, labels and tabindex`, () => {
      expect(paths).toHaveLength(vintage === 'VN63' ? 63 : 34);
      for (const p of paths) {
        const code = p.getAttribute('data-code') ?? '';
        const v = vals.get(code);
        expect(p.getAttribute('data-vintage')).toBe(vintage);
        expect(p.getAttribute('data-value')).toBe(v ? String(v.value) : '');
        expect(p.getAttribute('tabindex')).toBe(code === '01' ? '0' : '-1');
        expect(p.getAttribute('aria-label')).toBe(provinceLabel(names.get(code) ?? '', v, 'percent', 'vi'));
        expect(p.getAttribute('data-href')).toBe(`/tinh/${vintage.toLowerCase()}/${code}/`);
      }
      // one province in the tab order (roving tabindex); no source id anywhere in the drawing
      expect(paths.filter((p) => p.getAttribute('tabindex') === '0')).toHaveLength(1);
      expect(svg.outerHTML).not.toContain('data-source');
    });

    it('fills missing provinces with the hatch, never a colour of the scale', () => {
      const missing = paths.filter((p) => !vals.has(p.getAttribute('data-code') ?? ''));
      expect(missing.length).toBeGreaterThan(0);
      for (const p of missing) expect(p.getAttribute('fill')).toBe(`url(#m${vintage}-nodata)`);
      for (const p of paths.filter((q) => vals.has(q.getAttribute('data-code') ?? ''))) expect(p.getAttribute('fill')).toMatch(/^#/);
      expect(svg.querySelector(`pattern#m${vintage}-nodata`)).not.toBeNull();
    });

    it('labels Hoàng Sa and Trường Sa and states the unit and qualifiers in the legend', () => {
      const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
      expect(texts.some((t) => t.includes('Hoàng Sa'))).toBe(true);
      expect(texts.some((t) => t.includes('Trường Sa'))).toBe(true);
      expect(texts.some((t) => t.includes('Chú giải') && t.includes('%'))).toBe(true);
      expect(texts).toContain('Không có số liệu');
      expect(texts.some((t) => t.startsWith('> = '))).toBe(true);
    });

    it('matches its snapshot', () => {
      const result = checkSnapshot(import.meta.dirname, `choropleth-${vintage}`, svg.outerHTML);
      expect(result.ok, result.message).toBe(true);
    });
  });
}

describe('provinceLabel', () => {
  it('says the value with its qualifier, derived, or no data', () => {
    expect(provinceLabel('Hà Nội', { value: 9000, qualifier: 'at_least', derived: false }, 'count', 'vi')).toBe(`Hà Nội: ${formatValue(9000, 'count', 'at_least', 'vi')}`);
    expect(provinceLabel('Huế', undefined, 'count', 'vi')).toBe('Huế: Không có số liệu');
    expect(provinceLabel('Gia Lai', { value: 50, qualifier: '', derived: true }, 'percent', 'en')).toBe('Gia Lai: 50% (derived)');
  });
});
