/**
 * Cells → observation rows, as a profile describes them: places through the shared resolver,
 * numbers in the table's locale (given or detected over the whole table), missing-value markers
 * dropped, and every row carrying its provenance (file, sheet, row, column, raw text).
 * Problems (unknown places, ambiguous or non-numbers, a place twice) are collected, not thrown.
 */
import { parseNumber, type NumberLocale } from '../../lib/numbers/parse.ts';
import { detectLocale, plain, quoteFor } from './number-writing.ts';
import { isPeriodError, parsePeriod } from '../../lib/periods/period.ts';
import type { Resolution } from '../../lib/geo/resolve.ts';
import { normalizeName } from '../../lib/geo/normalize.ts';
import { MERGER_DATE } from '../../lib/types.ts';
import type { Vintage } from '../../lib/types.ts';
import type { Problem } from './problems.ts';
import type { Profile } from './profiles/types.ts';
import { isSummaryLabel, periodFromLabel } from './labels.ts';
import { normLabel, readLayout, type Layout, type ValueColumn } from './layout.ts';
import { isMissing } from './table.ts';
import type { Row, Skipped, Table } from './table.ts';
import type { OutRow, RowsOptions, RowsResult, RowsSummary, Unresolved } from './row-types.ts';

export type { OutRow, RowsOptions, RowsResult, RowsSummary, Unresolved };

/**
 * Builds observation rows from a shaped table and keeps them (tests, small tables); the importer
 * streams them instead (readRows).
 * @returns rows plus everything that was skipped or is wrong
 */
export function buildRows(table: Table, opt: RowsOptions): RowsResult {
  const rows: OutRow[] = [];
  return { ...readRows(table, opt, (row) => rows.push(row)), rows };
}

/**
 * Reads observation rows from a shaped table: the header read once (layout.ts), the number
 * format fixed for the whole table, then each row read (RowReader) and handed to `emit` as it
 * is made, none kept.
 * @returns everything that was skipped or is wrong, and the notes
 */
export function readRows(table: Table, opt: RowsOptions, emit: (row: OutRow) => void): RowsSummary {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const at = (line: number, column: number, message: string): void => {
    problems.push({ file: opt.displayFile, line, column, message });
  };
  const layout = readLayout(table, opt, at, notes);
  const empty: RowsSummary = { count: 0, skipped: [...table.skipped], problems, unresolved: [], missing: 0, locale: 'none', mapped: new Map(), notes };
  if (problems.length > 0) return empty;

  const p = opt.profile;
  const locale = opt.locale ?? p.locale ?? detectLocale(table, layout.columns.map((c) => c.column), at);
  if (problems.length > 0) return empty;
  if (opt.locale === undefined && p.locale === undefined) notes.push(locale === undefined ? 'number format: no thousands or decimal separator decides it' : `number format detected: ${locale === 'vi' ? 'Vietnamese (1.234,5)' : 'English (1,234.5)'}`);

  const coverage = new Coverage();
  let count = 0;
  const reader = new RowReader(opt, layout, locale, at, [...table.skipped], (row) => {
    count++;
    coverage.add(row);
    emit(row);
  });
  let n = 0;
  table.rows.forEach((row) => {
    if (opt.progress && (++n & 8191) === 0) opt.progress(n);
    reader.read(row);
  });
  for (const u of reader.unresolved.values()) {
    const dym = u.suggestions.length > 0 && !u.message.includes('did you mean') ? `; candidates: ${u.suggestions.join(', ')}` : '';
    at(u.line, u.column, `${u.message}${dym}; resolve it with --map "${u.name}=CODE"`);
  }
  if (p.units !== undefined) notes.push(...coverage.notes(p.name, p.units));
  const skipped = reader.skipped.sort((a, b) => a.line - b.line);
  return { count, skipped, problems, unresolved: [...reader.unresolved.values()], missing: reader.missing, locale: locale ?? 'none', mapped: reader.mapped, notes };
}

type At = (line: number, column: number, message: string) => void;
/** Where a row's place is: its code and vintage, and the sub-unit it names; null when the row is left out. */
type Placed = { code: string; vintage: Vintage; subunit: string } | null;

/** Reads a table's rows one by one with the layout, remembering what repeats (places, periods, keys). */
class RowReader {
  readonly unresolved = new Map<string, Unresolved>();
  readonly mapped = new Map<string, { vintage: Vintage; code: string }>();
  missing = 0;
  private readonly seen = new Map<string, number>();
  private readonly resolutions = new Map<string, Resolution>();
  private readonly periods = new Map<string, { start: string; end: string } | null>();
  private readonly labelPeriods = new Map<string, string>();
  private readonly p: Profile;
  private readonly opt: RowsOptions;
  private readonly layout: Layout;
  private readonly locale: NumberLocale | undefined;
  private readonly at: At;
  readonly skipped: Skipped[];
  private readonly emit: (row: OutRow) => void;

  constructor(opt: RowsOptions, layout: Layout, locale: NumberLocale | undefined, at: At, skipped: Skipped[], emit: (row: OutRow) => void) {
    this.emit = emit;
    this.opt = opt;
    this.p = opt.profile;
    this.layout = layout;
    this.locale = locale;
    this.at = at;
    this.skipped = skipped;
  }

  read(row: Row): void {
    const place = this.placeText(row.cells);
    const why = this.skipReason(place);
    if (why !== null) {
      this.skipped.push({ line: row.line, why });
      return;
    }
    for (const vc of this.layout.columns) {
      const raw = (row.cells[vc.column] ?? '').trim();
      if (isMissing(raw)) {
        this.missing++;
        continue;
      }
      // a place that cannot be located leaves the whole row out
      if (this.readCell(row, vc, place, raw) === 'row left out') return;
    }
  }

  /** The place cell; for a national table (geo fixed) with period columns, those columns named. */
  private placeText(cells: readonly string[]): string {
    const { header, geoCol, yearCol, monthCol, quarterCol } = this.layout;
    if (this.p.geo.by === 'fixed' && this.p.periodColumns) {
      return header.map((h, i) => (i === yearCol || i === monthCol || i === quarterCol ? `${h} ${(cells[i] ?? '').trim()}` : '')).filter((x) => x !== '').join(', ');
    }
    return (cells[geoCol] ?? '').normalize('NFC').trim();
  }

  private skipReason(place: string): string | null {
    if (place === '') return 'no place name';
    const skip = this.p.skipRows?.find((s) => s.pattern.test(place));
    if (skip) return `"${place}": ${skip.why}`;
    if (isSummaryLabel(place)) return `summary row "${place}" (not a province)`;
    return null;
  }

  private readCell(row: Row, vc: ValueColumn, place: string, raw: string): 'row left out' | void {
    const cells = row.cells;
    const indicator = typeof vc.indicator === 'number' ? (this.layout.mapping.byHeader.get(normLabel(cells[vc.indicator] ?? '')) ?? (cells[vc.indicator] ?? '').trim()) : vc.indicator;
    const periodRaw = typeof vc.period === 'number' ? (cells[vc.period] ?? '').trim() : vc.period === 'row' && this.p.periodColumns ? this.rowPeriod(cells) : vc.period;
    const period = typeof vc.period === 'number' ? this.periodOfLabel(periodRaw) : periodRaw;
    const br = typeof vc.breakdown === 'number' ? (cells[vc.breakdown] ?? '').trim() : vc.breakdown;
    const dates = this.datesOf(period);
    if (dates === null) {
      this.at(row.line, typeof vc.period === 'number' ? vc.period + 1 : vc.column + 1, `invalid period "${periodRaw}"; expected e.g. 2019, 2019-Q3, 2019-08, Năm 2019, Quý 3/2019`);
      return;
    }
    const from = this.p.from;
    if (from !== undefined && dates.start < `${from}-01-01`) {
      this.at(row.line, vc.column + 1, `period ${period} is before ${from}, where profile ${this.p.name} starts (the table's columns meant something else before)`);
      return;
    }
    const vintage = this.vintageOf(cells, dates);
    if (vintage === undefined) {
      this.at(row.line, vc.column + 1, `period ${period} spans the merger on ${MERGER_DATE}; give --vintage VN63 or VN34`);
      return;
    }
    const placed = this.locate(row, place, vintage);
    if (placed === null) return 'row left out';
    const number = this.numberOf(row, vc, raw);
    if (number === null) return;
    const key = `${indicator}\u0000${placed.vintage}\u0000${placed.code}\u0000${placed.subunit}\u0000${br}\u0000${period}`;
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.at(row.line, this.layout.geoCol + 1, `"${place}" (${placed.vintage} ${placed.code}) appears twice for ${indicator} ${period}${br ? ` ${br}` : ''}: lines ${first} and ${row.line}`);
      return;
    }
    this.seen.set(key, row.line);
    this.emit(this.outRow(row, vc, { indicator, period, breakdown: br, place, raw, ...placed, ...number }));
  }

  private rowPeriod(cells: readonly string[]): string {
    const { yearCol, monthCol, quarterCol } = this.layout;
    const y = (cells[yearCol] ?? '').trim();
    if (monthCol !== -1) return `${y}-${(cells[monthCol] ?? '').trim().padStart(2, '0')}`;
    return `${y}-Q${quarterCol === -1 ? '' : (cells[quarterCol] ?? '').trim()}`;
  }

  private periodOfLabel(label: string): string {
    let iso = this.labelPeriods.get(label);
    if (iso === undefined) {
      iso = periodFromLabel(label) ?? label;
      this.labelPeriods.set(label, iso);
    }
    return iso;
  }

  private datesOf(text: string): { start: string; end: string } | null {
    let r = this.periods.get(text);
    if (r === undefined) {
      const pp = parsePeriod(text);
      r = isPeriodError(pp) ? null : pp;
      this.periods.set(text, r);
    }
    return r;
  }

  /** The vintage a row's cell names, else the options' or profile's, else the one its period falls in. */
  private vintageOf(cells: readonly string[], dates: { start: string; end: string }): Vintage | undefined {
    const col = this.layout.vintageCol;
    const text = col === -1 ? '' : (cells[col] ?? '').trim();
    if (text === 'VN63' || text === 'VN34') return text;
    const given = this.opt.vintage ?? this.p.vintage;
    if (given !== undefined) return given;
    if (dates.end < MERGER_DATE) return 'VN63';
    if (dates.start >= MERGER_DATE) return 'VN34';
    return undefined;
  }

  /** The place: the profile's fixed code, PAPI's sequence number, a --map entry, or the resolver. */
  private locate(row: Row, place: string, vintage: Vintage): Placed {
    const geo = this.p.geo;
    const column = this.layout.geoCol + 1;
    const subunitCol = this.layout.subunitCol;
    const subunit = subunitCol === -1 ? '' : (row.cells[subunitCol] ?? '').trim();
    const unitOf = geo.by === 'subunit' && geo.province ? geo.province.exec(place)?.groups?.province : undefined;
    if (geo.by === 'subunit' && unitOf === undefined) {
      this.at(row.line, column, `"${place}" does not name its province (expected e.g. "Sở Du lịch - tỉnh An Giang")`);
      return null;
    }
    if (geo.by === 'fixed') return { code: geo.code ?? 'VN', vintage, subunit };
    if (geo.by === 'papi_order') {
      const m = /^P(\d{2})$/i.exec(place);
      const code = m ? this.opt.vn63Codes[Number(m[1]) - 1] : undefined;
      if (code !== undefined) return { code, vintage, subunit };
      this.at(row.line, column, `"${place}" is not a PAPI province number; expected P01..P${String(this.opt.vn63Codes.length).padStart(2, '0')}`);
      return null;
    }
    const maps = this.opt.maps;
    const given = maps === undefined || maps.size === 0 ? undefined : (maps.get(place) ?? maps.get(normalizeName(place)));
    if (given !== undefined) {
      const v = given.vintage ?? vintage;
      this.mapped.set(place, { vintage: v, code: given.code });
      return { code: given.code, vintage: v, subunit };
    }
    const r = this.resolve(unitOf ?? place, place, vintage);
    if (!r.ok) {
      if (r.reason === 'total' || r.reason === 'region') {
        this.skipped.push({ line: row.line, why: `${r.reason} row "${place}" (not a province)` });
      } else if (!this.unresolved.has(place)) {
        const suggestions = (r.candidates.length > 0 ? r.candidates : this.opt.resolver.suggest(place, 3)).map((c) => `${c.vintage} ${c.code} ${c.name}`);
        this.unresolved.set(place, { name: place, line: row.line, column, message: r.message, suggestions });
      }
      return null;
    }
    return { code: r.code, vintage: r.vintage, subunit: unitOf !== undefined ? place : subunit };
  }

  private resolve(name: string, place: string, vintage: Vintage): Resolution {
    const key = `${place}\u0000${vintage}`;
    let r = this.resolutions.get(key);
    if (r === undefined) {
      r = this.opt.resolver.resolve(name, { vintage });
      this.resolutions.set(key, r);
    }
    return r;
  }

  /** The cell's number in the table's locale (a cell the reader typed as a number is taken as is); null after a problem. */
  private numberOf(row: Row, vc: ValueColumn, raw: string): { value: number; percent: boolean } | null {
    if (row.numeric?.[vc.column]) return { value: Number(raw), percent: false };
    const parsed = parseNumber(raw, this.locale);
    if (parsed.ok) return { value: parsed.value, percent: parsed.percent };
    const why = parsed.reason === 'ambiguous' ? parsed.message : `not a number: "${raw}"; expected a number or a missing-value marker (.., -, n/a, empty)`;
    this.at(row.line, vc.column + 1, `${why} (column "${vc.label}")`);
    return null;
  }

  private outRow(row: Row, vc: ValueColumn, f: { indicator: string; period: string; breakdown: string; place: string; raw: string; code: string; vintage: Vintage; subunit: string; value: number; percent: boolean }): OutRow {
    const { fileName, sheet, source } = this.opt;
    const sourceCol = this.layout.sourceCol;
    return {
      indicator: f.indicator,
      vintage: f.vintage,
      geo: f.code,
      subunit: f.subunit,
      breakdown: f.breakdown,
      period: f.period,
      value: plain(f.value),
      qualifier: '',
      numerator: '',
      denominator: '',
      source: sourceCol === -1 ? (source ?? '') : (row.cells[sourceCol] ?? '').trim() || (source ?? ''),
      quote: quoteFor(f.place, vc.label, f.raw, f.value, f.percent),
      note_vi: `nhập: ${fileName}${sheet === undefined ? '' : ` trang "${sheet}"`} dòng ${row.line} cột ${vc.column + 1} ô "${f.raw}"`,
      note_en: `import: ${fileName}${sheet === undefined ? '' : ` sheet "${sheet}"`} row ${row.line} col ${vc.column + 1} raw "${f.raw}"`,
    };
  }
}

/** Which provinces each indicator and period covers, counted as rows go by. */
class Coverage {
  private readonly per = new Map<string, Set<string>>();

  add(r: OutRow): void {
    const k = `${r.indicator} ${r.period}${r.breakdown ? ' ' + r.breakdown : ''}`;
    let s = this.per.get(k);
    if (s === undefined) this.per.set(k, (s = new Set<string>()));
    s.add(r.geo);
  }

  /** "pub_rank 2019: 62 provinces (a complete papi table has 63)", for each incomplete indicator and period. */
  notes(profile: string, units: number): string[] {
    return [...this.per].filter(([, s]) => s.size !== units).map(([k, s]) => `${k}: ${s.size} provinces (a complete ${profile} table has ${units})`);
  }
}
