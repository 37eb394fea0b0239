/**
 * Every province name in the real third-party exports under ../shared/real must resolve, with
 * the vintage each file uses, to the code the file states. The files are read by path only.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseAliases, parseCrosswalk, parseUnits, rowsOrThrow } from '../../src/lib/geo/reference-rows.ts';
import { createResolver, type Resolution } from '../../src/lib/geo/resolve.ts';
import type { Vintage } from '../../src/lib/types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const REAL = path.resolve(root, '../shared/real');
const present = existsSync(REAL);
if (!present) console.warn(`skipping real-data resolver tests: ${REAL} is absent (fresh clone without ../shared)`);

const read = (p: string): string => readFileSync(path.join(root, p), 'utf8');
const units = rowsOrThrow(parseUnits(read('data/geo/units.csv')), 'units.csv');
const resolver = createResolver(
  units,
  rowsOrThrow(parseAliases(read('data/geo/aliases.csv')), 'aliases.csv'),
  rowsOrThrow(parseCrosswalk(read('data/geo/crosswalk.csv')), 'crosswalk.csv'),
);

function csv(file: string): Record<string, string>[] {
  const text = readFileSync(path.join(REAL, file), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** "VN34 52" or the failure reason and message, so a failing name shows why. */
function outcome(r: Resolution): string {
  return r.ok ? `${r.vintage} ${r.code}` : `${r.reason}: ${r.message}`;
}

function expectResolves(name: string, vintage: Vintage, code: string | null, where: string): void {
  const got = outcome(resolver.resolve(name, { vintage }));
  if (code === null) expect(got, `${where}: ${name}`).toMatch(new RegExp(`^${vintage} \\d{2}$`));
  else expect(got, `${where}: ${name}`).toBe(`${vintage} ${code}`);
}

describe.skipIf(!present)('resolver on real exports (../shared/real)', () => {
  it('PAPI codebook: P01..P63 follow the 63 statistics-office codes in order', () => {
    const rows = csv('papi/data_codebook_codebook_provinces.csv');
    const codes = units.filter((u) => u.vintage === 'VN63').map((u) => u.code).sort();
    expect(rows).toHaveLength(63);
    for (const r of rows) {
      const i = Number(/^P(\d{2})$/.exec(r.Variable_Code ?? '')?.[1]) - 1;
      expectResolves(r.Variable_Name ?? '', 'VN63', codes[i] ?? 'missing', `papi ${r.Variable_Code}`);
    }
  });

  it('admin provinces_63: Vietnamese and English names give the stated code', () => {
    const rows = csv('admin/provinces_63.csv');
    expect(rows).toHaveLength(63);
    for (const r of rows) {
      expectResolves(r.name_vi ?? '', 'VN63', r.code ?? '', 'provinces_63');
      expectResolves(r.name_en ?? '', 'VN63', r.code ?? '', 'provinces_63');
    }
  });

  it('admin provinces_34: names and every listed alias give the stated code', () => {
    const rows = csv('admin/provinces_34.csv');
    expect(rows).toHaveLength(34);
    for (const r of rows) {
      const names = [r.name_vi ?? '', r.name_en ?? '', ...(r.aliases ?? '').split('|').filter((a) => a !== '')];
      for (const n of names) expectResolves(n, 'VN34', r.code ?? '', 'provinces_34');
    }
  });

  it('NSO 2024 tables of both vintages', () => {
    const files = readdirSync(path.join(REAL, 'nso')).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) {
      const rows = csv(`nso/${f}`);
      const vintage: Vintage = rows.length === 63 ? 'VN63' : rows.length === 34 ? 'VN34' : (() => { throw new Error(`unexpected row count in ${f}: ${rows.length}`); })();
      for (const r of rows) {
        expectResolves(r.name_vi ?? '', vintage, r.code ?? '', f);
        expectResolves(r.name_en ?? '', vintage, r.code ?? '', f);
      }
    }
  });

  it('Decision 766 exports (October 2025): every agency name "UBND tỉnh …" is one of the 34 units', () => {
    for (const f of ['dvc766/bao_cao_T10_2025/00__i_m_n_m.csv', 'dvc766/bao_cao_T10_2025/01__i_m_th_ng.csv']) {
      const rows = csv(f);
      expect(rows, f).toHaveLength(34);
      const codes = new Set<string>();
      for (const r of rows) {
        const res = resolver.resolve(r.TEN ?? '', { vintage: 'VN34' });
        expect(outcome(res), `${f}: ${r.TEN}`).toMatch(/^VN34 \d{2}$/);
        if (res.ok) codes.add(res.code);
        // The two name columns agree on the unit.
        expect(outcome(resolver.resolve(r.TEN_COQUAN ?? '', { vintage: 'VN34' }))).toBe(outcome(res));
      }
      // 34 rows, 34 different units: no two agencies collapse onto one province.
      expect(codes.size, f).toBe(34);
    }
  });
});
