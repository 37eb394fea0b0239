/** The importer's doors of issue 11: a dry run runs the checker, regions and totals are never mapped, the place column can be named, and "no column maps" says what it saw. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE, makeDataDir, wideText, write } from '../../../test/fixtures/import/generate.ts';
import { formatProblem } from '../check/problem.ts';
import { runImport, type ImportRequest } from './index.ts';
import { ImportFailure } from './problems.ts';

const MAP = ['Số A=test_count_a', 'Tỷ lệ B=test_share_b'];

function setUp(text: string, name = 't.csv'): { file: string; data: string; req: ImportRequest } {
  const data = makeDataDir();
  const file = join(dirname(data), name);
  writeFileSync(file, text);
  return { file, data, req: { file, dataDir: data, profile: 'wide-indicators', period: '2023', indicators: MAP, source: 'test-source' } };
}

async function failure(req: ImportRequest): Promise<string[]> {
  try {
    await runImport(req);
  } catch (e) {
    if (e instanceof ImportFailure) return e.problems.map(formatProblem);
    throw e;
  }
  throw new Error('the import did not fail');
}

describe('data:import --dry-run', () => {
  it('runs the whole checker over the would-be data and fails where the import would', async () => {
    const { data, req } = setUp(wideText());
    await runImport({ ...req, name: 'first' });
    const files = readdirSync(join(data, 'observations'));
    // the same figures again under another name: every row is a duplicate across files
    const dry = await failure({ ...req, name: 'second', dryRun: true });
    expect(dry.length).toBe(SAMPLE.length * 2);
    expect(dry[0]).toMatch(/^data\/observations\/second\.csv:2:\d+: .*data\/observations\/first\.csv/);
    const real = await failure({ ...req, name: 'second' });
    expect(real).toEqual(dry);
    expect(readdirSync(join(data, 'observations'))).toEqual(files);
  });

  it('passes a clean import and writes nothing', async () => {
    const { data, req } = setUp(wideText());
    const report = await runImport({ ...req, dryRun: true });
    expect(report.written).toBe(false);
    expect(report.diff.added).toBe(SAMPLE.length * 2);
    expect(readdirSync(join(data, 'observations'))).toEqual([]);
  });

  it('fails on a problem data/ already had, and says so', async () => {
    const { data, req } = setUp(wideText());
    writeFileSync(join(data, 'sources.csv'), readFileSync(join(data, 'sources.csv'), 'utf8') + 'test-source-2,Test,A title,2024-13-01,,table,,\n');
    const dry = await failure({ ...req, dryRun: true });
    expect(dry).toEqual([expect.stringMatching(/^data\/sources\.csv:3:4: .*\(already in data\/ before this import\)$/)]);
  });
});

describe('data:import --map', () => {
  it('refuses to map a region or a total to a province or to VN', async () => {
    const { req } = setUp(wideText());
    for (const map of ['Đồng bằng sông Hồng=VN', 'Đồng bằng sông Hồng=01', 'Red River Delta=VN34:01', 'Cả nước=VN']) {
      await expect(runImport({ ...req, maps: [map], dryRun: true }), map).rejects.toThrow(/^--map ".*" refused: .* is a (region|total row), not a province.*cannot be imported as (the whole country|a province)$/);
    }
  });
});

describe('data:import --place-column', () => {
  const text = ['Mã,Đơn vị hành chính,Số A,Tỷ lệ B', ...SAMPLE.map((s, i) => `${i + 1},"${s.name}","${write(s.a, 'vi')}","${write(s.b, 'vi')}"`)].join('\n') + '\n';

  it('reads place names from the column named by header or number', async () => {
    for (const placeColumn of ['Đơn vị hành chính', 'đơn vị  hành chính', '2']) {
      const { data, req } = setUp(text);
      const report = await runImport({ ...req, placeColumn });
      expect(report.rows, placeColumn).toBe(SAMPLE.length * 2);
      const out = readFileSync(join(data, 'observations', readdirSync(join(data, 'observations'))[0]!), 'utf8');
      expect(out).toContain('test_count_a,VN63,79,');
    }
  });

  it('names a missing place column with the header it saw', async () => {
    const { req } = setUp(text);
    expect(await failure({ ...req, placeColumn: 'Tên' })).toEqual([
      't.csv:1:1: --place-column "Tên": no such column; the header: 1 "Mã", 2 "Đơn vị hành chính", 3 "Số A", 4 "Tỷ lệ B"; if the header is elsewhere, use --header-rows or remove the lines above it',
    ]);
    expect(await failure({ ...req, placeColumn: '9' })).toEqual(['t.csv:1:1: --place-column 9: the header has 4 columns']);
  });
});

describe('data:import when no column maps to an indicator', () => {
  it('lists the header line and every column it saw', async () => {
    const titled = wideText({ titleLines: ['BÁO CÁO TỔNG HỢP', 'Kỳ báo cáo: năm 2023'] });
    const { req } = setUp(titled);
    const problems = await failure({ ...req, indicators: ['Không có cột này=test_count_a'] });
    expect(problems).toEqual([
      't.csv:3:1: no column maps to an indicator; use --indicator "HEADER=id"; header read on line 3: 1 "Tỉnh", 2 "Số A", 3 "Tỷ lệ B"; if the header is elsewhere, use --header-rows or remove the lines above it',
    ]);
  });
});
