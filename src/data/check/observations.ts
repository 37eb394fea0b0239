/**
 * Rules for data/observations/*.csv, one row at a time plus key uniqueness across all files.
 * This is the hot path (a million rows in a few seconds): lookups are Maps and Sets, regexps are
 * compiled once, periods are parsed once per distinct text, and nothing is copied per row.
 * Rows are not kept: only each key's first row (where, its value and a hash of the rest) and what
 * the bake needs to load the files itself (ObservationSource).
 */
import { KEY_WIDTH, KeyTable } from './key-table.ts';
import type { IndicatorRow, Observation, Qualifier, Vintage } from '../../lib/types.ts';
import { columnNumbers, fieldIndexes, observationsTable, QUALIFIERS, requiredFields, VINTAGES } from '../../lib/schema/index.ts';
import { isPeriodError, parsePeriod } from '../../lib/periods/period.ts';
import type { Period } from '../../lib/periods/period.ts';
import type { CsvRecord } from '../../lib/csv/read.ts';
import type { GeoIndex } from './geo.ts';
import { mergerProblem } from './geo.ts';
import type { Problem } from './problem.ts';
import { quoteProblem } from './quote.ts';
import { isOneOf, listAllowed } from './schema.ts';
import { decimalsOf, notPlainMessage, parsePlain, show } from './values.ts';

const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
// Positions from the schema, once: the header check makes every row follow it.
const F = fieldIndexes(observationsTable);
const COL = columnNumbers(observationsTable);
const REQUIRED = requiredFields(observationsTable);
const REQUIRED_INDEXES: readonly number[] = REQUIRED.map((r) => r.index);
const REQUIRED_MESSAGES: readonly string[] = REQUIRED.map((r) => `required field "${r.name}" is empty`);
const QUALIFIER_LIST = listAllowed(QUALIFIERS);
const VINTAGE_LIST = listAllowed(VINTAGES);

export interface ObservationContext {
  /** indicators that passed their own checks, by id */
  indicators: ReadonlyMap<string, IndicatorRow>;
  /** every indicator id written in indicators.csv (valid or not), so a bad indicator row does not
   * also make each of its observations "unknown"; null when indicators.csv could not be read,
   * which is reported once instead of on every row */
  indicatorIds: ReadonlySet<string> | null;
  /** null when sources.csv could not be read */
  sourceIds: ReadonlySet<string> | null;
  geo: GeoIndex;
}

/** One observation file as the bake loads it: every record a row, in file order. */
export interface ObservationFile {
  /** where to read it */
  path: string;
  /** path relative to the project root: the `file` column */
  file: string;
  /** records after the header */
  rows: number;
  /**
   * Where a record's line stops being its index + 2 (the records before it span several lines:
   * quoted line breaks): pairs [0-based record index, line − index − 2], in file order; empty
   * when every record is one line.
   */
  shifts: [number, number][];
}

/** What the bake needs of the checked observations, without their rows. */
export interface ObservationSource {
  files: ObservationFile[];
  /** every distinct period text with its first and last day */
  periods: Period[];
  /** rows that passed every check (with no problem found: every row of every file) */
  count: number;
}

/**
 * Checks observation files one after the other, remembering keys across files.
 * Use `startFile` then `checkRow` for each row (streaming), or `checkFile` for parsed rows.
 */
export class ObservationChecker {
  /** the valid rows, only when asked for (tests and small tools; the bake never needs them) */
  readonly observations: Observation[] | null;
  private readonly ctx: ObservationContext;
  /** each key (its six texts as numbers, see `id`) with what its first row said; `rest` hashes its qualifier, numerator, denominator, source, quote and notes */
  private readonly keys = new KeyTable();
  /** each distinct text of a key field → a number */
  private readonly ids = new Map<string, number>();
  /** the key of the row being checked */
  private readonly key = new Int32Array(KEY_WIDTH);
  private readonly periods = new Map<string, Period | { error: string }>();
  private readonly files: ObservationFile[] = [];
  private current: ObservationFile = { path: '', file: '', rows: 0, shifts: [] };
  private shift = 0;
  private file = '';
  private problems: Problem[] = [];
  private line = 0;

  constructor(ctx: ObservationContext, options: { keepRows?: boolean } = {}) {
    this.ctx = ctx;
    this.observations = options.keepRows ? [] : null;
  }

  /**
   * Sets the file the next rows come from and where their problems go.
   * @param file path relative to the project root, for problems and for the `file` column
   * @param path where the file is read from (for the bake)
   */
  startFile(file: string, problems: Problem[], path = file): void {
    this.file = file;
    this.problems = problems;
    this.current = { path, file, rows: 0, shifts: [] };
    this.shift = 0;
    this.files.push(this.current);
  }

  /** The files checked, their periods and row count, for the bake (meaningful when no problem was found). */
  source(): ObservationSource {
    const periods: Period[] = [];
    for (const p of this.periods.values()) if (!isPeriodError(p)) periods.push(p);
    return { files: this.files, periods, count: this.keys.size };
  }

  /** Checks the rows of one file; valid rows are added to `observations`. */
  checkFile(rows: readonly CsvRecord[], file: string, problems: Problem[]): void {
    this.startFile(file, problems);
    for (const r of rows) this.checkRow(r.line, r.fields);
  }

  private period(text: string): Period | { error: string } {
    let p = this.periods.get(text);
    if (p === undefined) {
      p = parsePeriod(text);
      this.periods.set(text, p);
    }
    return p;
  }

  private id(text: string): number {
    let n = this.ids.get(text);
    if (n === undefined) this.ids.set(text, (n = this.ids.size));
    return n;
  }

  private at(column: number, message: string): void {
    this.problems.push({ file: this.file, line: this.line, column, message });
  }

  /** Checks one row (an arrow property so it can be passed as a callback). */
  readonly checkRow = (line: number, f: string[]): void => {
    const file = this.file;
    const problems = this.problems;
    this.line = line;
    const here = this.current;
    const shift = line - here.rows - 2;
    if (shift !== this.shift) {
      here.shifts.push([here.rows, shift]);
      this.shift = shift;
    }
    here.rows++;
    const before = problems.length;
    for (let k = 0; k < REQUIRED_INDEXES.length; k++) {
      const c = REQUIRED_INDEXES[k]!;
      if (f[c] === '') this.at(c + 1, REQUIRED_MESSAGES[k]!);
    }

    const indicator = f[F.indicator]!;
    const vintageText = f[F.vintage]!;
    const geo = f[F.geo]!;
    const subunit = f[F.subunit]!;
    const breakdown = f[F.breakdown]!;
    const periodText = f[F.period]!;
    const valueText = f[F.value]!;
    const qualifierText = f[F.qualifier]!;
    const numText = f[F.numerator]!;
    const denText = f[F.denominator]!;
    const source = f[F.source]!;
    const quote = f[F.quote]!;
    const note_vi = f[F.note_vi]!;
    const note_en = f[F.note_en]!;

    let ind: IndicatorRow | undefined;
    if (indicator !== '') {
      ind = this.ctx.indicators.get(indicator);
      const ids = this.ctx.indicatorIds;
      if (ind === undefined && ids !== null && !ids.has(indicator)) {
        this.at(COL.indicator, `unknown indicator "${indicator}"; not in indicators.csv`);
      }
    }

    let vintage: Vintage | null = null;
    if (vintageText !== '') {
      if (isOneOf(vintageText, VINTAGES)) vintage = vintageText;
      else this.at(COL.vintage, `unknown vintage "${vintageText}"; expected one of ${VINTAGE_LIST}`);
    }
    if (geo !== '' && vintage !== null && !this.ctx.geo.has(vintage, geo)) {
      this.at(COL.geo, `unknown province code "${geo}" for ${vintage}; expected a ${vintage} code or VN`);
    }
    if (breakdown !== '' && !SNAKE.test(breakdown)) this.at(COL.breakdown, `breakdown "${breakdown}" is not snake_case`);

    let period: Period | null = null;
    if (periodText !== '') {
      const p = this.period(periodText);
      if (isPeriodError(p)) this.at(COL.period, `${p.error}; expected YYYY, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY-MM-DD or START/END`);
      else period = p;
    }
    if (period !== null && vintage !== null && geo !== '') {
      const m = mergerProblem(vintage, geo, period.start, period.end);
      if (m !== null) this.at(COL.geo, m);
    }

    let value: number | null = null;
    if (valueText !== '') {
      value = parsePlain(valueText);
      if (value === null) this.at(COL.value, notPlainMessage('value', valueText));
    }
    let qualifier: Qualifier = '';
    if (isOneOf(qualifierText, QUALIFIERS)) qualifier = qualifierText;
    else this.at(COL.qualifier, `unknown qualifier "${qualifierText}"; expected one of ${QUALIFIER_LIST}`);

    let numerator: number | null = null;
    let denominator: number | null = null;
    if (numText !== '') {
      numerator = parsePlain(numText);
      if (numerator === null) this.at(COL.numerator, notPlainMessage('numerator', numText));
      else if (numerator < 0) this.at(COL.numerator, `numerator ${numText} is negative`);
    }
    if (denText !== '') {
      denominator = parsePlain(denText);
      if (denominator === null) this.at(COL.denominator, notPlainMessage('denominator', denText));
      else if (denominator <= 0) this.at(COL.denominator, `denominator ${denText} is not positive`);
    }
    if (numText !== '' && denText === '') this.at(COL.denominator, 'numerator given without denominator; give both or neither');
    if (numText === '' && denText !== '') this.at(COL.numerator, 'denominator given without numerator; give both or neither');

    const sourceIds = this.ctx.sourceIds;
    if (source !== '' && sourceIds !== null && !sourceIds.has(source)) this.at(COL.source, `unknown source "${source}"; not in sources.csv`);

    const unit = ind?.unit;
    if (value !== null && unit !== undefined) {
      if (unit === 'percent') {
        if (value < 0 || value > 100) this.at(COL.value, `percent value ${valueText} outside 0–100`);
      } else if (value < 0) {
        this.at(COL.value, `${unit} value ${valueText} is negative`);
      } else if ((unit === 'count' || unit === 'rank') && !Number.isInteger(value)) {
        this.at(COL.value, `${unit} value ${valueText} is not a whole number`);
      } else if (unit === 'rank' && value < 1) {
        this.at(COL.value, `rank value ${valueText} is below 1`);
      }
      if (unit === 'count' && numerator !== null && !Number.isInteger(numerator)) {
        this.at(COL.numerator, `count numerator ${numText} is not a whole number`);
      }
    }
    if (numerator !== null && denominator !== null && denominator > 0 && numerator >= 0) {
      if (unit === 'percent' && numerator > denominator) {
        this.at(COL.numerator, `numerator ${numText} is greater than denominator ${denText}`);
      } else if (value !== null && unit !== undefined) {
        const expected = unit === 'percent' ? (numerator / denominator) * 100 : numerator / denominator;
        // Published values are rounded: allow half a unit of the last decimal written.
        const tolerance = 0.5 * 10 ** -decimalsOf(valueText) + 1e-9;
        if (Math.abs(value - expected) > tolerance) {
          const formula = unit === 'percent' ? `${numText}/${denText} × 100` : `${numText}/${denText}`;
          this.at(COL.value, `value ${valueText} does not match numerator/denominator: ${formula} = ${show(expected)}`);
        }
      }
    }

    if (value !== null && quote !== '') {
      // Without a known unit, accept the fraction-of-1 writing too rather than guess.
      const q = quoteProblem(value, valueText, quote, unit === 'percent' || unit === undefined, unit === 'rank');
      if (q !== null) this.at(COL.value, q);
    }

    if (problems.length > before || value === null || vintage === null || period === null) return;

    const key = this.key;
    key[0] = this.id(indicator);
    key[1] = this.id(vintage);
    key[2] = this.id(geo);
    key[3] = this.id(subunit);
    key[4] = this.id(breakdown);
    key[5] = this.id(periodText);
    const rest = restHash(qualifier, numText, denText, source, quote, note_vi, note_en);
    const seen = this.keys.find(key);
    if (seen !== -1) {
      const first = this.keys.first(seen);
      const seenFile = this.files[first.file]!.file;
      const seenLine = first.line;
      const seenValue = first.value;
      const where = seenFile === file ? `line ${seenLine}` : `${seenFile}:${seenLine}`;
      if (seenValue !== value) {
        this.at(COL.value, `same key as ${where} with a different value (${show(seenValue)} there, ${valueText} here)`);
      } else if (first.rest === rest) {
        this.at(COL.indicator, `duplicate of ${where}`);
      } else {
        this.at(COL.indicator, `same key as ${where} (indicator, vintage, geo, subunit, breakdown, period); keep one row`);
      }
      return;
    }
    this.keys.add(key, { value, rest, file: this.files.length - 1, line });
    this.observations?.push({
      indicator, vintage, geo, subunit, breakdown, period: periodText, period_start: period.start,
      period_end: period.end, value, qualifier, numerator, denominator, source, quote, note_vi, note_en, file, line,
    });
  };
}

/**
 * A 32-bit FNV-1a hash of the fields besides the key and value, to tell a duplicate row from one
 * that differs (two different rows hash alike once in 4 billion: the row is refused either way,
 * only the message would say "duplicate" where "keep one row" was meant). Numbers are hashed as
 * their values (1.0 and 1 alike), text as written.
 */
function restHash(qualifier: string, numText: string, denText: string, ...texts: string[]): number {
  let h = 0x811c9dc5;
  const add = (s: string): void => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0xffff, 0x01000193);
  };
  add(qualifier);
  add(numText === '' ? '' : String(Number(numText)));
  add(denText === '' ? '' : String(Number(denText)));
  for (const t of texts) add(t);
  return h >>> 0;
}
