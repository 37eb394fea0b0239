/**
 * `npm run data:import -- FILE [options]`: turn a published table into rows of
 * data/observations/, showing what matched, what did not, and the diff. See --help.
 */
import { resolve } from 'node:path';
import { formatProblem } from '../src/data/check/problem.ts';
import { ENCODINGS } from '../src/data/import/decode.ts';
import type { Encoding } from '../src/data/import/decode.ts';
import { formatDiff } from '../src/data/import/diff.ts';
import { runImport } from '../src/data/import/index.ts';
import type { ImportRequest } from '../src/data/import/index.ts';
import { ImportFailure } from '../src/data/import/problems.ts';
import { PROFILES } from '../src/data/import/profiles/index.ts';
import { createProgress } from '../src/data/import/progress.ts';
import type { Delimiter } from '../src/data/import/table.ts';
import { ROOT, exit, fail, parseArgs } from './lib/cli.ts';

const USAGE = `npm run data:import -- FILE [options]

Nhập một bảng số liệu đã công bố (CSV/TSV/"Unicode text", XLSX/XLS) vào data/observations/.
Imports a published table (CSV/TSV/Unicode text, XLSX/XLS) into data/observations/.

  --profile NAME      ${PROFILES.map((p) => p.name).join(' | ')} (default: detected)
  --sheet NAME|N      sheet of a workbook
  --encoding ENC      ${ENCODINGS.join(' | ')} (default: detected)
  --delimiter D       , | ; | tab (default: detected)
  --header-rows N     1 | 2 (default: detected)
  --locale vi|en      number writing (default: detected over the whole file)
  --period P          ISO period of the table (e.g. 2019, 2019-Q3, 2025-10)
  --indicator ID      the indicator; or "HEADER=ID" to map a column (repeatable)
  --vintage V         VN63 | VN34 (default: from the profile or the period)
  --source ID         source id in data/sources.csv
  --breakdown TOKEN   breakdown of every row
  --map "NAME=CODE"   resolve a place name (CODE or VN34:CODE); remembered in data/geo/aliases.csv (repeatable);
                      a region or a total is refused, whatever the code (VN included)
  --place-column C    the column of place names: its header or its number (1 = first; default: the profile's)
  --name NAME         output file data/observations/NAME.csv (default: PROFILE-FILE)
  --data DIR          data directory (default: data)
  --add-indicators    append the profile's definitions of missing indicators to indicators.csv
  --dry-run           show the diff, write nothing; runs the whole checker over the data as it would be
                      and exits 1 on any problem
  --help              this text`;

const text = { type: 'string' } as const;
const { values: opts, positionals: files } = parseArgs(process.argv.slice(2), {
  usage: USAGE,
  options: {
    profile: text, sheet: text, encoding: text, delimiter: text, 'header-rows': text, locale: text, period: text,
    indicator: { type: 'string', multiple: true }, vintage: text, source: text, breakdown: text,
    map: { type: 'string', multiple: true }, 'place-column': text, name: text, data: text,
    'dry-run': { type: 'boolean' }, 'add-indicators': { type: 'boolean' },
  },
  positionals: true,
});
if (files.length !== 1) fail('give exactly one FILE', USAGE);
const pick = <T extends string>(name: 'encoding' | 'header-rows' | 'locale' | 'vintage', allowed: readonly T[]): T | undefined => {
  const v = opts[name];
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) fail(`--${name} must be one of ${allowed.join(', ')}`, USAGE);
  return v as T;
};
const delim = opts.delimiter;
const dataDir = resolve(opts.data ?? resolve(ROOT, 'data'));
let bar: ReturnType<typeof createProgress> | null = null;

const req: ImportRequest = {
  file: resolve(files[0]!),
  dataDir,
  displayRoot: opts.data !== undefined ? opts.data.replace(/\/+$/, '') : 'data',
  ...(opts.profile !== undefined ? { profile: opts.profile } : {}),
  ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
  ...(pick('encoding', ENCODINGS) ? { encoding: pick('encoding', ENCODINGS) as Encoding } : {}),
  ...(delim ? { delimiter: (delim === 'tab' ? '\t' : delim) as Delimiter } : {}),
  ...(pick('header-rows', ['1', '2']) ? { headerRows: Number(opts['header-rows']) as 1 | 2 } : {}),
  ...(pick('locale', ['vi', 'en']) ? { locale: pick('locale', ['vi', 'en'])! } : {}),
  ...(opts.period !== undefined ? { period: opts.period } : {}),
  ...(opts.indicator !== undefined ? { indicators: opts.indicator } : {}),
  ...(pick('vintage', ['VN63', 'VN34']) ? { vintage: pick('vintage', ['VN63', 'VN34'])! } : {}),
  ...(opts.source !== undefined ? { source: opts.source } : {}),
  ...(opts.breakdown !== undefined ? { breakdown: opts.breakdown } : {}),
  ...(opts.map !== undefined ? { maps: opts.map } : {}),
  ...(opts['place-column'] !== undefined ? { placeColumn: opts['place-column'] } : {}),
  ...(opts.name !== undefined ? { name: opts.name } : {}),
  dryRun: opts['dry-run'] === true,
  addIndicators: opts['add-indicators'] === true,
  progress: (done, total) => {
    bar ??= createProgress(total, 'import');
    bar.update(done);
  },
};

const started = performance.now();
try {
  const r = await runImport(req);
  (bar as ReturnType<typeof createProgress> | null)?.finish();
  const out = process.stdout;
  for (const n of r.notes) out.write(`${n}\n`);
  for (const s of r.skipped) out.write(`skipped line ${s.line}: ${s.why}\n`);
  if (r.aliasesAdded.length > 0) out.write(`aliases remembered: ${r.aliasesAdded.join('; ')}\n`);
  if (r.indicatorsAdded.length > 0) out.write(`indicators added: ${r.indicatorsAdded.join(', ')}\n`);
  out.write(`\ndiff against ${r.output}:\n${formatDiff(r.diff)}\n\n`);
  if (r.preexisting > 0) out.write(`note: ${r.preexisting} problems already in data/, not caused by this import (npm run data:check)\n`);
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  const what = r.written ? `written to ${r.output}` : req.dryRun ? 'dry run: the checker passes the data as it would be; nothing written' : 'no change, nothing written';
  out.write(`${r.rows} rows (${r.missing} missing cells, ${r.skipped.length} lines skipped) from ${files[0]} in ${secs} s: ${what}\n`);
} catch (e) {
  (bar as ReturnType<typeof createProgress> | null)?.finish();
  if (e instanceof ImportFailure) {
    const shown = e.problems.slice(0, 100);
    for (const p of shown) process.stderr.write(`${formatProblem(p)}\n`);
    if (e.problems.length > shown.length) process.stderr.write(`… and ${e.problems.length - shown.length} more\n`);
    process.stderr.write(`${req.dryRun ? 'dry run' : 'import'} failed: ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}; nothing written\n`);
    exit(1);
  }
  process.stderr.write(`error: ${(e as Error).message}\n`);
  exit(2);
}
