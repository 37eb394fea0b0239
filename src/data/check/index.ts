/**
 * The data checker: reads every file of data/, reports every problem at once (file, line,
 * column, what was expected) and returns the validated Dataset the bake consumes.
 * See docs/CONTRACTS.md for the formats and the decisions in each rule module.
 *
 * - `indicators.csv` and `sources.csv` are required; `events.csv` and `observations/` are optional
 *   (missing means none yet).
 * - A row with any problem is left out of the dataset; the dataset is meant for the bake only
 *   when `problems` is empty.
 */
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Dataset, EventRow, IndicatorRow, Observation } from '../../lib/types.ts';
import { loadReference, readTable, scanTable } from '../reference.ts';
import { checkEvents } from './events.ts';
import { checkReference, geoIndex } from './geo.ts';
import { checkIndicators } from './indicators.ts';
import { ObservationChecker, type ObservationSource } from './observations.ts';
import type { Problem } from './problem.ts';
import { readableProblem, sortProblems } from './problem.ts';
import { EVENT_COLUMNS, INDICATOR_COLUMNS, OBSERVATION_COLUMNS, SOURCE_COLUMNS } from './schema.ts';
import { checkSources } from './sources.ts';
import { checkTopology, TOPOLOGY_FILE } from './topology.ts';
import { fieldIndexes, indicatorsTable, sourcesTable } from '../../lib/schema/index.ts';

const INDICATOR_ID = fieldIndexes(indicatorsTable).id;
const SOURCE_ID = fieldIndexes(sourcesTable).id;

export type { Problem } from './problem.ts';
export { formatProblem, sortProblems } from './problem.ts';

export type { ObservationFile, ObservationSource } from './observations.ts';

/**
 * The checked data as the bake takes it: the small tables as rows, the observations as the files
 * they are in (the bake loads them itself; a million rows are never held here).
 */
export type CheckedDataset = Omit<Dataset, 'observations'> & { observations: ObservationSource };

export interface CheckResult {
  /** sorted by file, line, column */
  problems: Problem[];
  dataset: CheckedDataset;
  /** the valid observation rows, only with `keepRows` (tests and small tools) */
  observations?: Observation[];
  /** every file read, relative to the project root */
  files: string[];
}

export interface CheckOptions {
  /** how `dataDir` is named in problems; default: its path relative to the working directory */
  displayRoot?: string;
  /** also return the valid observation rows (CheckResult.observations) */
  keepRows?: boolean;
}

/**
 * Checks a data directory.
 * @param dataDir e.g. `./data`
 * @returns every problem and the rows that passed
 */
export async function checkData(dataDir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const root = options.displayRoot ?? displayRootOf(dataDir);
  const problems: Problem[] = [];
  const files: string[] = [];
  const display = (name: string): string => {
    const p = `${root}/${name}`;
    files.push(p);
    return p;
  };

  const ref = await loadReference(dataDir, { displayRoot: root });
  for (const name of ['units.csv', 'crosswalk.csv', 'aliases.csv']) display(`geo/${name}`);
  for (const p of ref.problems) problems.push(p);
  for (const p of checkReference(ref, root)) problems.push(p);
  const geo = geoIndex(ref);
  const topoFile = `${root}/${TOPOLOGY_FILE}`;
  const topoProblems = await checkTopology(join(dataDir, TOPOLOGY_FILE), topoFile, ref.units);
  if (await exists(join(dataDir, 'geo'), 'vietnam.topo.json')) files.push(topoFile);

  const indFile = display('indicators.csv');
  const indTable = await readTable(join(dataDir, 'indicators.csv'), indFile, INDICATOR_COLUMNS, problems);
  const indicators = indTable ? checkIndicators(indTable.rows, indFile, problems) : [];
  const indicatorIds = indTable ? new Set<string>(indTable.rows.map((r) => r.fields[INDICATOR_ID]!)) : null;

  const srcFile = display('sources.csv');
  const srcTable = await readTable(join(dataDir, 'sources.csv'), srcFile, SOURCE_COLUMNS, problems);
  const sources = srcTable ? checkSources(srcTable.rows, srcFile, problems) : [];
  const sourceIds = srcTable ? new Set<string>(srcTable.rows.map((r) => r.fields[SOURCE_ID]!)) : null;

  // A missing, unreadable or empty file that every other check depends on is reported alone:
  // checking the rest against nothing would bury it among hundreds of follow-on problems.
  const blocking = blockingFiles(problems, [
    [`${root}/geo/units.csv`, ref.lines.units.length],
    [`${root}/geo/crosswalk.csv`, ref.lines.crosswalk.length],
    [indFile, indTable?.rows.length ?? 0],
    [srcFile, srcTable?.rows.length ?? 0],
  ]);
  if (blocking.length > 0) {
    if (await exists(dataDir, 'events.csv')) display('events.csv');
    for (const name of await observationFiles(dataDir)) display(`observations/${name}`);
    return { problems: sortProblems(blocking).map(readableProblem), dataset: { indicators: [], sources: [], units: [], crosswalk: [], aliases: [], observations: { files: [], periods: [], count: 0 }, events: [] }, files };
  }

  const events: EventRow[] = [];
  if (await exists(dataDir, 'events.csv')) {
    const evFile = display('events.csv');
    const evTable = await readTable(join(dataDir, 'events.csv'), evFile, EVENT_COLUMNS, problems);
    if (evTable) events.push(...checkEvents(evTable.rows, evFile, { sourceIds, geo }, problems));
  }

  const byId = new Map<string, IndicatorRow>(indicators.map((i) => [i.id, i]));
  const checker = new ObservationChecker({ indicators: byId, indicatorIds, sourceIds, geo }, { keepRows: options.keepRows === true });
  for (const name of await observationFiles(dataDir)) {
    const file = display(`observations/${name}`);
    // Streamed: rows are checked as they are read and let go; only keys and per-file state stay.
    const path = join(dataDir, 'observations', name);
    checker.startFile(file, problems, path);
    await scanTable(path, file, OBSERVATION_COLUMNS, problems, checker.checkRow);
  }

  for (const p of topoProblems) problems.push(p);
  return {
    problems: sortProblems(problems).map(readableProblem),
    dataset: {
      indicators,
      sources,
      units: ref.units,
      crosswalk: ref.crosswalk,
      aliases: ref.aliases,
      observations: checker.source(),
      events,
    },
    ...(checker.observations ? { observations: checker.observations } : {}),
    files,
  };
}

/** What a file every check depends on must say, when it is missing or empty, about the checks it stopped. */
export const SKIPPED = 'the checks that depend on this file were not run';

/**
 * The problems of the files the other checks depend on that have no usable rows (missing,
 * unreadable, wrong header, empty): each file's own problems, the first marked with SKIPPED.
 */
function blockingFiles(problems: readonly Problem[], files: readonly (readonly [string, number])[]): Problem[] {
  const out: Problem[] = [];
  for (const [file, rows] of files) {
    if (rows > 0) continue;
    const own = sortProblems(problems.filter((p) => p.file === file));
    const first = own[0] ?? { file, line: 2, column: 1, message: 'no rows after the header' };
    out.push({ ...first, message: `${first.message}; ${SKIPPED}` }, ...own.slice(1));
  }
  return out;
}

/** `data` for ./data; a directory outside the working directory keeps its absolute path. */
function displayRootOf(dataDir: string): string {
  const rel = relative(process.cwd(), dataDir);
  const shown = rel.startsWith('..') || isAbsolute(rel) ? resolve(dataDir) : rel;
  return shown.split(sep).join('/') || '.';
}

/** `*.csv` in data/observations/, sorted by name so the order of rows is reproducible. */
async function observationFiles(dataDir: string): Promise<string[]> {
  try {
    const names = await readdir(join(dataDir, 'observations'));
    return names.filter((n) => n.endsWith('.csv')).sort();
  } catch {
    return [];
  }
}

async function exists(dataDir: string, name: string): Promise<boolean> {
  try {
    return (await readdir(dataDir)).includes(name);
  } catch {
    return false;
  }
}
