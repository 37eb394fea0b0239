import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { bake } from '../src/data/bake/index.ts';
import { BakeError } from '../src/data/bake/errors.ts';
import { checkData, formatProblem } from '../src/data/check/index.ts';
import { Exit, ROOT, exit, parseArgs, reportStats } from './lib/cli.ts';

const USAGE = `npm run data:bake [-- --data DIR] [-- --out DIR]

Checks data/ (as npm run data:check) and, when it has no problem, writes the baked database
public/data/egov.duckdb and the downloads (egov-*.csv with a BOM for Excel, egov-*.parquet,
egov.json up to 200,000 rows, datapackage.json). Atomic: public/data is a link to a complete version (kept in .bake-data/),
replaced in one rename; an interrupted or failed bake leaves the previous output as it was.

  --data DIR   data directory (default: data)
  --out DIR    output directory (default: public/data)
  --stats      print peak memory to stderr (for the benchmark)
  --help       this text`;

const { values: flags } = parseArgs(process.argv.slice(2), {
  usage: USAGE,
  options: { data: { type: 'string' }, out: { type: 'string' }, stats: { type: 'boolean' } },
});
const dataDir = resolve(ROOT, flags.data ?? 'data');
const outDir = resolve(ROOT, flags.out ?? 'public/data');
if (!existsSync(dataDir)) {
  process.stderr.write(`error: no data directory at ${dataDir}\n`);
  exit(2);
}

/** Checks, then bakes; the checker's state is garbage once the check returns, collected before DuckDB starts. */
async function checkThenBake(): Promise<{ counts: Record<string, number>; checkMs: number; bakeMs: number }> {
  const started = performance.now();
  const { problems, dataset } = await checkData(dataDir);
  const checked = performance.now();
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(formatProblem(p) + '\n');
    process.stderr.write(`\n${problems.length} problem(s): nothing baked; ${relative(ROOT, outDir) || outDir} is unchanged.\n`);
    exit(1);
  }
  // collected at once when node runs with --expose-gc, as `npm run data:bake` does
  (globalThis as { gc?: () => void }).gc?.();
  // public/data links to a version kept out of public/ (Astro copies public/ whole); any other --out keeps its versions beside it
  const versions = outDir === resolve(ROOT, 'public/data') ? resolve(ROOT, '.bake-data') : undefined;
  const { counts } = await bake(dataset, outDir, { log: () => {}, versions });
  return { counts, checkMs: checked - started, bakeMs: performance.now() - checked };
}

/** Any failure of the check or the bake (I/O, DuckDB): one located line, the output left as it was, exit 1. */
async function orFail<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Exit) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const located = error instanceof BakeError ? message.replace(error.file, relative(ROOT, error.file)) : `${relative(ROOT, outDir) || outDir}: ${message}`;
    process.stderr.write(`error: ${located}\n`);
    process.stderr.write(`nothing baked; ${relative(ROOT, outDir) || outDir} is unchanged.\n`);
    exit(1);
  }
}

const { counts, checkMs, bakeMs } = await orFail(checkThenBake);
const summary = Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ');
process.stdout.write(`baked ${relative(ROOT, outDir) || outDir}: ${summary} (check ${(checkMs / 1000).toFixed(1)} s, bake ${(bakeMs / 1000).toFixed(1)} s)\n`);
reportStats(flags.stats === true, { checkMs, bakeMs });
