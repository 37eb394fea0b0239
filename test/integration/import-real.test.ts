/**
 * The importer on real published exports (../shared/real, by path only; skipped when absent).
 * Imports go into temporary data directories, never into the repository's data/.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XLSX } from '../../src/data/import/sheetjs.ts';
import { makeDataDir, REPO } from '../fixtures/import/generate.ts';
import { runImport } from '../../src/data/import/index.ts';
import { parseCsv } from '../../src/lib/csv/read.ts';

const REAL = resolve(REPO, '../shared/real');
if (!existsSync(REAL)) console.warn(`import-real: ${REAL} is absent; real-data import tests skipped`);

function withSource(id: string): string {
  const data = makeDataDir();
  appendFileSync(join(data, 'sources.csv'), `${id},Integration test,Real export used by path in a test,,,table,date unknown: test only,date unknown: test only\n`);
  return data;
}

function rowsOf(data: string, name: string): string[][] {
  return parseCsv(readFileSync(join(data, 'observations', `${name}.csv`), 'utf8'), name).rows.map((r) => r.fields);
}

describe.skipIf(!existsSync(REAL))('real PAPI tables 2018–2024', () => {
  const units = readFileSync(join(REPO, 'data/geo/units.csv'), 'utf8').split('\n').filter((l) => l.startsWith('VN63,')).map((l) => l.split(',')[1]!).sort();
  for (let year = 2018; year <= 2024; year++) {
    it(`imports the E-Governance sub-dimensions of ${year}, each equal to its cell, and again with no change`, async () => {
      const file = join(REAL, 'papi', `data_csv_${year}.csv`);
      const data = withSource('papi-real');
      const req = { file, dataDir: data, source: 'papi-real', addIndicators: true, name: 'papi' };
      const first = await runImport(req);
      expect(first.profile).toBe('papi');
      const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
      const header = lines[0]!.split(',');
      const expected = new Map<string, number>();
      for (const line of lines.slice(1)) {
        const f = line.split(',');
        const code = units[Number(f[0]!.slice(1)) - 1]!;
        (['SC81', 'SC82', 'SC83'] as const).forEach((sc, k) => {
          const cell = f[header.indexOf(sc)] ?? '';
          const id = ['papi_egov_portal_access', 'papi_internet_access', 'papi_e_responsiveness'][k]!;
          if (cell !== '') expected.set(`${id} ${code}`, Number(cell));
        });
      }
      const got = new Map(rowsOf(data, 'papi').map((f) => [`${f[0]} ${f[2]}`, Number(f[6])]));
      expect(got).toEqual(expected);
      expect(expected.size).toBeGreaterThan(100);
      const second = await runImport(req);
      expect([second.written, second.diff.unchanged, second.diff.added, second.diff.changed]).toEqual([false, expected.size, 0, 0]);
    });
  }
});

describe.skipIf(!existsSync(REAL))('real Decision 766 exports', () => {
  const columns: Record<string, string> = {
    CKMB: 'dvc766_publicity', TDGQ: 'dvc766_progress', CLGQ: 'dvc766_online_provision', TTTT: 'dvc766_online_payment',
    MDHL: 'dvc766_satisfaction', MDSH: 'dvc766_digitisation', TONG_SCORE: 'dvc766_total',
  };
  for (const name of ['bao_cao_T10_2025.xlsx', 'bao_cao_thang_10_2025.xlsx']) {
    it(`imports 34 provinces × six components and the total from ${name}, each equal to its cell, twice`, async () => {
      const file = join(REAL, 'dvc766', name);
      const data = withSource('dvc766-real');
      const req = { file, dataDir: data, source: 'dvc766-real', addIndicators: true, period: '2025-10', name: 'dvc766' };
      const first = await runImport(req);
      expect(first.profile).toBe('dvc766');
      const rows = rowsOf(data, 'dvc766');
      expect(rows).toHaveLength(34 * 7);
      for (const id of Object.values(columns)) expect(new Set(rows.filter((r) => r[0] === id).map((r) => r[2])).size).toBe(34);
      expect(rows.every((r) => r[1] === 'VN34' && r[5] === '2025-10')).toBe(true);
      // Each value against the workbook's own cell, read independently.
      const sheetName = /thang_10/.test(name) ? 'Báo cáo 766' : 'Điểm tháng';
      const ws = XLSX.read(readFileSync(file)).Sheets[sheetName]!;
      const table = XLSX.utils.sheet_to_json<Record<string, string | number>>(ws, { raw: true });
      for (const r of table) {
        for (const [col, id] of Object.entries(columns)) {
          const hit = rows.find((x) => x[0] === id && x[11] === `${r.TEN}; ${col}: ${r[col]}`);
          expect(hit, `${r.TEN} ${col}`).toBeDefined();
          expect(Number(hit![6])).toBe(Number(r[col]));
        }
      }
      const second = await runImport(req);
      expect([second.written, second.diff.unchanged]).toEqual([false, 34 * 7]);
    });
  }
});

describe.skipIf(!existsSync(join(REAL, 'papi-official')))('the official PAPI 2011–2016 workbook through SheetJS CE (@e965/xlsx)', () => {
  it('reads all six yearly sheets, 63 provinces each, every cell equal to SheetJS raw value', async () => {
    const { readSheet } = await import('../../src/data/import/xlsx.ts');
    const file = join(REAL, 'papi-official', 'PAPI_2011-2016.xlsx');
    const bytes = readFileSync(file);
    const book = XLSX.read(bytes);
    expect(book.SheetNames).toEqual(['2011', '2012', '2013', '2014', '2015', '2016'].map((y) => `${y}_PAPI`));
    for (const sheet of book.SheetNames) {
      const { rows } = readSheet(bytes, file, sheet);
      const header = rows[0]!.cells;
      expect(rows.at(-1)?.cells[2]).toBe('Điểm cao nhất');
      expect(header.slice(0, 3)).toEqual(['tinhid', 'tentinh_eng', 'tentinh_vie']);
      // GSO province codes (1 … 96); 999 is the sheet's "highest score" line
      const provinces = rows.filter((r) => /^\d+$/.test(r.cells[0] ?? '') && Number(r.cells[0]) < 999);
      expect(new Set(provinces.map((r) => r.cells[0])).size, sheet).toBe(63);
      const raw = XLSX.utils.sheet_to_json<Record<string, string | number>>(book.Sheets[sheet]!, { raw: true });
      const column = header[3]!;
      for (const r of provinces) {
        const cell = raw.find((x) => String(x.tinhid) === r.cells[0]);
        expect(r.cells[3], `${sheet} ${r.cells[2]}`).toBe(String(cell?.[column] ?? ''));
      }
    }
  });
});
