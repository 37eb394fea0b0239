/**
 * `npm run data:diff -- [REV]`: a Markdown changelog of data/observations against a git
 * revision (default HEAD) or, with --bake, against the last bake (public/data/egov-observations.csv).
 */
import { join } from 'node:path';
import { changelogMarkdown, compareFigures, figuresFromCsv } from '../src/data/changelog/compare.ts';
import { lastBake, observationsAt, observationsNow } from '../src/data/changelog/git.ts';
import { ROOT, fail, parseArgs } from './lib/cli.ts';

const USAGE = `npm run data:diff -- [REV] [--bake] [--data DIR]

Nhật ký thay đổi (Markdown) của data/observations so với một phiên bản git hoặc lần bake gần nhất.
Prints a Markdown changelog of data/observations (added, revised, withdrawn per source and indicator)
against a git revision (default HEAD) or, with --bake, the last bake.

  REV          git revision, e.g. HEAD~3, a commit, a tag
  --bake       compare with public/data/egov-observations.csv instead
  --data DIR   data directory (default: data)
  --help       this text`;

const { values: flags, positionals } = parseArgs(process.argv.slice(2), {
  usage: USAGE,
  options: { data: { type: 'string' }, bake: { type: 'boolean' } },
  positionals: true,
});
const dataDir = flags.data ?? join(ROOT, 'data');
const after = figuresFromCsv(observationsNow(dataDir));
let before: string[];
let title: string;
if (flags.bake) {
  const baked = lastBake(ROOT);
  if (baked === null) fail('no bake found (public/data/egov-observations.csv); run npm run data:bake');
  before = [baked];
  title = 'Thay đổi so với lần bake gần nhất / Changes since the last bake';
} else {
  const rev = positionals[0] ?? 'HEAD';
  const texts = observationsAt(ROOT, rev);
  if (texts === null) fail(`no git history for revision ${rev} (not a git repository, or unknown revision)`);
  before = texts;
  title = `Thay đổi so với ${rev} / Changes since ${rev}`;
}
process.stdout.write(changelogMarkdown(compareFigures(figuresFromCsv(before), after), title));
