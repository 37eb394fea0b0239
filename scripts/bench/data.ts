import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticData } from './synthetic.ts';

export interface StepResult {
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
}

/** Times `npm run data:check` and `npm run data:bake` on a synthetic data directory of `rows` observations. */
export async function benchData(root: string, rows = 1_000_000): Promise<Record<string, StepResult | number>> {
  const dir = mkdtempSync(join(tmpdir(), 'egov-bench-'));
  try {
    const written = await writeSyntheticData(join(dir, 'data'), rows, join(root, 'data/geo'));
    const check = step(root, ['scripts/data-check.ts', '--data', join(dir, 'data'), '--stats'], written);
    const bake = step(root, ['--expose-gc', 'scripts/data-bake.ts', '--data', join(dir, 'data'), '--out', join(dir, 'out'), '--stats'], written);
    return { rows: written, check, bake };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function step(root: string, args: string[], rows: number): StepResult {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${args[0]} failed (${result.status}):\n${result.stderr.slice(0, 2000)}`);
  const stats = /STATS (\{.*\})/.exec(result.stderr);
  const maxRssKb = stats ? (JSON.parse(stats[1] as string) as { maxRssKb: number }).maxRssKb : NaN;
  return { seconds: round(seconds), rowsPerSecond: Math.round(rows / seconds), peakRssMb: round(maxRssKb / 1024) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
