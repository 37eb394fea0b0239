import { ROOT, exit, parseArgs } from './lib/cli.ts';
import { formatTable, type Figure } from './bench/table.ts';

const PARTS = ['data', 'import', 'engine', 'slow4g', 'engine1m', 'pages'] as const;
type Part = (typeof PARTS)[number];

const USAGE = `npm run bench [-- PART ...] [-- --rows N] [-- --json]

The benchmark suite. Prints each figure beside the floor measured in the same run and its target.
Parts (default: all), each runnable alone, e.g. npm run bench -- engine:
  data      check, bake and DuckDB's own load of the same synthetic CSVs, each its own process,
            with node's start-up as floor (targets: bake ≤ 8× DuckDB load, bake RSS ≤ 800 MB)
  import    a 1,000,000-row long CSV import in its own process (targets: ≤ 30 s, RSS ≤ 1 GB)
  engine    DuckDB-WASM on localhost: wasm alone (floor) vs explore's first answer cold (≤ 1.5×),
            second visit (≤ 500 ms), example answers before the engine, bytes per resource
  slow4g    explore's first answer under slow 4G vs the wasm's transfer alone (≤ 1.15×)
  engine1m  a synthetic 1,000,000-row database in the browser: first answer, group-by median
  pages     bytes before interaction and Lighthouse (mobile) for home, an indicator, a province

  --only LIST   the same as naming the parts (comma-separated)
  --rows N      rows of the synthetic datasets (default 1000000)
  --json        print one JSON object instead of tables
  --help        this text`;

const { values: flags, positionals } = parseArgs(process.argv.slice(2), {
  usage: USAGE,
  options: { only: { type: 'string' }, rows: { type: 'string' }, json: { type: 'boolean' } },
  positionals: true,
});
const named = [...positionals, ...(flags.only ? flags.only.split(',') : [])];
for (const name of named) if (!(PARTS as readonly string[]).includes(name)) {
  process.stderr.write(`error: unknown part "${name}" (parts: ${PARTS.join(', ')})\n`);
  exit(2);
}
const wanted = (name: Part): boolean => named.length === 0 || named.includes(name);
const rows = Number(flags.rows ?? 1_000_000);

// Each part's module loads only when it runs (the browser parts pull in Playwright).
const run: Record<Part, () => Promise<Figure[] | Record<string, unknown>>> = {
  data: async () => (await import('./bench/data.ts')).benchData(ROOT, rows),
  import: async () => (await import('./bench/import.ts')).benchImportProcess(ROOT, rows),
  engine: async () => (await import('./bench/engine.ts')).benchEngine(),
  slow4g: async () => (await import('./bench/engine.ts')).benchSlow4g(),
  engine1m: async () => (await import('./bench/engine.ts')).benchEngine1m(rows),
  pages: async () => (await import('./bench/pages.ts')).benchPages() as Promise<Record<string, unknown>>,
};

const results: Record<string, unknown> = {};
for (const part of PARTS) {
  if (!wanted(part)) continue;
  process.stderr.write(`bench: ${part}…\n`);
  try {
    const value = await run[part]();
    results[part] = value;
    if (!flags.json) process.stdout.write(Array.isArray(value) ? `${formatTable(part, value)}\n` : `## ${part}\n${JSON.stringify(value, null, 2)}\n\n`);
  } catch (error) {
    results[part] = { error: (error as Error).message };
    if (!flags.json) process.stdout.write(`## ${part}\nerror: ${(error as Error).message}\n\n`);
    process.exitCode = 1;
  }
}
if (flags.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
