import { join } from 'node:path';
import { serveStatic } from './server/static.ts';
import { ROOT, exit, parseArgs } from './lib/cli.ts';
import { NODE, run } from './lib/run.ts';
import { isStale } from './lib/stale.ts';

const USAGE = `npm start [-- --port N] [-- --no-build]

Bakes the database if data/ changed, builds the site if its sources changed, and serves the
static site on http://localhost:4321 (Ctrl+C stops it).

  --port N      port (default 4321)
  --no-build    serve dist/ as it is
  --help        this text`;

const { values: flags } = parseArgs(process.argv.slice(2), { usage: USAGE, options: { port: { type: 'string' }, 'no-build': { type: 'boolean' } } });
const port = Number(flags.port ?? 4321);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`error: --port must be a number from 0 to 65535, not ${flags.port}\n`);
  exit(2);
}
if (!flags['no-build']) {
  const inputs = ['data', 'src', 'public', 'astro.config.mjs', 'package.json'].map((p) => join(ROOT, p));
  run(NODE, ['scripts/prebuild.ts']);
  if (isStale(join(ROOT, 'dist/index.html'), inputs)) run(NODE, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build']);
  else process.stdout.write('dist/ is up to date\n');
}
const server = await serveStatic(join(ROOT, 'dist'), port).catch((error: NodeJS.ErrnoException) => {
  const why = error.code === 'EADDRINUSE' ? `port ${port} is in use; stop what uses it or give --port N` : error.message;
  process.stderr.write(`error: cannot serve dist/: ${why}\n`);
  exit(1);
});
process.stdout.write(`serving dist/ on http://localhost:${port}  (Ctrl+C to stop)\n`);
// Ctrl+C: the server closes, and node ends by itself (exit status 0)
process.on('SIGINT', () => void server.close());
