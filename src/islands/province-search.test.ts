import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Vintage } from '../lib/types.ts';
import { abolishedMatch, searchIndex, searchProvinces } from './province-search.ts';

// the project's own reference tables (not third-party data)
function csv(file: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(resolve(import.meta.dirname, '../../data/geo', file), 'utf8').trim().split('\n');
  const cols = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
}
const units = csv('units.csv').filter((u) => u.vintage !== 'VN').map((u) => ({ vintage: u.vintage as Vintage, code: u.code, name_vi: u.name_vi, name_en: u.name_en }));
const aliases = csv('aliases.csv').filter((a) => a.kind === 'unit').map((a) => ({ alias: a.alias, vintage: a.vintage, code: a.code }));
const index = searchIndex(units, aliases, 'vi');
const first = (q: string): string => {
  const hit = searchProvinces(index, q)[0];
  return hit ? `${hit.vintage}-${hit.code}` : '';
};

describe('searchProvinces', () => {
  it('finds provinces without diacritics, by abbreviation and by partial names', () => {
    expect(first('ha noi')).toBe('VN63-01');
    expect(first('hcm')).toBe('VN63-79');
    expect(first('dak lak')).toBe('VN63-66');
    expect(first('Đắk Lắk')).toBe('VN63-66');
    expect(first('tra vinh')).toBe('VN63-84');
  });
  it('offers both vintages of a province that kept its name', () => {
    const hits = searchProvinces(index, 'ha noi').map((h) => `${h.vintage}-${h.code}`);
    expect(hits).toContain('VN34-01');
  });
  it('keeps Hà Nam apart from Hà Nội and finds nothing for nonsense', () => {
    expect(searchProvinces(index, 'ha noi').some((h) => h.code === '35')).toBe(false);
    expect(searchProvinces(index, 'zzzz')).toEqual([]);
    expect(searchProvinces(index, '   ')).toEqual([]);
  });
});

describe('abolishedMatch', () => {
  const all = Papa.parse<Record<string, string>>(readFileSync(resolve(import.meta.dirname, '../../data/geo/aliases.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data.map((a) => ({ alias: a.alias, kind: a.kind, vintage: a.vintage, code: a.code, note: a.note }));
  it('explains that Hà Tây joined Hà Nội, from aliases.csv', () => {
    const hit = abolishedMatch(all, 'ha tay');
    expect(hit?.code).toBe('01');
    expect(hit?.vintage).toBe('VN63');
    expect(hit?.note).toMatch(/Hà Nội/);
    expect(abolishedMatch(all, 'Hà Tây')?.code).toBe('01');
  });
  it('says nothing for a living province or a short query', () => {
    expect(abolishedMatch(all, 'ha noi')).toBeNull();
    expect(abolishedMatch(all, 'ha')).toBeNull();
  });
});
