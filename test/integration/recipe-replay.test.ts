/**
 * The import recipe (data/imports.csv) replayed into a temporary copy of data/ with every imported
 * file removed: data/ must come out byte for byte identical, and every imported figure must equal
 * its cell in ../shared/real, read here independently (PAPI's CSV; the Decision 766 sheets through
 * the repository's plain CSV conversions of them). Skipped, saying so, when ../shared/real is absent.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv/read.ts';
import { readRecipe, replayRecipe } from '../../src/data/import/recipe.ts';

const REPO = resolve(import.meta.dirname, '../..');
const REAL = resolve(REPO, '../shared/real');
if (!existsSync(REAL)) console.warn(`recipe-replay: ${REAL} is absent; the recipe replay and the cell-by-cell comparison are skipped`);

const csvRows = (path: string): Record<string, string>[] => {
  const t = parseCsv(readFileSync(path, 'utf8'), path);
  return t.rows.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r.fields[i] ?? ''])));
};
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

const PAPI: Record<string, string> = { SC81: 'papi_egov_portal_access', SC82: 'papi_internet_access', SC83: 'papi_e_responsiveness' };
const D766: Record<string, string> = {
  CKMB: 'dvc766_publicity', TDGQ: 'dvc766_progress', CLGQ: 'dvc766_online_provision', TTTT: 'dvc766_online_payment',
  MDHL: 'dvc766_satisfaction', MDSH: 'dvc766_digitisation', TONG_SCORE: 'dvc766_total',
};
/** The CSV conversion of each sheet of bao_cao_T10_2025.xlsx (see ../shared/real/README.md). */
const SHEET_CSV: Record<string, string> = {
  'Điểm năm': '00__i_m_n_m.csv', 'Điểm tháng': '01__i_m_th_ng.csv', 'Xu hướng tháng': '02_Xu_h_ng_th_ng.csv',
  'Xu hướng quý': '03_Xu_h_ng_qu_.csv', 'Sở Ban': '04_S_Ban.csv', 'Xã Phường': '05_X_Ph_ng.csv',
};

describe.skipIf(!existsSync(REAL))('the import recipe', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'recipe-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('replayed into a copy of data/ without the imported files, gives data/ back byte for byte', async () => {
    const copy = join(tmp, 'data');
    cpSync(join(REPO, 'data'), copy, { recursive: true });
    const recipe = await readRecipe(join(copy, 'imports.csv'));
    expect(recipe.length).toBeGreaterThanOrEqual(13);
    for (const l of recipe) rmSync(join(copy, 'observations', `${l.name}.csv`), { force: true });
    const done = await replayRecipe({ root: REPO, dataDir: copy, displayRoot: 'copy' });
    expect(done.every((d) => d.report.written)).toBe(true);
    const want = files(join(REPO, 'data')).map((f) => relative(join(REPO, 'data'), f)).sort();
    expect(files(copy).map((f) => relative(copy, f)).sort()).toEqual(want);
    for (const f of want) expect(readFileSync(join(copy, f)).equals(readFileSync(join(REPO, 'data', f))), f).toBe(true);
  });

  it('every imported figure equals its cell in ../shared/real, and every cell is imported', async () => {
    const recipe = await readRecipe(join(REPO, 'data/imports.csv'));
    const vn63 = readFileSync(join(REPO, 'data/geo/units.csv'), 'utf8').split('\n').filter((l) => l.startsWith('VN63,')).map((l) => l.split(',')[1]!).sort();
    const vn34 = new Map(csvRows(join(REPO, 'data/geo/units.csv')).filter((u) => u.vintage === 'VN34').map((u) => [u.name_vi!.replace(/^Thành phố /, ''), u.code!]));
    let cells = 0;
    for (const l of recipe) {
      const got = new Map(csvRows(join(REPO, 'data/observations', `${l.name}.csv`)).map((r) => [`${r.indicator}|${r.geo}|${r.subunit}|${r.period}|${r.breakdown}`, Number(r.value)]));
      const want = new Map<string, number>();
      if (l.profile === 'papi') {
        const year = /20\d\d/.exec(l.file)![0];
        for (const r of csvRows(join(REPO, l.file))) {
          for (const [sc, id] of Object.entries(PAPI)) if (r[sc] !== '') want.set(`${id}|${vn63[Number(r.Province!.slice(1)) - 1]}||${year}|`, Number(r[sc]));
        }
      } else {
        const sheet = csvRows(join(REAL, 'dvc766/bao_cao_T10_2025', SHEET_CSV[l.sheet]!));
        const ytd = l.sheet === 'Điểm năm' ? 'year_to_date' : '';
        for (const r of sheet) {
          if (l.profile === 'dvc766-trend') {
            const period = r.month !== undefined ? `${r.year}-${r.month!.padStart(2, '0')}` : `${r.year}-Q${r.quarter}`;
            want.set(`dvc766_trend_score|VN||${period}|`, Number(r.score));
            continue;
          }
          const province = /(?:tỉnh|[Tt]hành phố) ([^-]+)$/.exec(r.TEN!)![1]!.trim();
          const geo = vn34.get(province);
          expect(geo, r.TEN).toBeDefined();
          const subunit = l.profile === 'dvc766-subunits' ? r.TEN!.normalize('NFC') : '';
          for (const [c, id] of Object.entries(D766)) want.set(`${id}|${geo}|${subunit}|2025-10|${ytd}`, Number(r[c]));
        }
      }
      expect(got, l.name).toEqual(want);
      cells += want.size;
    }
    // PAPI 2018–2024: 1,236 filled cells; Decision 766: 34×7×2 + 3 + 4 + 15×7 + 102×7.
    expect(cells).toBe(1236 + 476 + 7 + 105 + 714);
  });
});
