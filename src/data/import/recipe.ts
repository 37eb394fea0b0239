/**
 * The import recipe, `data/imports.csv`: one line per import of a published dataset (file
 * relative to the project root, profile, sheet, period, vintage, breakdown, source, output name).
 * `replayRecipe` runs every line through the importer, in order, so that `data/` can be rebuilt
 * from the raw files by one command (`npm run data:refresh`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCsvFile } from '../csv/read.ts';
import type { Vintage } from '../../lib/types.ts';
import { runImport } from './index.ts';
import type { ImportReport, ImportRequest } from './index.ts';
import { ImportFailure, failAt } from './problems.ts';

/** The columns of data/imports.csv, in order. */
export const RECIPE_COLUMNS = ['file', 'profile', 'sheet', 'period', 'vintage', 'breakdown', 'source', 'name'] as const;

/** One line of the recipe. */
export interface RecipeLine {
  line: number;
  file: string;
  profile: string;
  sheet: string;
  period: string;
  vintage: '' | Vintage;
  breakdown: string;
  source: string;
  name: string;
}

/**
 * Reads the recipe.
 * @param path data/imports.csv
 * @param display how messages name it
 * @throws ImportFailure (file:line:column) on a wrong header or a line without file, profile, source or name
 */
export async function readRecipe(path: string, display = 'data/imports.csv'): Promise<RecipeLine[]> {
  const table = await readCsvFile(path, display);
  if (table.problems.length > 0) throw new ImportFailure(table.problems);
  const want = RECIPE_COLUMNS.join(',');
  if (table.header.join(',') !== want) throw failAt(display, 1, 1, `header must be ${want}; found ${table.header.join(',')}`);
  return table.rows.map((r) => {
    const f = Object.fromEntries(RECIPE_COLUMNS.map((c, i) => [c, (r.fields[i] ?? '').trim()])) as Record<(typeof RECIPE_COLUMNS)[number], string>;
    for (const c of ['file', 'profile', 'source', 'name'] as const) {
      if (f[c] === '') throw failAt(display, r.line, RECIPE_COLUMNS.indexOf(c) + 1, `${c} is empty; every import names its file, profile, source and output name`);
    }
    if (f.vintage !== '' && f.vintage !== 'VN63' && f.vintage !== 'VN34') throw failAt(display, r.line, 5, `vintage must be VN63, VN34 or empty; found "${f.vintage}"`);
    return { line: r.line, ...f, vintage: f.vintage as '' | Vintage };
  });
}

/** The importer request of one recipe line. */
export function requestOf(l: RecipeLine, root: string, dataDir: string, displayRoot: string): ImportRequest {
  return {
    file: resolve(root, l.file),
    dataDir,
    displayRoot,
    profile: l.profile,
    source: l.source,
    name: l.name,
    ...(l.sheet ? { sheet: l.sheet } : {}),
    ...(l.period ? { period: l.period } : {}),
    ...(l.vintage ? { vintage: l.vintage } : {}),
    ...(l.breakdown ? { breakdown: l.breakdown } : {}),
  };
}

/**
 * Replays every line of the recipe into `dataDir`.
 * @param root the project root the recipe's paths are relative to
 * @returns one report per line, in order
 * @throws ImportFailure from the first line that cannot be imported (earlier lines stay written)
 */
export async function replayRecipe(opts: { root: string; dataDir: string; displayRoot?: string; dryRun?: boolean; onLine?: (l: RecipeLine, r: ImportReport) => void }): Promise<{ line: RecipeLine; report: ImportReport }[]> {
  const display = opts.displayRoot ?? 'data';
  const lines = await readRecipe(resolve(opts.dataDir, 'imports.csv'), `${display}/imports.csv`);
  const out: { line: RecipeLine; report: ImportReport }[] = [];
  for (const l of lines) {
    if (!existsSync(resolve(opts.root, l.file))) {
      throw failAt(`${display}/imports.csv`, l.line, 1, `${l.file} not found: the recipe reads the raw datasets by path, relative to the project root (../shared/real beside it)`);
    }
    // Definitions the profile offers are appended when missing, so a replay into a bare data/ works.
    const report = await runImport({ ...requestOf(l, opts.root, opts.dataDir, display), dryRun: opts.dryRun ?? false, addIndicators: true });
    opts.onLine?.(l, report);
    out.push({ line: l, report });
  }
  return out;
}
