import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE, encode, makeDataDir, wideText, workbook } from '../../../test/fixtures/import/generate.ts';
import type { FileEncoding, WideOptions } from '../../../test/fixtures/import/generate.ts';
import { runImport } from './index.ts';
import type { ImportRequest } from './index.ts';
import { ImportFailure } from './problems.ts';
import { formatProblem } from '../check/problem.ts';

const MAP = ['Số A=test_count_a', 'Tỷ lệ B=test_share_b'];

function put(bytes: Buffer | string, name: string): { file: string; data: string } {
  const data = makeDataDir();
  const file = join(dirname(data), name);
  writeFileSync(file, bytes);
  return { file, data };
}

async function importIt(bytes: Buffer | string, name: string, extra: Partial<ImportRequest> = {}): Promise<{ values: Map<string, string>; data: string; file: string }> {
  const { file, data } = put(bytes, name);
  const report = await runImport({ file, dataDir: data, profile: 'wide-indicators', period: '2023', indicators: MAP, source: 'test-source', ...extra });
  expect(report.written).toBe(true);
  const text = readFileSync(join(data, 'observations', readdirSync(join(data, 'observations'))[0]!), 'utf8');
  const values = new Map<string, string>();
  for (const line of text.trim().split('\n').slice(1)) {
    const f = line.split(',');
    values.set(`${f[0]} ${f[2]}`, f[6]!);
  }
  return { values, data, file };
}

async function problemsOf(bytes: Buffer | string, name: string, extra: Partial<ImportRequest> = {}): Promise<string[]> {
  const { file, data } = put(bytes, name);
  try {
    await runImport({ file, dataDir: data, profile: 'wide-indicators', period: '2023', indicators: MAP, source: 'test-source', ...extra });
  } catch (e) {
    if (e instanceof ImportFailure) return e.problems.map(formatProblem);
    throw e;
  }
  return [];
}

function expectSample(values: Map<string, string>): void {
  expect(values.size).toBe(SAMPLE.length * 2);
  for (const s of SAMPLE) {
    expect(values.get(`test_count_a ${s.code}`)).toBe(String(s.a));
    expect(values.get(`test_share_b ${s.code}`)).toBe(String(s.b));
  }
}

describe('encodings', () => {
  const cases: FileEncoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16le-nobom', 'utf-16be', 'windows-1258', 'tcvn3', 'vni'];
  for (const enc of cases) {
    it(`reads ${enc}`, async () => {
      const { values } = await importIt(encode(wideText(), enc), `t-${enc}.csv`);
      expectSample(values);
    });
  }

  it('says which encoding it detected', async () => {
    const { file, data } = put(encode(wideText(), 'tcvn3'), 'abc.csv');
    const r = await runImport({ file, dataDir: data, profile: 'wide-indicators', period: '2023', indicators: MAP, source: 'test-source', dryRun: true });
    expect(r.notes).toContain('encoding: TCVN3 (ABC) detected, converted to Unicode');
  });

  it('converts TCVN3 letters stored as UTF-8', async () => {
    const legacyInUtf8 = Buffer.from(encode(wideText(), 'tcvn3').toString('latin1'), 'utf8');
    const { values } = await importIt(legacyInUtf8, 'abc-utf8.csv');
    expectSample(values);
  });
});

describe('delimiters, line ends, quoting', () => {
  const opts: [string, WideOptions][] = [
    ['comma LF', { delimiter: ',', lineEnd: '\n' }],
    ['semicolon CRLF', { delimiter: ';', lineEnd: '\r\n' }],
    ['tab CR', { delimiter: '\t', lineEnd: '\r' }],
    ['comma CRLF all quoted', { delimiter: ',', lineEnd: '\r\n', quoteAll: true }],
    ['tab UTF-16 (Excel "Unicode text")', { delimiter: '\t', lineEnd: '\r\n' }],
  ];
  for (const [label, o] of opts) {
    it(`reads ${label}`, async () => {
      const enc = label.includes('UTF-16') ? 'utf-16le' : 'utf-8';
      const { values } = await importIt(encode(wideText(o), enc), 'd.csv');
      expectSample(values);
    });
  }
});

describe('header shapes and skipped rows', () => {
  it('skips title lines, repeated headers and footnotes, and reports them', async () => {
    const { file, data } = put(
      wideText({ titleLines: ['BẢNG 1. SỐ LIỆU THỬ', 'Đơn vị: điểm'], repeatHeaderAfter: 2, footnotes: ['Ghi chú: số liệu tổng hợp', '(1) Sơ bộ'] }),
      'h.csv',
    );
    const r = await runImport({ file, dataDir: data, profile: 'wide-indicators', period: '2023', indicators: MAP, source: 'test-source' });
    expect(r.rows).toBe(12);
    expect(r.skipped.map((s) => `${s.line}: ${s.why}`)).toEqual([
      '1: title line "BẢNG 1. SỐ LIỆU THỬ"',
      '2: title line "Đơn vị: điểm"',
      '7: repeated header row',
      '11: footnote "Ghi chú: số liệu tổng hợp"',
      '12: footnote "(1) Sơ bộ"',
    ]);
  });

  it('reads a PX-Web export: title, ";", periods above measures, region and total rows, footnote', async () => {
    const text = wideText({
      delimiter: ';', lineEnd: '\r\n', quoteAll: true, twoRowHeader: true, titleLines: ['Số liệu thử theo địa phương'],
      extraRows: [['CẢ NƯỚC', '1.000', '50'], ['Đồng bằng sông Hồng', '500', '40']], footnotes: ['Nguồn: dữ liệu tổng hợp'],
    });
    const { file, data } = put(encode(text, 'utf-8-bom'), 'px.csv');
    const r = await runImport({ file, dataDir: data, indicators: MAP, source: 'test-source' });
    expect(r.profile).toBe('pxweb');
    expect(r.rows).toBe(12);
    expect(r.skipped.map((s) => `${s.line}: ${s.why}`)).toEqual([
      '1: title line "Số liệu thử theo địa phương"',
      '5: total row "CẢ NƯỚC" (not a province)',
      '6: region row "Đồng bằng sông Hồng" (not a province)',
      '12: footnote "Nguồn: dữ liệu tổng hợp"',
    ]);
    const out = readFileSync(join(data, 'observations', 'pxweb-px.csv'), 'utf8');
    expect(out).toContain('test_count_a,VN63,01,,,2023,1234.5,,,,test-source,"Hà Nội; 2023 | Số A: 1.234,5","nhập: px.csv dòng 4 cột 2 ô ""1.234,5""","import: px.csv row 4 col 2 raw ""1.234,5"""');
  });

  it('skips highest/lowest summary rows', async () => {
    const { file, data } = put(wideText({ extraRows: [['Cao nhất', '2.001,25', '91,2'], ['Thấp nhất', '7', '0,5']] }), 's.csv');
    const r = await runImport({ file, dataDir: data, profile: 'wide-indicators', period: '2023', indicators: MAP, source: 'test-source' });
    expect(r.rows).toBe(12);
    expect(r.skipped.map((s) => s.why)).toEqual(['summary row "Cao nhất" (not a province)', 'summary row "Thấp nhất" (not a province)']);
  });
});

describe('number formats', () => {
  it('reads English writing, detected', async () => {
    const { values } = await importIt(wideText({ locale: 'en' }), 'en.csv');
    expectSample(values);
  });

  it('reads Vietnamese writing given by --locale', async () => {
    const { values } = await importIt(wideText({ locale: 'vi' }), 'vi.csv', { locale: 'vi' });
    expectSample(values);
  });

  it('reports an ambiguous number instead of guessing', async () => {
    const text = 'Tỉnh,Số A\nHà Nội,1.706\nHải Phòng,15\n';
    expect(await problemsOf(text, 'amb.csv', { indicators: ['Số A=test_count_a'] })).toEqual([
      'amb.csv:2:2: ambiguous number "1.706": 1706 in Vietnamese writing, 1.706 in English; give a locale (column "Số A")',
    ]);
  });

  it('refuses a table that mixes both writings', async () => {
    const text = 'Tỉnh,Số A\nHà Nội,"1.234,5"\nHải Phòng,"1,234.5"\n';
    expect(await problemsOf(text, 'mix.csv', { indicators: ['Số A=test_count_a'] })).toEqual([
      'mix.csv:3:2: mixed number formats: "1.234,5" on line 2 is Vietnamese writing, "1,234.5" here is English writing; give --locale vi or --locale en',
    ]);
  });

  it('produces no row for missing-value markers', async () => {
    const text = 'Tỉnh,Số A\nHà Nội,..\nHải Phòng,-\nCao Bằng,n/a\nHà Giang,\nLào Cai,3\n';
    const { file, data } = put(text, 'miss.csv');
    const r = await runImport({ file, dataDir: data, profile: 'wide-indicators', period: '2023', indicators: ['Số A=test_count_a'], source: 'test-source' });
    expect([r.rows, r.missing]).toEqual([1, 4]);
  });
});

describe('workbooks', () => {
  it('reads the named sheet of an XLSX file', async () => {
    const { values } = await importIt(workbook('xlsx'), 'w.xlsx', { sheet: 'Số liệu 2023' });
    expectSample(values);
  });

  it('reads a sheet chosen by number, with numbers stored as text', async () => {
    const { values } = await importIt(workbook('xlsx', false), 'w.xlsx', { sheet: '2' });
    expectSample(values);
  });

  it('reads an old binary .xls', async () => {
    const { values } = await importIt(workbook('biff8'), 'w.xls', { sheet: '2' });
    expectSample(values);
  });

  it('names the sheets when the one asked for is missing', async () => {
    expect(await problemsOf(workbook('xlsx'), 'w.xlsx', { sheet: 'Sheet9' })).toEqual([
      'w.xlsx:1:1: no sheet "Sheet9"; the workbook has: 1 "Ghi chu", 2 "Số liệu 2023"',
    ]);
  });
});

describe('broken inputs', () => {
  it('a truncated file (inside a quoted field)', async () => {
    const text = wideText({ quoteAll: true });
    expect(await problemsOf(text.slice(0, text.length - 6), 'cut.csv')).toEqual([
      'cut.csv:7:3: file ends inside a quoted field that starts on line 7; the file looks truncated',
    ]);
  });

  it('a truncated UTF-16 file', async () => {
    const bytes = encode(wideText(), 'utf-16le');
    expect(await problemsOf(bytes.subarray(0, bytes.length - 1), 'cut16.csv')).toEqual([
      `cut16.csv:1:1: file ends in the middle of a UTF-16 character (${bytes.length - 1} bytes, an odd number); the file looks truncated`,
    ]);
  });

  it('a truncated workbook', async () => {
    const bytes = workbook('xlsx');
    const problems = await problemsOf(bytes.subarray(0, 400), 'cut.xlsx');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^cut\.xlsx:1:1: cannot read workbook: .*; the workbook may be damaged or truncated; save it again as \.xlsx$/);
  });

  it('the wrong encoding given', async () => {
    expect(await problemsOf(encode(wideText(), 'windows-1258'), 'w1258.csv', { encoding: 'utf-8' })).toEqual([
      'w1258.csv:1:1: not UTF-8 (byte 0xD2 at line 1, character 3) although --encoding utf-8 was given; leave out --encoding to detect the encoding',
    ]);
  });

  it('a column of text where numbers belong', async () => {
    const text = 'Tỉnh,Số A\nHà Nội,cao\nHải Phòng,thấp\n';
    expect(await problemsOf(text, 'txt.csv', { indicators: ['Số A=test_count_a'] })).toEqual([
      'txt.csv:2:2: not a number: "cao"; expected a number or a missing-value marker (.., -, n/a, empty) (column "Số A")',
      'txt.csv:3:2: not a number: "thấp"; expected a number or a missing-value marker (.., -, n/a, empty) (column "Số A")',
    ]);
  });

  it('a province twice in one period', async () => {
    const text = 'Tỉnh,Số A\nHà Nội,1\nHải Phòng,2\nTP. Hà Nội,3\n';
    expect(await problemsOf(text, 'twice.csv', { indicators: ['Số A=test_count_a'] })).toEqual([
      'twice.csv:4:1: "TP. Hà Nội" (VN63 01) appears twice for test_count_a 2023: lines 2 and 4',
    ]);
  });

  it('a total row is skipped and reported, never imported', async () => {
    const text = 'Tỉnh,Số A\nCả nước,100\nHà Nội,1\n';
    const { file, data } = put(text, 'total.csv');
    const r = await runImport({ file, dataDir: data, profile: 'wide-indicators', period: '2023', indicators: ['Số A=test_count_a'], source: 'test-source' });
    expect(r.rows).toBe(1);
    expect(r.skipped).toEqual([{ line: 2, why: 'total row "Cả nước" (not a province)' }]);
  });

  it('an unknown place, with suggestions', async () => {
    const text = 'Tỉnh,Số A\nHa Noii,1\n';
    expect(await problemsOf(text, 'unk.csv', { indicators: ['Số A=test_count_a'] })).toEqual([
      'unk.csv:2:1: Ha Noii is not a known province (did you mean Hà Nội, Hà Nam?); resolve it with --map "Ha Noii=CODE"',
    ]);
  });
});

describe('output', () => {
  it('remembers --map as an alias, once, and the second import changes nothing', async () => {
    const text = 'Tỉnh,Số A\nThủ phủ thử nghiệm,1\nHà Nội,2\n';
    const { file, data } = put(text, 'map.csv');
    const req: ImportRequest = { file, dataDir: data, profile: 'wide-indicators', period: '2023', indicators: ['Số A=test_count_a'], source: 'test-source', maps: ['Thủ phủ thử nghiệm=VN63:31'] };
    const first = await runImport(req);
    expect(first.aliasesAdded).toEqual(['Thủ phủ thử nghiệm → VN63 31']);
    const aliases = readFileSync(join(data, 'geo', 'aliases.csv'), 'utf8');
    expect(aliases.endsWith('Thủ phủ thử nghiệm,unit,VN63,31,added by data:import --map (map.csv)\n')).toBe(true);
    const snapshot = readFileSync(join(data, 'observations', 'wide-indicators-map.csv'));
    const second = await runImport({ ...req, maps: [] });
    expect([second.written, second.diff.unchanged, second.diff.added, second.aliasesAdded.length]).toEqual([false, 2, 0, 0]);
    expect(readFileSync(join(data, 'geo', 'aliases.csv'), 'utf8')).toBe(aliases);
    expect(readFileSync(join(data, 'observations', 'wide-indicators-map.csv'))).toEqual(snapshot);
  });

  it('shows old → new values and writes nothing on --dry-run', async () => {
    const { file, data } = put('Tỉnh,Số A\nHà Nội,1\nHải Phòng,2\n', 'dry.csv');
    const base: ImportRequest = { file, dataDir: data, profile: 'wide-indicators', period: '2023', indicators: ['Số A=test_count_a'], source: 'test-source' };
    await runImport(base);
    writeFileSync(file, 'Tỉnh,Số A\nHà Nội,5\nCao Bằng,3\n');
    const r = await runImport({ ...base, dryRun: true });
    expect([r.diff.added, r.diff.changed, r.diff.removed, r.diff.unchanged, r.written]).toEqual([1, 1, 1, 0, false]);
    expect([r.diff.examples.changed[0]!.old[6], r.diff.examples.changed[0]!.new[6]]).toEqual(['1', '5']);
    expect(readFileSync(join(data, 'observations', 'wide-indicators-dry.csv'), 'utf8')).toContain('Hải Phòng');
  });

  it('writes nothing when the checker would fail (unknown source)', async () => {
    const { file, data } = put('Tỉnh,Số A\nHà Nội,1\n', 'src.csv');
    await expect(runImport({ file, dataDir: data, profile: 'wide-indicators', period: '2023', indicators: ['Số A=test_count_a'], source: 'nope' })).rejects.toThrow(
      'data/sources.csv:1:1: source "nope" is not in data/sources.csv; add the publication there first',
    );
    expect(readdirSync(join(data, 'observations'))).toEqual([]);
  });

  it('imports a long table (province, period, value) with periods as published', async () => {
    const text = 'tỉnh;kỳ;giá trị\nHà Nội;Quý 3/2024;1,5\nHà Nội;2025-Q3;2,5\nTP. Hồ Chí Minh;Năm 2023;7\n';
    const { file, data } = put(text, 'long.csv');
    const r = await runImport({ file, dataDir: data, indicators: ['test_count_a'], source: 'test-source' });
    expect(r.profile).toBe('long');
    const out = readFileSync(join(data, 'observations', 'long-long.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 7).join(','));
    expect(out).toEqual(['test_count_a,VN63,01,,,2024-Q3,1.5', 'test_count_a,VN34,01,,,2025-Q3,2.5', 'test_count_a,VN63,79,,,2023,7']);
  });
});
