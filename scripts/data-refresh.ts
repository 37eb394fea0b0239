/**
 * `npm run data:refresh`: replays the import recipe (data/imports.csv), every published dataset
 * through the importer again, so that data/ is rebuilt from the raw files. See --help.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem } from '../src/data/check/problem.ts';
import { ImportFailure } from '../src/data/import/problems.ts';
import { replayRecipe } from '../src/data/import/recipe.ts';
import { ROOT, exit, parseArgs } from './lib/cli.ts';

const USAGE = `npm run data:refresh -- [options]

Chạy lại mọi lần nhập ghi trong data/imports.csv (tệp, hồ sơ, trang, nguồn, tên tệp ra).
Replays every import listed in data/imports.csv (file, profile, sheet, source, output name).
Files are read relative to the project root (the raw datasets live in ../shared/real).

  --data DIR    data directory (default: data)
  --dry-run     show what would change, write nothing
  --help        this text`;

const args = parseArgs(process.argv.slice(2), { usage: USAGE, options: { data: { type: 'string' }, 'dry-run': { type: 'boolean' } } });
const dataDir = resolve(args.values.data ?? resolve(ROOT, 'data'));
if (!existsSync(resolve(dataDir, 'imports.csv'))) {
  process.stderr.write(`error: ${dataDir}/imports.csv not found (the import recipe)\n`);
  exit(2);
}
try {
  const done = await replayRecipe({
    root: ROOT,
    dataDir,
    displayRoot: args.values.data ? args.values.data.replace(/\/+$/, '') : 'data',
    dryRun: args.values['dry-run'] ?? false,
    onLine: (l, r) => {
      const d = r.diff;
      const what = r.written ? 'written' : args.values['dry-run'] ? 'dry run' : 'unchanged';
      process.stdout.write(`line ${l.line}: ${l.file}${l.sheet ? ` [${l.sheet}]` : ''} → ${r.output}: ${r.rows} rows (+${d.added} ~${d.changed} -${d.removed}) ${what}\n`);
    },
  });
  process.stdout.write(`${done.length} imports replayed from data/imports.csv\n`);
} catch (e) {
  if (e instanceof ImportFailure) {
    for (const p of e.problems.slice(0, 100)) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write(`refresh stopped: ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}; the imports before it are written\n`);
    exit(1);
  }
  process.stderr.write(`error: ${(e as Error).message}\n`);
  exit(2);
}
