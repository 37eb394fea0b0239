import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/cli.ts';
import { NODE, run } from './lib/run.ts';
import { isStale } from './lib/stale.ts';

// Runs before `astro build`: bake the database when data/ or the bake changed, then the
// generated assets that pages and islands need (the compressed DuckDB-WASM engine).
const database = join(ROOT, 'public/data/egov.duckdb');
if (isStale(database, [join(ROOT, 'data'), join(ROOT, 'src/data')])) {
  run(NODE, ['--expose-gc', 'scripts/data-bake.ts']);
} else {
  process.stdout.write('public/data/egov.duckdb is up to date\n');
}
if (existsSync(join(ROOT, 'scripts/build-duckdb-assets.ts'))) run(NODE, ['scripts/build-duckdb-assets.ts']);
