import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, exit, parseArgs } from './lib/cli.ts';
import { CHROMIUM } from './lib/chromium.ts';
import { NODE, runWithin } from './lib/run.ts';

const USAGE = `npm test [-- --unit-only]

Runs everything: the type checks (astro check, svelte-check), unit and integration tests (vitest), the site build, then the browser tests in
Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH). Without Chromium the browser step fails
and says how to install it (sudo apt-get install -y chromium). Each step has a deadline, several
times what it takes here; a step past it is stopped and the run fails, naming the step.

  --unit-only   only the unit and integration tests
  --help        this text`;

const { values: flags } = parseArgs(process.argv.slice(2), { usage: USAGE, options: { 'unit-only': { type: 'boolean' } } });
const vitest = join(ROOT, 'node_modules/vitest/vitest.mjs');
const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const MINUTE = 60_000;

/** Runs one step; exits with its code when it fails, or 1 when it outlives `minutes`. */
async function step(name: string, args: string[], minutes: number): Promise<void> {
  const { status, timedOut } = await runWithin(NODE, args, minutes * MINUTE);
  if (timedOut) {
    process.stderr.write(`\nnpm test: ${name} did not end within ${minutes} min and was stopped (the lines "stuck? …" above, if any, name the test file still running)\n`);
    exit(1);
  }
  if (status !== 0) exit(status ?? 1);
}

// Deadlines: about ten times what each step takes on this 2-core machine (the unit tests about
// 2 min, the build 1 min, the browser tests 6 min), so only a hang reaches them.
// types: .ts and .astro files (astro check), then the Svelte islands (svelte-check)
await step('astro check', [astro, 'check'], 10);
await step('svelte-check', [join(ROOT, 'node_modules/svelte-check/bin/svelte-check'), '--tsconfig', 'tsconfig.json', '--threshold', 'error'], 10);
await step('the unit and integration tests (vitest run)', [vitest, 'run'], 20);
if (flags['unit-only']) exit(0);

const chromium = CHROMIUM;
if (!existsSync(chromium)) {
  process.stderr.write(
    `\nbrowser tests need Chromium at ${chromium}.\nInstall it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)\nor point CHROMIUM_PATH at a Chromium binary. Unit tests passed; browser tests not run.\n`,
  );
  exit(1);
}
await step('the prebuild (scripts/prebuild.ts)', ['scripts/prebuild.ts'], 15);
await step('the site build (astro build)', [astro, 'build'], 15);
await step('the browser tests (vitest run --config vitest.browser.config.ts)', [vitest, 'run', '--config', 'vitest.browser.config.ts'], 40);
