import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, parseArgs } from './lib/cli.ts';
import { CHROMIUM } from './lib/chromium.ts';
import { NODE, run } from './lib/run.ts';

const USAGE = `npm test [-- --unit-only]

Runs everything: the type checks (astro check, svelte-check), unit and integration tests (vitest), the site build, then the browser tests in
Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH). Without Chromium the browser step fails
and says how to install it (sudo apt-get install -y chromium).

  --unit-only   only the unit and integration tests
  --help        this text`;

const { values: flags } = parseArgs(process.argv.slice(2), { usage: USAGE, options: { 'unit-only': { type: 'boolean' } } });
const vitest = join(ROOT, 'node_modules/vitest/vitest.mjs');
const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');

// types: .ts and .astro files (astro check), then the Svelte islands (svelte-check)
run(NODE, [astro, 'check']);
run(NODE, [join(ROOT, 'node_modules/svelte-check/bin/svelte-check'), '--tsconfig', 'tsconfig.json', '--threshold', 'error']);
run(NODE, [vitest, 'run']);
if (flags['unit-only']) process.exit(0);

const chromium = CHROMIUM;
if (!existsSync(chromium)) {
  process.stderr.write(
    `\nbrowser tests need Chromium at ${chromium}.\nInstall it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)\nor point CHROMIUM_PATH at a Chromium binary. Unit tests passed; browser tests not run.\n`,
  );
  process.exit(1);
}
run(NODE, ['scripts/prebuild.ts']);
run(NODE, [astro, 'build']);
run(NODE, [vitest, 'run', '--config', 'vitest.browser.config.ts']);
