/**
 * `npm run data:import`: one published table → one file of data/observations/, through
 * decode → table → profile → rows → diff → checked atomic write. See scripts/data-import.ts.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createResolver, type Resolver } from '../../lib/geo/resolve.ts';
import { normalizeName } from '../../lib/geo/normalize.ts';
import type { ValueOptions } from './row-types.ts';
import type { AliasRow, IndicatorRow, Vintage } from '../../lib/types.ts';
import { readCsvFile } from '../csv/read.ts';
import { loadReference } from '../reference.ts';
import { ALIAS_COLUMNS, INDICATOR_COLUMNS } from '../check/schema.ts';
import { csvLine, csvText } from '../../lib/csv/write.ts';
import { decodeBytes } from './decode.ts';
import type { Encoding } from './decode.ts';
import { OBSERVATION_HEADER, diffRows, rowFields } from './diff.ts';
import type { Diff } from './diff.ts';
import type { Problem } from './problems.ts';
import { ImportFailure, failAt } from './problems.ts';
import { detectProfile, profileByName } from './profiles/index.ts';
import type { Profile } from './profiles/index.ts';
import { buildRows } from './rows.ts';
import { detectDelimiter, shapeTable, splitDelimited } from './table.ts';
import type { Delimiter, Row, Skipped } from './table.ts';
import { isWorkbook, readSheet } from './xlsx.ts';
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
  const fileName = basename(req.file);
  const bytes = await readFile(req.file);
  if (bytes.length === 0) throw failAt(fileName, 1, 1, 'empty file');
  const notes: string[] = [];

  // 1. Rows of cells.
  let rows: Row[];
  let sheet: string | undefined;
  let sheetCount = 1;
  const named = req.profile === undefined ? undefined : profileByName(req.profile);
  if (isWorkbook(bytes)) {
    const s = readSheet(bytes, fileName, req.sheet, named?.sheets ?? [/tháng$/i]);
    rows = s.rows;
    sheet = s.sheet;
    sheetCount = s.sheets.length;
    notes.push(...s.notes);
  } else {
    if (/^\.xlsx?$/i.test(extname(fileName))) throw failAt(fileName, 1, 1, 'not a workbook although named .xls/.xlsx (the file may be truncated or be CSV/HTML saved under that name)');
    const decoded = decodeBytes(bytes, fileName, req.encoding);
    notes.push(...decoded.notes);
    const delimiter = req.delimiter ?? detectDelimiter(decoded.text);
    notes.push(`delimiter: ${delimiter === '\t' ? 'tab' : delimiter}`);
    rows = splitDelimited(decoded.text, delimiter, fileName);
  }

  // 2. Header and profile (the profile may fix the number of header rows).
  let table = shapeTable(rows, req.headerRows ?? named?.headerRows);
  if (table.header.length === 0) throw failAt(fileName, 1, 1, 'no header row found (a header needs at least two filled cells)');
  let profile: Profile = named ?? detectProfile(table.header, fileName);
  if (!named && profile.detect?.headerRows !== undefined && req.headerRows === undefined && table.headerLines.length !== profile.detect.headerRows) {
    table = shapeTable(rows, profile.detect.headerRows);
  }
  // A workbook picked before the profile was known: prefer the profile's sheet.
  if (!named && req.sheet === undefined && profile.sheets && isWorkbook(bytes)) {
    const s = readSheet(bytes, fileName, undefined, profile.sheets);
    if (s.sheet !== sheet) {
      sheet = s.sheet;
      notes.splice(notes.findIndex((n) => n.startsWith('sheet:')), 1, ...s.notes.filter((n) => n.startsWith('sheet:')));
      table = shapeTable(s.rows, req.headerRows ?? profile.headerRows);
      profile = detectProfile(table.header, fileName);
    }
  }
  notes.push(`profile: ${profile.name}${named ? '' : ' (detected)'}`);
  notes.push(`header: line ${table.headerLines.join(' and ')}`);

  // 3. Reference, indicators and sources of the data directory.
  const ref = await loadReference(req.dataDir, { displayRoot: root });
  const vn63Codes = ref.units.filter((u) => u.vintage === 'VN63').map((u) => u.code).sort();
  const resolver = createResolver(ref.units, ref.aliases, ref.crosswalk);
  const maps = parseMaps(req.maps ?? [], ref.units.map((u) => `${u.vintage}:${u.code}`), resolver);

  const built = buildRows(table, {
    profile,
    fileName,
    displayFile: fileName,
    ...(sheet === undefined || !isWorkbook(bytes) ? {} : { sheet }),
    ...(req.locale ? { locale: req.locale } : {}),
    ...(req.period ? { period: req.period } : {}),
    ...(req.indicators ? { indicators: req.indicators } : {}),
    ...(req.vintage ? { vintage: req.vintage } : {}),
    ...(req.source ? { source: req.source } : {}),
    ...(req.breakdown !== undefined ? { breakdown: req.breakdown } : {}),
    ...(req.placeColumn !== undefined ? { placeColumn: req.placeColumn } : {}),
    resolver,
    vn63Codes,
    maps,
    ...(req.progress ? { progress: (n: number) => req.progress!(n, table.rows.length) } : {}),
  });
  notes.push(...built.notes);
  if (built.problems.length > 0) throw new ImportFailure(built.problems);
  if (built.rows.length === 0) throw failAt(fileName, table.headerLines[0] ?? 1, 1, 'no figures found below the header; nothing to import');

  // 4. Indicators and sources must exist (or be added from the profile when asked).
  const problems: Problem[] = [];
  const indPath = join(req.dataDir, 'indicators.csv');
  const indTable = await readCsvFile(indPath, `${root}/indicators.csv`);
  const indIds = new Set(indTable.rows.map((r) => r.fields[0]));
  const srcTable = await readCsvFile(join(req.dataDir, 'sources.csv'), `${root}/sources.csv`);
  const srcIds = new Set(srcTable.rows.map((r) => r.fields[0]));
  const toAdd: IndicatorRow[] = [];
  for (const id of new Set(built.rows.map((r) => r.indicator))) {
    if (indIds.has(id)) continue;
    const def = profile.indicators?.find((d) => d.id === id);
    if (def && req.addIndicators) toAdd.push(def);
    else {
      const offer = def ? `; profile ${profile.name} defines it: add --add-indicators to append its definition` : '; add it to indicators.csv first';
      problems.push({ file: `${root}/indicators.csv`, line: 1, column: 1, message: `indicator "${id}" is not in ${root}/indicators.csv${offer}` });
    }
  }
  for (const id of new Set(built.rows.map((r) => r.source))) {
    if (!srcIds.has(id)) problems.push({ file: `${root}/sources.csv`, line: 1, column: 1, message: `source "${id}" is not in ${root}/sources.csv; add the publication there first` });
  }
  if (problems.length > 0) throw new ImportFailure(problems);

  // 5. Diff against the current file.
  const name = req.name ?? defaultName(profile.name, fileName, sheetCount > 1 ? sheet : undefined);
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(name)) throw new Error(`invalid output name: ${name}`);
  const outRel = `observations/${name}.csv`;
  const outPath = join(req.dataDir, outRel);
  const current = existsSync(outPath) ? (await readCsvFile(outPath, `${root}/${outRel}`)).rows.map((r) => r.fields) : [];
  const next = built.rows.map(rowFields);
  const diff = diffRows(current, next);
  const text = csvText([OBSERVATION_HEADER, ...next]);

  const changes: FileChange[] = [];
  if (toAdd.length > 0) {
    const old = await readFile(indPath, 'utf8');
    const lines = toAdd.map((d) => csvLine(INDICATOR_COLUMNS.map((c) => d[c])));
    changes.push({ path: 'indicators.csv', text: withLines(old, lines) });
  }
  const aliasesAdded: string[] = [];
  const aliasLines: string[] = [];
  for (const [raw, unit] of built.mapped) {
    const exists = ref.aliases.some((a: AliasRow) => a.kind === 'unit' && a.vintage === unit.vintage && a.code === unit.code && normalizeName(a.alias) === normalizeName(raw));
    const r = resolver.resolve(raw, { vintage: unit.vintage });
    if (exists || (r.ok && r.code === unit.code)) continue;
    const row: AliasRow = { alias: raw, kind: 'unit', vintage: unit.vintage, code: unit.code, note: `added by data:import --map (${fileName})` };
    aliasLines.push(csvLine(ALIAS_COLUMNS.map((c) => row[c])));
    aliasesAdded.push(`${raw} → ${unit.vintage} ${unit.code}`);
  }
  if (aliasLines.length > 0) {
    const old = await readFile(join(req.dataDir, 'geo', 'aliases.csv'), 'utf8');
    changes.push({ path: 'geo/aliases.csv', text: withLines(old, aliasLines) });
  }
  const same = current.length > 0 && diff.added.length === 0 && diff.changed.length === 0 && diff.removed.length === 0 && (await readFile(outPath, 'utf8')) === text;
  if (!same) changes.push({ path: outRel, text });

  const report: ImportReport = {
    profile: profile.name,
    output: `${root}/${outRel}`,
    notes,
    skipped: built.skipped,
    missing: built.missing,
    rows: built.rows.length,
    diff,
    written: false,
    aliasesAdded,
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

function withLines(old: string, lines: readonly string[]): string {
  return (old.endsWith('\n') || old === '' ? old : old + '\n') + lines.join('\n') + '\n';
}

function defaultName(profile: string, fileName: string, sheet: string | undefined): string {
  const slug = (s: string): string =>
    s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const base = slug(basename(fileName, extname(fileName)));
  return [profile, base, sheet === undefined ? '' : slug(sheet)].filter((s) => s !== '').join('-');
}

function parseMaps(list: readonly string[], known: readonly string[], resolver: Resolver): Map<string, { vintage?: Vintage; code: string }> {
  const out = new Map<string, { vintage?: Vintage; code: string }>();
  for (const item of list) {
    const eq = item.lastIndexOf('=');
    if (eq <= 0) throw new Error(`invalid --map "${item}"; expected "raw name=code" or "raw name=VN34:code"`);
    const raw = item.slice(0, eq).normalize('NFC').trim();
    const target = item.slice(eq + 1).trim();
    const m = /^(?:(VN63|VN34):)?(\d\d|VN)$/.exec(target);
    if (!m) throw new Error(`invalid --map target "${target}"; expected a two-digit code, optionally VN63: or VN34:`);
    const vintage = m[1] as Vintage | undefined;
    const code = m[2]!;
    if (vintage && !known.includes(`${vintage}:${code}`)) throw new Error(`--map "${item}": no unit ${vintage} ${code}`);
    // a region's or a total's figure is not a province's, nor the country's
    const r = resolver.resolve(raw);
    if (!r.ok && (r.reason === 'region' || r.reason === 'total')) {
      throw new Error(`--map "${item}" refused: ${r.message}; its figure cannot be imported as ${code === 'VN' ? 'the whole country' : 'a province'}`);
    }
    out.set(raw, vintage ? { vintage, code } : { code });
  }
  return out;
}
