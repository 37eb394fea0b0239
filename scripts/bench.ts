import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchData } from './bench/data.ts';
import { ROOT, parseArgs } from './lib/cli.ts';

const USAGE = `npm run bench [-- --only data,engine,pages,import] [-- --rows N]

The benchmark suite. Prints each measure as a number, with its target.
  data     check and bake of a synthetic 1,000,000-observation dataset (targets: check ≤ 10 s,
           bake ≤ 30 s, peak RSS ≤ 1.5 GB on 2 cores)
  engine   DuckDB-WASM: bytes downloaded, first result cold/warm, warm group-by latency
  pages    bytes before interaction and Lighthouse (mobile) for home, an indicator, a province
  import   throughput of a 1,000,000-row long CSV import

  --only LIST   run only these sections (comma-separated)
  --rows N      rows of the synthetic dataset (default 1000000)
  --json        print one JSON object instead of text
  --help        this text`;

const { flags } = parseArgs(process.argv.slice(2), { values: ['only', 'rows'], booleans: ['json'], usage: USAGE });
const only = flags.only ? new Set(String(flags.only).split(',')) : null;
const wanted = (name: string) => !only || only.has(name);
const rows = Number(flags.rows ?? 1_000_000);
const results: Record<string, unknown> = {};

// Each later section lives in its own module under scripts/bench/, loaded only when present.
const section = (file: string, exported: string, ...args: unknown[]) => async (): Promise<unknown> => {
  const module = (await import(pathToFileURL(join(ROOT, 'scripts', file)).href)) as Record<string, (...a: unknown[]) => Promise<unknown>>;
  const run = module[exported];
  if (!run) throw new Error(`${file} does not export ${exported}`);
  return run(...args);
};
const sections: [string, string, () => Promise<unknown>][] = [
  ['data', 'bench/data.ts', () => benchData(ROOT, rows)],
  ['engine', 'bench/engine.ts', section('bench/engine.ts', 'benchEngine')],
  ['pages', 'bench/pages.ts', section('bench/pages.ts', 'benchPages')],
  ['import', 'bench/import.ts', section('bench/import.ts', 'benchImport', rows)],
];

for (const [name, file, runSection] of sections) {
  if (!wanted(name)) continue;
  if (!existsSync(join(ROOT, 'scripts', file))) {
    results[name] = 'not implemented yet';
    continue;
  }
  process.stderr.write(`bench: ${name}…\n`);
  try {
    results[name] = await runSection();
  } catch (error) {
    results[name] = { error: (error as Error).message };
    process.exitCode = 1;
  }
}

if (flags.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
else for (const [name, value] of Object.entries(results)) process.stdout.write(`\n## ${name}\n${JSON.stringify(value, null, 2)}\n`);
