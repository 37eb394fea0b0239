/**
 * Observation rows of a test written as a data/observations file, and described as the checker
 * describes checked files (ObservationSource), so that tests can bake rows without the checker.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvLine } from '../../lib/csv/write.ts';
import type { Observation } from '../../lib/types.ts';
import type { ObservationSource } from '../check/index.ts';
import { OBSERVATION_COLUMNS } from '../check/schema.ts';

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/**
 * Writes `observations` in file order into one CSV in `dir` (a new temporary directory unless
 * given; either is removed when the process exits), named in the `file` column as the first row's
 * `file` says; their `line` is where they land.
 */
export function writeObservations(observations: readonly Observation[], dir = mkdtempSync(join(tmpdir(), 'bake-obs-'))): ObservationSource {
  mkdirSync(dir, { recursive: true });
  made.push(dir);
  const path = join(dir, 'observations.csv');
  const shifts: [number, number][] = [];
  let text = `${OBSERVATION_COLUMNS.join(',')}\n`;
  let line = 2;
  observations.forEach((o, index) => {
    if (line - index - 2 !== (shifts.at(-1)?.[1] ?? 0)) shifts.push([index, line - index - 2]);
    const record = csvLine(OBSERVATION_COLUMNS.map((c) => o[c]));
    text += `${record}\n`;
    line += 1 + (record.match(/\n/g)?.length ?? 0);
  });
  writeFileSync(path, text);
  const periods = new Map(observations.map((o) => [o.period, { text: o.period, start: o.period_start, end: o.period_end }]));
  return {
    files: [{ path, file: observations[0]?.file ?? 'data/observations/test.csv', rows: observations.length, shifts }],
    periods: [...periods.values()],
    count: observations.length,
  };
}
