/**
 * Import throughput: a synthetic long CSV (province, period, value; generated in a temporary
 * directory, never real figures) imported into a temporary data directory, end to end:
 * decode, table, resolve, parse, diff, check, atomic write. Target: 1,000,000 rows in ≤ 30 s with
 * peak RSS ≤ 1 GB, measured in a process of its own (benchImportProcess).
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeDataDir, REPO, writeLongCsv } from '../../test/fixtures/import/generate.ts';
import { runImport } from '../../src/data/import/index.ts';
import { parseArgs, reportStats } from '../lib/cli.ts';
import { nodeFloor, step } from './data.ts';
import type { Figure } from './table.ts';

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

/** The import in its own process (peak RSS is the child's), beside node's start-up. */
export async function benchImportProcess(root: string, rows: number): Promise<Figure[]> {
  const node = nodeFloor(root);
  const run = step(root, ['scripts/bench/import.ts', String(rows), '--stats']);
  const seconds = (run.stats.importMs ?? Number.NaN) / 1000;
  return [
    { name: 'import rows', value: rows, unit: 'rows' },
    { name: 'import (process)', value: run.seconds, unit: 's', floor: { name: 'node start-up', value: node.seconds } },
    { name: 'import, in process', value: seconds, unit: 's', target: { text: '≤ 30 s', met: seconds <= 30 }, check: `${Math.round(rows / seconds).toLocaleString('en-US')} rows/s; input ${run.stats.inputMB} MB` },
    { name: 'import peak RSS', value: run.peakRssMb, unit: 'MB', floor: { name: 'node', value: node.peakRssMb }, target: { text: '≤ 1 GB', met: run.peakRssMb <= 1024 } },
  ];
}

if (import.meta.main) {
  const usage = 'usage: node scripts/bench/import.ts [ROWS] [--stats]\nImports a synthetic long CSV of ROWS rows (default 1000000); --stats prints peak memory to stderr.';
  const { values, positionals } = parseArgs(process.argv.slice(2), { usage, options: { stats: { type: 'boolean' } }, positionals: true });
  const n = Number(positionals[0] ?? 1_000_000);
  const result = await benchImport(n);
  process.stdout.write(JSON.stringify(result) + '\n');
  reportStats(values.stats === true, { importMs: result.seconds * 1000, inputMB: result.inputMB });
}
