/**
 * `npm run data:import`: one published table → one file of data/observations/, through
 * decode → table → profile (input.ts) → rows written one by one with the diff counted (output.ts)
 * → checked atomic write (write.ts). See scripts/data-import.ts.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { scratchDir, sweepScratch } from './scratch.ts';
import { normalizeName } from '../../lib/geo/normalize.ts';
import type { ValueOptions } from './row-types.ts';
import type { AliasRow, IndicatorRow } from '../../lib/types.ts';
import { readCsvFile } from '../csv/read.ts';
import { fileSha256 } from '../csv/write.ts';
import { ALIAS_COLUMNS, INDICATOR_COLUMNS } from '../check/schema.ts';
import { csvLine } from '../../lib/csv/write.ts';
import type { Encoding } from './decode.ts';
import { unchanged } from './diff.ts';
import type { Diff } from './diff.ts';
import type { Problem } from './problems.ts';
import { ImportFailure } from './problems.ts';
import { readInput, type Input } from './input.ts';
import { writeObservations, type Written } from './output.ts';
import type { Delimiter, Skipped } from './table.ts';
import { checkChanges, commitChanges } from './write.ts';
import type { FileChange } from './write.ts';

export interface ImportRequest extends ValueOptions {
  file: string;
  /** the data directory to import into (tests pass a temporary copy) */
  dataDir: string;
  /** how problems name the data directory; default `data` */
  displayRoot?: string;
  profile?: string;
  encoding?: Encoding;
  delimiter?: Delimiter;
  headerRows?: 1 | 2;
  /** `raw name=code` or `raw name=VN34:code` */
  maps?: readonly string[];
  /** output file name in data/observations/, without `.csv` */
  name?: string;
  dryRun?: boolean;
  /** append the profile's definitions of indicators missing from indicators.csv */
  addIndicators?: boolean;
  progress?: (done: number, total: number) => void;
}

export interface ImportReport {
  profile: string;
  /** the output file, relative to the project root */
  output: string;
  notes: string[];
  skipped: Skipped[];
  missing: number;
  rows: number;
  diff: Diff;
  written: boolean;
  aliasesAdded: string[];
  indicatorsAdded: string[];
  /** problems data/ had before the import, not caused by it */
  preexisting: number;
}

/**
 * Imports one file.
 * @returns what was found and what changed
 * @throws ImportFailure with every problem (file:line:column) when nothing can be written
 */
export async function runImport(req: ImportRequest): Promise<ImportReport> {
  const root = req.displayRoot ?? 'data';
  // what a killed import left behind goes first
  await sweepScratch();
  // The new observations file is written outside data/ and moved in only once checked.
  const work = await scratchDir('out');
  try {
    const out = join(work, 'observations.csv');
    const { input, written } = await readAndWrite(req, root, out);
    return await publish(req, root, input, written, out);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Steps 1–3: the file read into a table, its rows written to `out`; the table is let go on return. */
async function readAndWrite(req: ImportRequest, root: string, out: string): Promise<{ input: Omit<Input, 'table'>; written: Written }> {
  const { table, ...input } = await readInput(req);
  const written = await writeObservations(req, { table, ...input }, root, out);
  return { input, written };
}

/** Steps 4–5: indicators and sources checked (or added), aliases from --map, then the checked, atomic write. */
async function publish(req: ImportRequest, root: string, input: Omit<Input, 'table'>, written: Written, out: string): Promise<ImportReport> {
  const { profile, notes } = input;
  const { summary, diff } = written;
  notes.push(...summary.notes);
  const toAdd = await indicatorsToAdd(req, root, profile, written);

  // 5. The changes: indicators appended, aliases remembered, the observations file unless it is the same.
  const outRel = `observations/${written.name}.csv`;
  const outPath = join(req.dataDir, outRel);
  const changes: FileChange[] = [];
  if (toAdd.length > 0) {
    const old = await readFile(join(req.dataDir, 'indicators.csv'), 'utf8');
    const lines = toAdd.map((d) => csvLine(INDICATOR_COLUMNS.map((c) => d[c])));
    changes.push({ path: 'indicators.csv', text: withLines(old, lines) });
  }
  const aliases = newAliases(written, input.fileName);
  if (aliases.lines.length > 0) {
    const old = await readFile(join(req.dataDir, 'geo', 'aliases.csv'), 'utf8');
    changes.push({ path: 'geo/aliases.csv', text: withLines(old, aliases.lines) });
  }
  const same = existsSync(outPath) && unchanged(diff) && (await fileSha256(outPath)) === written.sha256;
  if (!same) changes.push({ path: outRel, file: out });

  const report: ImportReport = {
    profile: profile.name,
    output: `${root}/${outRel}`,
    notes,
    skipped: summary.skipped,
    missing: summary.missing,
    rows: summary.count,
    diff,
    written: false,
    aliasesAdded: aliases.added,
    indicatorsAdded: toAdd.map((d) => d.id),
    preexisting: 0,
  };
  if (req.dryRun) {
    // the whole checker over the would-be data: a dry run fails on any problem, as the import would and more
    const { before, fresh } = await checkChanges(req.dataDir, changes, root);
    const already = before.map((p) => ({ ...p, message: `${p.message} (already in ${root}/ before this import)` }));
    if (fresh.length + already.length > 0) throw new ImportFailure([...fresh, ...already]);
    return report;
  }
  if (changes.length === 0) return report;
  const committed = await commitChanges(req.dataDir, changes, root);
  report.written = true;
  report.preexisting = committed.preexisting.length;
  return report;
}

/**
 * Step 4: every indicator and source the rows name must be in data/, or (indicators, with
 * --add-indicators) defined by the profile.
 * @returns the profile's definitions to append
 * @throws ImportFailure naming each one missing
 */
async function indicatorsToAdd(req: ImportRequest, root: string, profile: Input['profile'], written: Written): Promise<IndicatorRow[]> {
  const problems: Problem[] = [];
  const indIds = await firstColumn(join(req.dataDir, 'indicators.csv'), `${root}/indicators.csv`);
  const srcIds = await firstColumn(join(req.dataDir, 'sources.csv'), `${root}/sources.csv`);
  const toAdd: IndicatorRow[] = [];
  for (const id of written.indicators) {
    if (indIds.has(id)) continue;
    const def = profile.indicators?.find((d) => d.id === id);
    if (def && req.addIndicators) toAdd.push(def);
    else {
      const offer = def ? `; profile ${profile.name} defines it: add --add-indicators to append its definition` : '; add it to indicators.csv first';
      problems.push({ file: `${root}/indicators.csv`, line: 1, column: 1, message: `indicator "${id}" is not in ${root}/indicators.csv${offer}` });
    }
  }
  for (const id of written.sources) {
    if (!srcIds.has(id)) problems.push({ file: `${root}/sources.csv`, line: 1, column: 1, message: `source "${id}" is not in ${root}/sources.csv; add the publication there first` });
  }
  if (problems.length > 0) throw new ImportFailure(problems);
  return toAdd;
}

/** The --map entries used that the reference does not already resolve: alias lines to append, and how the report says them. */
function newAliases(written: Written, fileName: string): { lines: string[]; added: string[] } {
  const { ref, resolver } = written;
  const added: string[] = [];
  const lines: string[] = [];
  for (const [raw, unit] of written.summary.mapped) {
    const exists = ref.aliases.some((a: AliasRow) => a.kind === 'unit' && a.vintage === unit.vintage && a.code === unit.code && normalizeName(a.alias) === normalizeName(raw));
    const r = resolver.resolve(raw, { vintage: unit.vintage });
    if (exists || (r.ok && r.code === unit.code)) continue;
    const row: AliasRow = { alias: raw, kind: 'unit', vintage: unit.vintage, code: unit.code, note: `added by data:import --map (${fileName})` };
    lines.push(csvLine(ALIAS_COLUMNS.map((c) => row[c])));
    added.push(`${raw} → ${unit.vintage} ${unit.code}`);
  }
  return { lines, added };
}

/** The ids (first column) of a small reference table. */
async function firstColumn(path: string, display: string): Promise<Set<string>> {
  return new Set((await readCsvFile(path, display)).rows.map((r) => r.fields[0]!));
}

function withLines(old: string, lines: readonly string[]): string {
  return (old.endsWith('\n') || old === '' ? old : old + '\n') + lines.join('\n') + '\n';
}
