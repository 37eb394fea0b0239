/**
 * Check, bake and DuckDB's own load of the same synthetic observation CSVs, each in its own node
 * process (time from spawn to exit, peak RSS from the child's own resourceUsage), with node's
 * start-up measured in the same run as the floor of every process. The bake process checks first
 * (the data must be valid to bake): its in-process bake step is reported apart from its check.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticData } from './synthetic.ts';
import { ratio, type Figure } from './table.ts';

export interface Step {
  seconds: number;
  peakRssMb: number;
  stats: Record<string, number>;
}

/** Runs node with `args` in `root`, returning wall time, the child's peak RSS and its STATS line. */
export function step(root: string, args: string[]): Step {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (${result.status}):\n${result.stderr.slice(0, 2000)}`);
  const match = /STATS (\{.*\})/.exec(result.stderr);
  if (!match) throw new Error(`${args[0]} printed no STATS line`);
  const stats = JSON.parse(match[1] as string) as Record<string, number>;
  return { seconds, peakRssMb: (stats.maxRssKb ?? Number.NaN) / 1024, stats };
}

const NODE_FLOOR = ['-e', "process.stderr.write('STATS ' + JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }) + '\\n')"];

/** Node's start-up alone: the fastest of three, so a slow first spawn does not inflate it. */
export function nodeFloor(root: string): Step {
  const runs = [step(root, NODE_FLOOR), step(root, NODE_FLOOR), step(root, NODE_FLOOR)];
  return runs.reduce((best, run) => (run.seconds < best.seconds ? run : best));
}

/** The data figures for a synthetic dataset of `rows` observations. */
export async function benchData(root: string, rows = 1_000_000): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'egov-bench-'));
  try {
    const data = join(dir, 'data');
    const written = await writeSyntheticData(data, rows, join(root, 'data/geo'));
    const node = nodeFloor(root);
    const check = step(root, ['scripts/data-check.ts', '--data', data, '--stats']);
    const bake = step(root, ['--expose-gc', 'scripts/data-bake.ts', '--data', data, '--out', join(dir, 'out'), '--stats']);
    const duck = step(root, ['scripts/bench/duckdb-load.ts', data, join(dir, 'floor.duckdb')]);
    if (duck.stats.rows !== written) throw new Error(`DuckDB loaded ${duck.stats.rows} of ${written} rows`);
    const bakeStep = (bake.stats.bakeMs ?? Number.NaN) / 1000;
    const loadStep = (duck.stats.loadMs ?? Number.NaN) / 1000;
    const nodeFloorFig = { name: 'node start-up', value: node.seconds };
    return [
      { name: 'rows', value: written, unit: 'rows' },
      { name: 'node start-up (floor of every process)', value: node.seconds, unit: 's' },
      { name: 'node start-up peak RSS', value: node.peakRssMb, unit: 'MB' },
      { name: 'check (process)', value: check.seconds, unit: 's', floor: nodeFloorFig, target: { text: '≤ 10 s', met: check.seconds <= 10 } },
      { name: 'check peak RSS', value: check.peakRssMb, unit: 'MB', floor: { name: 'node', value: node.peakRssMb } },
      { name: 'DuckDB load of the same CSVs (process)', value: duck.seconds, unit: 's', floor: nodeFloorFig },
      { name: 'DuckDB load, in process', value: loadStep, unit: 's' },
      { name: 'DuckDB load peak RSS', value: duck.peakRssMb, unit: 'MB' },
      {
        name: 'bake step, in process (after its check)',
        value: bakeStep,
        unit: 's',
        floor: { name: 'DuckDB load, in process', value: loadStep },
        target: { text: '≤ 8× DuckDB load', met: ratio(bakeStep, loadStep) <= 8 },
        check: `bake process ${bake.seconds.toFixed(2)} s ≈ node ${node.seconds.toFixed(2)} s + its check ${((bake.stats.checkMs ?? 0) / 1000).toFixed(2)} s + bake step ${bakeStep.toFixed(2)} s (+ module loading)`,
      },
      { name: 'bake (process: node + check + bake)', value: bake.seconds, unit: 's', floor: nodeFloorFig },
      { name: 'bake peak RSS (process, includes its check)', value: bake.peakRssMb, unit: 'MB', floor: { name: 'DuckDB load', value: duck.peakRssMb }, target: { text: '≤ 800 MB', met: bake.peakRssMb <= 800 } },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
