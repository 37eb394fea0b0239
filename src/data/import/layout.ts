/**
 * A table's header, read as its profile describes it: where the place, the period parts, the
 * vintage, the sub-unit and the source are, and which columns hold values of which indicator,
 * period and breakdown (each one a fixed text or the column to read it from). Every problem is
 * at the header line; rows.ts reads the cells with the layout this returns.
 */
import { describeHeader, placeColumn } from './columns.ts';
import type { Profile, ValueLayout } from './profiles/types.ts';
import { periodFromLabel } from './labels.ts';
import type { RowsOptions } from './row-types.ts';
import type { Table } from './table.ts';

/** A column of values: what it holds, each fixed or the index of the column that says it. */
export interface ValueColumn {
  column: number;
  label: string;
  indicator: string | number;
  /** an ISO period, 'row' (from the period columns), or a column of period labels */
  period: string | number;
  breakdown: string | number;
}

/** `--indicator` entries: one id for a single-indicator table, and `HEADER=id` pairs. */
export interface IndicatorMapping {
  single?: string;
  byHeader: Map<string, string>;
}

export interface Layout {
  header: readonly string[];
  headerLine: number;
  geoCol: number;
  /** the year, month and quarter columns (profiles with periodColumns), -1 where absent */
  yearCol: number;
  monthCol: number;
  quarterCol: number;
  vintageCol: number;
  subunitCol: number;
  sourceCol: number;
  columns: ValueColumn[];
  mapping: IndicatorMapping;
}

type At = (line: number, column: number, message: string) => void;

/** Compares labels as people write them: NFC, no case, single spaces. */
export function normLabel(label: string): string {
  return label.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Reads the header of `table` as `opt.profile` describes it; problems go to `at`, remarks to `notes`. */
export function readLayout(table: Table, opt: RowsOptions, at: At, notes: string[]): Layout {
  const header = table.header;
  const headerLine = table.headerLines[0] ?? 1;
  const p = opt.profile;
  const find = (re: RegExp | undefined): number => (re === undefined ? -1 : header.findIndex((h) => re.test(h.normalize('NFC'))));
  const atHeader = (message: string): void => at(headerLine, 1, message);

  let geoCol = find(p.geo.header);
  if (geoCol === -1) geoCol = 0;
  if (opt.placeColumn !== undefined) {
    const chosen = placeColumn(header, opt.placeColumn);
    if (typeof chosen === 'string') atHeader(chosen);
    else geoCol = chosen;
  }
  const pc = p.periodColumns;
  const yearCol = pc ? find(pc.year) : -1;
  const monthCol = find(pc?.month);
  const quarterCol = find(pc?.quarter);
  if (pc && (yearCol === -1 || monthCol + quarterCol === -2)) atHeader(`no year and month/quarter columns; the header has: ${header.join(', ')}`);

  const mapping = indicatorMapping(opt.indicators ?? []);
  const fixedPeriod = opt.period ?? (pc ? 'row' : periodFromFile(p, opt.fileName));
  const breakdown = opt.breakdown ?? p.breakdownBySheet?.find((b) => opt.sheet !== undefined && b.sheet.test(opt.sheet))?.breakdown ?? '';
  const needPeriod = (): string => {
    if (fixedPeriod !== null) return fixedPeriod;
    atHeader(`no period: give --period (e.g. 2019)${p.periodFromFile ? ' or name the file with its year' : ''}`);
    return '';
  };
  const context: ColumnsContext = { header, table, geoCol, mapping, breakdown, fixedPeriod, needPeriod, find, atHeader, notes };
  const columns = valueColumns(p.values, context);

  const long = p.values.kind === 'long' ? p.values : null;
  const sourceCol = find(long?.source);
  if (opt.source === undefined && sourceCol === -1) atHeader('no source: give --source ID (an id in data/sources.csv)');
  return { header, headerLine, geoCol, yearCol, monthCol, quarterCol, vintageCol: find(long?.vintage), subunitCol: find(long?.subunit), sourceCol, columns, mapping };
}

interface ColumnsContext {
  header: readonly string[];
  table: Table;
  geoCol: number;
  mapping: IndicatorMapping;
  breakdown: string;
  fixedPeriod: string | null;
  needPeriod: () => string;
  find: (re: RegExp | undefined) => number;
  atHeader: (message: string) => void;
  notes: string[];
}

function valueColumns(layout: ValueLayout, c: ColumnsContext): ValueColumn[] {
  switch (layout.kind) {
    case 'columns':
      return fixedColumns(layout, c);
    case 'periods':
      return periodColumns(c);
    case 'indicators':
    case 'period_measure':
      return indicatorColumns(layout.kind, c);
    case 'long':
      return longColumn(layout, c);
  }
}

/** Fixed columns, each one indicator, of the period the options or the file name give. */
function fixedColumns(layout: Extract<ValueLayout, { kind: 'columns' }>, c: ColumnsContext): ValueColumn[] {
  const period = c.needPeriod();
  const columns: ValueColumn[] = [];
  for (const spec of layout.columns) {
    const i = c.find(spec.header);
    if (i === -1) c.atHeader(`column ${spec.header.source.replace(/^\^|\$$/g, '')} not found; the header has: ${c.header.filter((h) => h !== '').join(', ')}`);
    else columns.push({ column: i, label: c.header[i]!, indicator: spec.indicator, period, breakdown: spec.breakdown ?? c.breakdown });
  }
  return columns;
}

/** Every column whose header is a period, all of the one indicator that --indicator names. */
function periodColumns(c: ColumnsContext): ValueColumn[] {
  const single = c.mapping.single;
  const columns: ValueColumn[] = [];
  c.header.forEach((h, i) => {
    if (i === c.geoCol) return;
    const period = periodFromLabel(h);
    if (period !== null) columns.push({ column: i, label: h, indicator: single ?? '', period, breakdown: c.breakdown });
  });
  if (columns.length === 0) c.atHeader(`no column header is a period (e.g. 2019, Năm 2019, Quý 3/2019); for indicators as columns use --profile wide-indicators; ${describeHeader(c.header, c.table.headerLines)}`);
  else if (single === undefined) c.atHeader(`the columns are periods (${columns.map((v) => v.label).join(', ')}); give the indicator with --indicator ID`);
  return columns;
}

/** Indicators as columns (headers are ids or mapped), or PX-Web's "period | measure" headers. */
function indicatorColumns(kind: 'indicators' | 'period_measure', c: ColumnsContext): ValueColumn[] {
  const period = kind === 'indicators' ? c.needPeriod() : '';
  const columns: ValueColumn[] = [];
  const ignored: string[] = [];
  const measures = new Set<string>();
  c.header.forEach((h, i) => {
    if (i === c.geoCol || h === '') return;
    let label = h;
    let per = period;
    if (kind === 'period_measure') {
      const [up = '', low = ''] = h.split(' | ');
      const pp = periodFromLabel(up);
      if (pp === null) {
        ignored.push(h);
        return;
      }
      per = pp;
      label = low === '' ? up : low;
      measures.add(label);
    }
    const id = c.mapping.byHeader.get(normLabel(label)) ?? (kind === 'period_measure' ? c.mapping.single : /^[a-z][a-z0-9_]*$/.test(label) ? label : undefined);
    if (id === undefined) ignored.push(h);
    else columns.push({ column: i, label: h, indicator: id, period: per, breakdown: c.breakdown });
  });
  if (kind === 'period_measure' && c.mapping.single !== undefined && measures.size > 1) {
    c.atHeader(`one --indicator for ${measures.size} measures (${[...measures].join('; ')}); map each with --indicator "MEASURE=id"`);
  }
  if (ignored.length > 0) c.notes.push(`columns not imported (no indicator for them): ${ignored.join('; ')}`);
  if (columns.length === 0) c.atHeader(`no column maps to an indicator; use --indicator "HEADER=id"; ${describeHeader(c.header, c.table.headerLines)}`);
  return columns;
}

/** One row per figure: the value column, with the indicator, period and breakdown fixed or read per row. */
function longColumn(layout: Extract<ValueLayout, { kind: 'long' }>, c: ColumnsContext): ValueColumn[] {
  const valueCol = c.find(layout.value);
  const perCol = c.find(layout.period);
  const indCol = c.find(layout.indicator);
  const brCol = c.find(layout.breakdown);
  if (valueCol === -1) c.atHeader(`no value column (value, giá trị); the header has: ${c.header.join(', ')}`);
  if (perCol === -1 && c.fixedPeriod === null) c.atHeader('no period column (period, năm, kỳ) and no --period');
  if (indCol === -1 && c.mapping.single === undefined) c.atHeader('no indicator column and no --indicator ID');
  if (valueCol === -1) return [];
  return [{
    column: valueCol,
    label: c.header[valueCol]!,
    indicator: indCol === -1 ? (c.mapping.single ?? '') : indCol,
    period: perCol === -1 ? (c.fixedPeriod ?? '') : perCol,
    breakdown: brCol === -1 ? c.breakdown : brCol,
  }];
}

function indicatorMapping(list: readonly string[]): IndicatorMapping {
  const byHeader = new Map<string, string>();
  let single: string | undefined;
  for (const item of list) {
    const eq = item.lastIndexOf('=');
    if (eq === -1) single = item.trim();
    else byHeader.set(normLabel(item.slice(0, eq)), item.slice(eq + 1).trim());
  }
  return single === undefined ? { byHeader } : { single, byHeader };
}

function periodFromFile(p: Profile, fileName: string): string | null {
  if (!p.periodFromFile) return null;
  const m = p.periodFromFile.exec(fileName);
  const year = m?.groups?.year;
  if (year === undefined) return null;
  const month = m?.groups?.month;
  return month === undefined ? year : `${year}-${month.padStart(2, '0')}`;
}
