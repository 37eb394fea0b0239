/**
 * Import throughput: a synthetic long CSV (province, period, value; generated in a temporary
 * directory, never real figures) imported into a temporary data directory, end to end:
 * decode, table, resolve, parse, diff, check, atomic write. Target: 1,000,000 rows in ≤ 30 s.
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeDataDir, REPO, writeLongCsv } from '../../test/fixtures/import/generate.ts';
import { runImport } from '../../src/data/import/index.ts';

/**
 * Runs the import benchmark.
 * @param rows rows of the generated CSV
 * @returns rows, seconds and rows per second (plus the generated file's size)
 */
export async function benchImport(rows: number): Promise<Record<string, number>> {
  const data = makeDataDir();
  const root = dirname(data);
  try {
    const names = readFileSync(join(REPO, 'data/geo/units.csv'), 'utf8').split('\n').filter((l) => l.startsWith('VN63,')).map((l) => l.split(',')[2]!);
    const file = writeLongCsv(join(root, 'long.csv'), rows, names);
    const bytes = readFileSync(file).length;
    const t0 = performance.now();
    const report = await runImport({ file, dataDir: data, source: 'test-source', name: 'bench' });
    const seconds = (performance.now() - t0) / 1000;
    if (report.rows !== rows || !report.written) throw new Error(`bench import wrote ${report.rows} of ${rows} rows`);
    return { rows, seconds: Number(seconds.toFixed(2)), rowsPerSecond: Math.round(rows / seconds), inputMB: Number((bytes / 1e6).toFixed(1)), targetSeconds: 30 };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const n = Number(process.argv[2] ?? 1_000_000);
  process.stdout.write(JSON.stringify(await benchImport(n)) + '\n');
}
