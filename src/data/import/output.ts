/**
 * The import's middle: a table's rows read (rows.ts) and written one by one into a new
 * observations file outside data/, while the diff against the file in data/ is counted and the
 * indicators and sources named are gathered. No row is kept: memory holds the input table, the
 * current file's rows by key (for the diff) and the keys seen (for duplicates), not the output.
 */
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createResolver, type Resolver } from '../../lib/geo/resolve.ts';
import type { Vintage } from '../../lib/types.ts';
import { scanCsvFile } from '../csv/read.ts';
import { CsvFileWriter } from '../csv/write.ts';
import { loadReference, type Reference } from '../reference.ts';
import { DiffCounter, OBSERVATION_HEADER, rowFields, type Diff } from './diff.ts';
import type { ImportRequest } from './index.ts';
import type { Input } from './input.ts';
import { failAt, ImportFailure } from './problems.ts';
import { readRows, type RowsSummary } from './rows.ts';

export interface Written {
  /** the observations file's name in data/observations/, without `.csv` */
  name: string;
  /** the rows read: counts, skips, --map entries used, notes */
  summary: RowsSummary;
  diff: Diff;
  /** SHA-256 of the written file */
  sha256: string;
  /** indicator and source ids the rows name */
  indicators: Set<string>;
  sources: Set<string>;
  ref: Reference;
  resolver: Resolver;
}

/**
 * Reads the input's rows into the file `out` (header first, then one line per observation).
 * @param root how problems name the data directory
 * @throws ImportFailure with every problem of the rows, or when no figure was found
 */
export async function writeObservations(req: ImportRequest, input: Input, root: string, out: string): Promise<Written> {
  const { table, profile, fileName, sheet, sheetCount } = input;
  const ref = await loadReference(req.dataDir, { displayRoot: root });
  const vn63Codes = ref.units.filter((u) => u.vintage === 'VN63').map((u) => u.code).sort();
  const resolver = createResolver(ref.units, ref.aliases, ref.crosswalk);
  const maps = parseMaps(req.maps ?? [], ref.units.map((u) => `${u.vintage}:${u.code}`), resolver);

  const name = req.name ?? defaultName(profile.name, fileName, sheetCount > 1 ? sheet : undefined);
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(name)) throw new Error(`invalid output name: ${name}`);
  const diff = new DiffCounter();
  const currentPath = join(req.dataDir, 'observations', `${name}.csv`);
  if (existsSync(currentPath)) await scanCsvFile(currentPath, `${root}/observations/${name}.csv`, (_line, fields) => diff.current(fields));

  const indicators = new Set<string>();
  const sources = new Set<string>();
  const writer = new CsvFileWriter(out);
  const total = table.count;
  let summary: RowsSummary;
  let sha256: string;
  try {
    writer.record(OBSERVATION_HEADER);
    summary = readRows(
      table,
      {
        profile,
        fileName,
        displayFile: fileName,
        ...(sheet === undefined ? {} : { sheet }),
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
        ...(req.progress ? { progress: (n: number) => req.progress!(n, total) } : {}),
      },
      (row) => {
        const fields = rowFields(row);
        writer.record(fields);
        diff.next(fields);
        indicators.add(row.indicator);
        sources.add(row.source);
      },
    );
  } finally {
    sha256 = writer.close();
  }
  if (summary.problems.length > 0) throw new ImportFailure(summary.problems);
  if (summary.count === 0) throw failAt(fileName, table.headerLines[0] ?? 1, 1, 'no figures found below the header; nothing to import');
  return { name, summary, diff: diff.finish(), sha256, indicators, sources, ref, resolver };
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
