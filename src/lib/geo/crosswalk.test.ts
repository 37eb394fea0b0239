import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCrosswalk, parseUnits, rowsOrThrow } from './reference-rows.ts';
import { normalizeName } from './normalize.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (p: string): string => readFileSync(path.join(root, p), 'utf8');
const units = rowsOrThrow(parseUnits(read('data/geo/units.csv')), 'units.csv');
const crosswalk = rowsOrThrow(parseCrosswalk(read('data/geo/crosswalk.csv')), 'crosswalk.csv');
const vn63 = units.filter((u) => u.vintage === 'VN63');
const vn34 = units.filter((u) => u.vintage === 'VN34');

function membersOf(): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const c of crosswalk) m.set(c.vn34_code, [...(m.get(c.vn34_code) ?? []), c.vn63_code]);
  return m;
}

describe('units.csv', () => {
  it('has 63 VN63 units, 34 VN34 units and the country', () => {
    expect(vn63).toHaveLength(63);
    expect(vn34).toHaveLength(34);
    expect(units.filter((u) => u.vintage === 'VN')).toEqual([
      { vintage: 'VN', code: 'VN', name_vi: 'Việt Nam', name_en: 'Viet Nam', type: 'country', iso3166_2: '', valid_from: '', valid_to: '' },
    ]);
    expect(units).toHaveLength(98);
  });

  it('keys units by (vintage, code) uniquely, with distinct names within a vintage', () => {
    for (const list of [vn63, vn34]) {
      expect(new Set(list.map((u) => u.code)).size).toBe(list.length);
      expect(new Set(list.map((u) => normalizeName(u.name_vi))).size).toBe(list.length);
      expect(new Set(list.map((u) => normalizeName(u.name_en))).size).toBe(list.length);
    }
  });

  it('gives ISO 3166-2 codes to VN63 only, all distinct', () => {
    expect(vn63.every((u) => /^VN-[0-9A-Z]{2}$/.test(u.iso3166_2))).toBe(true);
    expect(new Set(vn63.map((u) => u.iso3166_2)).size).toBe(63);
    expect(vn34.every((u) => u.iso3166_2 === '')).toBe(true);
  });

  it('dates the vintages 2008-08-01..2025-06-30 and from 2025-07-01', () => {
    expect(vn63.every((u) => u.valid_from === '2008-08-01' && u.valid_to === '2025-06-30')).toBe(true);
    expect(vn34.every((u) => u.valid_from === '2025-07-01' && u.valid_to === '')).toBe(true);
  });

  it('writes names in NFC without stray spaces', () => {
    for (const u of units) {
      expect(u.name_vi).toBe(u.name_vi.normalize('NFC'));
      expect(u.name_en).toMatch(/^[A-Za-z][A-Za-z -]*[a-z]$/);
    }
  });

  it('has five centrally-run cities in VN63 and six in VN34 (Huế)', () => {
    expect(vn63.filter((u) => u.type === 'city').map((u) => u.code)).toEqual(['01', '31', '48', '79', '92']);
    expect(vn34.filter((u) => u.type === 'city').map((u) => u.code)).toEqual(['01', '31', '46', '48', '79', '92']);
  });
});

describe('crosswalk.csv', () => {
  it('maps every VN63 code to exactly one VN34 unit, effective 2025-07-01', () => {
    expect(crosswalk).toHaveLength(63);
    expect(crosswalk.map((c) => c.vn63_code).sort()).toEqual(vn63.map((u) => u.code).sort());
    const vn34Codes = new Set(vn34.map((u) => u.code));
    expect(crosswalk.every((c) => vn34Codes.has(c.vn34_code))).toBe(true);
    expect(crosswalk.every((c) => c.effective === '2025-07-01')).toBe(true);
  });

  it('has 34 targets, 11 of them unchanged and 23 formed by merger', () => {
    const members = membersOf();
    expect(members.size).toBe(34);
    const single = [...members.values()].filter((m) => m.length === 1);
    expect(single).toHaveLength(11);
    expect([...members.values()].filter((m) => m.length > 1).reduce((n, m) => n + m.length, 0)).toBe(52);
  });

  it('gives each VN34 unit the code of one of its members, named after one of them (Huế after Thừa Thiên Huế)', () => {
    const byCode = new Map(vn63.map((u) => [u.code, u]));
    for (const [code, members] of membersOf()) {
      expect(members, code).toContain(code);
      const unit = vn34.find((u) => u.code === code);
      const names = members.map((m) => byCode.get(m)?.name_vi);
      const name = unit?.name_vi === 'Huế' ? 'Thừa Thiên Huế' : unit?.name_vi;
      expect(names, code).toContain(name);
    }
  });

  it('holds the code traps of PROVINCES.md', () => {
    const to = new Map(crosswalk.map((c) => [c.vn63_code, c.vn34_code]));
    // 52 was Bình Định and is Gia Lai; 80 was Long An and is Tây Ninh.
    expect([to.get('52'), to.get('64')]).toEqual(['52', '52']);
    expect([to.get('72'), to.get('80')]).toEqual(['80', '80']);
    expect(vn34.find((u) => u.code === '52')?.name_vi).toBe('Gia Lai');
    expect(vn63.find((u) => u.code === '52')?.name_vi).toBe('Bình Định');
  });
});

// Cross-check against an independent third-party list, read by path only (never copied).
const REAL = path.resolve(root, '../shared/real/admin');
if (!existsSync(REAL)) console.warn(`skipping the cross-check with ${REAL}: folder absent`);

describe.skipIf(!existsSync(REAL))('cross-check with ../shared/real/admin', () => {
  const csv = (f: string): Record<string, string>[] =>
    Papa.parse<Record<string, string>>(readFileSync(path.join(REAL, f), 'utf8'), { header: true, skipEmptyLines: true }).data;

  it('agrees on VN63 codes, ISO codes and names', () => {
    const theirs = csv('provinces_63.csv');
    expect(theirs).toHaveLength(63);
    for (const t of theirs) {
      const ours = vn63.find((u) => u.code === t.code);
      expect(ours, t.code).toBeDefined();
      expect(ours?.iso3166_2).toBe(t.iso);
      expect(normalizeName(ours?.name_vi ?? '')).toBe(normalizeName(t.name_vi ?? ''));
      expect(normalizeName(ours?.name_en ?? '')).toBe(normalizeName(t.name_en ?? ''));
    }
  });

  it('agrees on VN34 codes, names and membership', () => {
    const theirs = csv('provinces_34.csv');
    const members = membersOf();
    expect(theirs).toHaveLength(34);
    for (const t of theirs) {
      const ours = vn34.find((u) => u.code === t.code);
      expect(normalizeName(ours?.name_vi ?? ''), t.code).toBe(normalizeName(t.name_vi ?? ''));
      expect(members.get(t.code ?? '')?.join('+'), t.code).toBe(t.members);
    }
  });
});
