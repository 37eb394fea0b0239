import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Vintage } from '../types.ts';
import { aliases, crosswalk, read, resolver, units } from './real-reference.test-helpers.ts';
import { createResolver, hintVintage, type Resolution } from './resolve.ts';

interface Spelling {
  input: string;
  vintage: string;
  date: string;
  expected: string;
  note: string;
}
const spellings = Papa.parse<Spelling>(read('test/fixtures/spellings.csv'), { header: true, skipEmptyLines: false })
  .data.filter((r) => r.expected !== undefined);

/** "VN63 01" for a unit, the reason otherwise: the fixture's notation. */
function outcome(r: Resolution): string {
  return r.ok ? `${r.vintage} ${r.code}` : r.reason;
}

describe('resolve: spellings fixture', () => {
  it('holds at least 200 spellings, with the hard cases in it', () => {
    expect(spellings.length).toBeGreaterThanOrEqual(200);
    const inputs = spellings.map((s) => s.input);
    // The fixture must keep its raw forms: an editor that normalises Unicode would defeat it.
    expect(inputs.some((s) => s !== s.normalize('NFC'))).toBe(true);
    expect(inputs.some((s) => s.includes('\u00A0'))).toBe(true);
    expect(inputs.some((s) => s.includes('\u2013'))).toBe(true);
    expect(inputs).toContain('');
  });

  it.each(spellings.map((s) => [JSON.stringify(s.input), s.vintage || '-', s.date || '-', s.expected, s] as const))(
    '%s vintage %s date %s → %s',
    (_label, _v, _d, expected, s) => {
      const hint = { ...(s.vintage ? { vintage: s.vintage as Vintage } : {}), ...(s.date ? { date: s.date } : {}) };
      expect(outcome(resolver.resolve(s.input, hint))).toBe(expected);
    },
  );
});

describe('resolve: outcomes in detail', () => {
  it('returns the canonical name of the unit, not the spelling', () => {
    expect(resolver.resolve('TP.HCM', { vintage: 'VN34' })).toEqual({ ok: true, vintage: 'VN34', code: '79', name: 'Thành phố Hồ Chí Minh' });
    expect(resolver.resolve('TT Huế', { vintage: 'VN34' })).toEqual({ ok: true, vintage: 'VN34', code: '46', name: 'Huế' });
  });

  it('lists both units of an ambiguous name', () => {
    const r = resolver.resolve('Gia Lai');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.candidates.map((c) => `${c.vintage} ${c.code}`).sort()).toEqual(['VN34 52', 'VN63 64']);
    expect(r.message).toContain('Gia Lai');
  });

  it('names the absorbing VN34 unit of a VN63 name used after the merger', () => {
    const r = resolver.resolve('Bình Định', { date: '2025-09-01' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('abolished');
    expect(r.candidates).toEqual([
      { vintage: 'VN63', code: '52', name: 'Bình Định' },
      { vintage: 'VN34', code: '52', name: 'Gia Lai' },
    ]);
  });

  it('reports the country as a total with geo VN of the hinted vintage', () => {
    const r = resolver.resolve('Việt Nam', { vintage: 'VN34' });
    expect(r).toMatchObject({ ok: false, reason: 'total', candidates: [{ vintage: 'VN34', code: 'VN' }] });
  });

  it('points Hà Tây at Hà Nội without resolving to it', () => {
    const r = resolver.resolve('Hà Tây');
    expect(r).toMatchObject({ ok: false, reason: 'abolished', candidates: [{ vintage: 'VN63', code: '01' }] });
  });

  it('offers did-you-mean candidates for an unknown name', () => {
    // A tone slip is absorbed by diacritic stripping; a letter slip is not.
    expect(outcome(resolver.resolve('Quảng Ngải', { vintage: 'VN63' }))).toBe('VN63 51');
    const r2 = resolver.resolve('Quang Nhai');
    expect(r2.ok).toBe(false);
    if (r2.ok) return;
    expect(r2.reason).toBe('unknown');
    expect(r2.message).toMatch(/did you mean Quảng Ngãi/);
    expect(r2.candidates[0]?.name).toBe('Quảng Ngãi');
  });

  it('treats every unchanged unit as VN63 without a hint, and only those', () => {
    const members = new Map<string, string[]>();
    for (const c of crosswalk) members.set(c.vn34_code, [...(members.get(c.vn34_code) ?? []), c.vn63_code]);
    for (const u of units.filter((x) => x.vintage === 'VN34')) {
      const same = members.get(u.code)?.join() === u.code;
      expect(outcome(resolver.resolve(u.name_vi)), u.name_vi).toBe(same ? `VN63 ${u.code}` : 'ambiguous');
    }
  });

  it('without a crosswalk, every name of both vintages is ambiguous', () => {
    const bare = createResolver(units, aliases);
    expect(outcome(bare.resolve('Cao Bằng'))).toBe('ambiguous');
    expect(outcome(bare.resolve('Cao Bằng', { vintage: 'VN34' }))).toBe('VN34 04');
    expect(outcome(bare.resolve('Long An'))).toBe('VN63 80');
  });
});

describe('hints', () => {
  it('picks the vintage by date around 2025-07-01', () => {
    expect(hintVintage({ date: '2025-06-30' })).toBe('VN63');
    expect(hintVintage({ date: '2025-07-01' })).toBe('VN34');
    expect(hintVintage({})).toBeNull();
    expect(hintVintage(undefined)).toBeNull();
  });

  it('throws on a malformed date or a contradiction', () => {
    expect(() => resolver.resolve('Hà Nội', { date: '2025-7-1' })).toThrow('invalid hint date: 2025-7-1');
    expect(() => resolver.resolve('Hà Nội', { vintage: 'VN63', date: '2025-08-01' })).toThrow(/contradicts/);
  });
});

describe('suggest', () => {
  it('ranks the nearest names first, one entry per unit', () => {
    const s = resolver.suggest('Ha Nam', 3);
    expect(s[0]).toMatchObject({ vintage: 'VN63', code: '35', name: 'Hà Nam', score: 1 });
    expect(new Set(s.map((x) => `${x.vintage}${x.code}`)).size).toBe(s.length);
    for (let i = 1; i < s.length; i += 1) expect(s[i - 1]!.score).toBeGreaterThanOrEqual(s[i]!.score);
  });

  it('returns nothing for an empty name', () => {
    expect(resolver.suggest('  ')).toEqual([]);
  });
});

describe('createResolver', () => {
  it('throws when an alias names a unit that does not exist', () => {
    expect(() => createResolver(units, [{ alias: 'X', kind: 'unit', vintage: 'VN34', code: '02', note: '' }])).toThrow(
      'alias X names unknown unit VN34 02',
    );
  });

  it('no spelling names two units of the same vintage, nor a unit and a non-unit', () => {
    for (const v of ['VN63', 'VN34'] as const) {
      for (const a of aliases) {
        const r = resolver.resolve(a.alias, { vintage: v });
        if (a.kind !== 'unit') expect(r.ok, a.alias).toBe(false);
        if (!r.ok) expect(r.reason, `${a.alias} ${v}`).not.toBe('ambiguous');
      }
    }
  });
});
