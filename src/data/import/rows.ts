/**
 * Cells → observation rows, as a profile describes them: places through the shared resolver,
 * numbers in the table's locale (given or detected over the whole table), missing-value markers
 * dropped, and every row carrying its provenance (file, sheet, row, column, raw text).
 * Problems (unknown places, ambiguous or non-numbers, a place twice) are collected, not thrown.
 */
import { describeHeader, placeColumn } from './columns.ts';
import { parseNumber } from '../../lib/numbers/parse.ts';
import { detectLocale, plain, quoteFor } from './number-writing.ts';
import { isPeriodError, parsePeriod } from '../../lib/periods/period.ts';
import type { Resolution } from '../../lib/geo/resolve.ts';
import { normalizeName } from '../../lib/geo/normalize.ts';
import { MERGER_DATE } from '../../lib/types.ts';
import type { Vintage } from '../../lib/types.ts';
import type { Problem } from './problems.ts';
import type { Profile } from './profiles/types.ts';
import { isSummaryLabel, periodFromLabel } from './labels.ts';
import { isMissing } from './table.ts';
import type { Skipped, Table } from './table.ts';
import type { OutRow, RowsOptions, RowsResult, Unresolved } from './row-types.ts';

export type { OutRow, RowsOptions, RowsResult, Unresolved };

interface ValueColumn {
  column: number;
  label: string;
  indicator: string | number;
  period: string | number;
  breakdown: string | number;
}

/**
 * Builds observation rows from a shaped table.
 * @returns rows plus everything that was skipped or is wrong
 */
export function buildRows(table: Table, opt: RowsOptions): RowsResult {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const at = (line: number, column: number, message: string): void => {
    problems.push({ file: opt.displayFile, line, column, message });
  };
  const headerLine = table.headerLines[0] ?? 1;
  const header = table.header;
  const p = opt.profile;
  const find = (re: RegExp): number => header.findIndex((h) => re.test(h.normalize('NFC')));

  let geoCol = find(p.geo.header);
  if (geoCol === -1) geoCol = 0;
  if (opt.placeColumn !== undefined) {
    const chosen = placeColumn(header, opt.placeColumn);
    if (typeof chosen === 'string') at(headerLine, 1, chosen);
    else geoCol = chosen;
  }
  const mapping = indicatorMapping(opt.indicators ?? []);
  const pc = p.periodColumns;
  const yearCol = pc ? find(pc.year) : -1;
  const monthCol = pc?.month ? find(pc.month) : -1;
  const quarterCol = pc?.quarter ? find(pc.quarter) : -1;
  if (pc && (yearCol === -1 || monthCol + quarterCol === -2)) at(headerLine, 1, `no year and month/quarter columns; the header has: ${header.join(', ')}`);
  const rowPeriod = (cells: readonly string[]): string => {
    const y = (cells[yearCol] ?? '').trim();
    const m = monthCol === -1 ? '' : (cells[monthCol] ?? '').trim();
    const q = quarterCol === -1 ? '' : (cells[quarterCol] ?? '').trim();
    return monthCol !== -1 ? `${y}-${m.padStart(2, '0')}` : `${y}-Q${q}`;
  };
  const fixedPeriod = opt.period ?? (pc ? 'row' : periodFromFile(p, opt.fileName));
  const breakdown = opt.breakdown ?? p.breakdownBySheet?.find((b) => opt.sheet !== undefined && b.sheet.test(opt.sheet))?.breakdown ?? '';
  const needPeriod = (): string => {
    if (fixedPeriod === null) {
      at(headerLine, 1, `no period: give --period (e.g. 2019)${p.periodFromFile ? ' or name the file with its year' : ''}`);
      return '';
    }
    return fixedPeriod;
  };

  const columns: ValueColumn[] = [];
  const layout = p.values;
  let valueCol = -1;
  if (layout.kind === 'columns') {
    const period = needPeriod();
    for (const c of layout.columns) {
      const i = find(c.header);
      if (i === -1) at(headerLine, 1, `column ${c.header.source.replace(/^\^|\$$/g, '')} not found; the header has: ${header.filter((h) => h !== '').join(', ')}`);
      else columns.push({ column: i, label: header[i]!, indicator: c.indicator, period, breakdown: c.breakdown ?? breakdown });
    }
  } else if (layout.kind === 'periods') {
    const single = mapping.single;
    header.forEach((h, i) => {
      if (i === geoCol) return;
      const period = periodFromLabel(h);
      if (period !== null) columns.push({ column: i, label: h, indicator: single ?? '', period, breakdown });
    });
    if (columns.length === 0) at(headerLine, 1, `no column header is a period (e.g. 2019, Năm 2019, Quý 3/2019); for indicators as columns use --profile wide-indicators; ${describeHeader(header, table.headerLines)}`);
    else if (single === undefined) at(headerLine, 1, `the columns are periods (${columns.map((c) => c.label).join(', ')}); give the indicator with --indicator ID`);
  } else if (layout.kind === 'indicators' || layout.kind === 'period_measure') {
    const period = layout.kind === 'indicators' ? needPeriod() : '';
    const ignored: string[] = [];
    const measures = new Set<string>();
    header.forEach((h, i) => {
      if (i === geoCol || h === '') return;
      let label = h;
      let per = period;
      if (layout.kind === 'period_measure') {
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
      const id = mapping.byHeader.get(norm(label)) ?? (layout.kind === 'period_measure' ? mapping.single : /^[a-z][a-z0-9_]*$/.test(label) ? label : undefined);
      if (id === undefined) ignored.push(h);
      else columns.push({ column: i, label: h, indicator: id, period: per, breakdown });
    });
    if (layout.kind === 'period_measure' && mapping.single !== undefined && measures.size > 1) {
      at(headerLine, 1, `one --indicator for ${measures.size} measures (${[...measures].join('; ')}); map each with --indicator "MEASURE=id"`);
    }
    if (ignored.length > 0) notes.push(`columns not imported (no indicator for them): ${ignored.join('; ')}`);
    if (columns.length === 0) at(headerLine, 1, `no column maps to an indicator; use --indicator "HEADER=id"; ${describeHeader(header, table.headerLines)}`);
  } else {
    valueCol = find(layout.value);
    const col = (re: RegExp | undefined): number => (re === undefined ? -1 : find(re));
    const perCol = col(layout.period);
    const indCol = col(layout.indicator);
    const brCol = col(layout.breakdown);
    if (valueCol === -1) at(headerLine, 1, `no value column (value, giá trị); the header has: ${header.join(', ')}`);
    if (perCol === -1 && fixedPeriod === null) at(headerLine, 1, 'no period column (period, năm, kỳ) and no --period');
    if (indCol === -1 && mapping.single === undefined) at(headerLine, 1, 'no indicator column and no --indicator ID');
    if (valueCol !== -1) {
      columns.push({
        column: valueCol,
        label: header[valueCol]!,
        indicator: indCol === -1 ? (mapping.single ?? '') : indCol,
        period: perCol === -1 ? (fixedPeriod ?? '') : perCol,
        breakdown: brCol === -1 ? breakdown : brCol,
      });
    }
  }
  const long = layout.kind === 'long' ? layout : null;
  const vintageCol = long?.vintage ? find(long.vintage) : -1;
  const subunitCol = long?.subunit ? find(long.subunit) : -1;
  const sourceCol = long?.source ? find(long.source) : -1;
  if (opt.source === undefined && sourceCol === -1) at(headerLine, 1, 'no source: give --source ID (an id in data/sources.csv)');

  const empty: RowsResult = { rows: [], skipped: [...table.skipped], problems, unresolved: [], missing: 0, locale: 'none', mapped: new Map(), notes };
  if (problems.length > 0) return empty;

  const locale = opt.locale ?? p.locale ?? detectLocale(table, columns.map((c) => c.column), at);
  if (problems.length > 0) return empty;
  if (opt.locale === undefined && p.locale === undefined) notes.push(locale === undefined ? 'number format: no thousands or decimal separator decides it' : `number format detected: ${locale === 'vi' ? 'Vietnamese (1.234,5)' : 'English (1,234.5)'}`);

  const rows: OutRow[] = [];
  const skipped: Skipped[] = [...table.skipped];
  const unresolved = new Map<string, Unresolved>();
  const mapped = new Map<string, { vintage: Vintage; code: string }>();
  const seen = new Map<string, number>();
  const cache = new Map<string, Resolution>();
  const periods = new Map<string, { start: string; end: string } | null>();
  const labelPeriods = new Map<string, string>();
  let missing = 0;
  const from = p.from;

  const periodOf = (text: string): { start: string; end: string } | null => {
    let r = periods.get(text);
    if (r === undefined) {
      const pp = parsePeriod(text);
      r = isPeriodError(pp) ? null : pp;
      periods.set(text, r);
    }
    return r;
  };

  let n = 0;
  for (const row of table.rows) {
    if (opt.progress && (++n & 8191) === 0) opt.progress(n);
    const cells = row.cells;
    const place = p.geo.by === 'fixed' && pc ? header.map((h, i) => (i === yearCol || i === monthCol || i === quarterCol ? `${h} ${(cells[i] ?? '').trim()}` : '')).filter((x) => x !== '').join(', ') : (cells[geoCol] ?? '').normalize('NFC').trim();
    if (place === '') {
      skipped.push({ line: row.line, why: 'no place name' });
      continue;
    }
    const skip = p.skipRows?.find((s) => s.pattern.test(place));
    if (skip) {
      skipped.push({ line: row.line, why: `"${place}": ${skip.why}` });
      continue;
    }
    if (isSummaryLabel(place)) {
      skipped.push({ line: row.line, why: `summary row "${place}" (not a province)` });
      continue;
    }
    let rowSkipped = false;
    for (const vc of columns) {
      const raw = (cells[vc.column] ?? '').trim();
      if (isMissing(raw)) {
        missing++;
        continue;
      }
      const indicator = typeof vc.indicator === 'number' ? (mapping.byHeader.get(norm(cells[vc.indicator] ?? '')) ?? (cells[vc.indicator] ?? '').trim()) : vc.indicator;
      const periodRaw = typeof vc.period === 'number' ? (cells[vc.period] ?? '').trim() : vc.period === 'row' && pc ? rowPeriod(cells) : vc.period;
      let period = periodRaw;
      if (typeof vc.period === 'number') {
        let iso = labelPeriods.get(periodRaw);
        if (iso === undefined) {
          iso = periodFromLabel(periodRaw) ?? periodRaw;
          labelPeriods.set(periodRaw, iso);
        }
        period = iso;
      }
      const br = typeof vc.breakdown === 'number' ? (cells[vc.breakdown] ?? '').trim() : vc.breakdown;
      const dates = periodOf(period);
      if (dates === null) {
        at(row.line, typeof vc.period === 'number' ? vc.period + 1 : vc.column + 1, `invalid period "${periodRaw}"; expected e.g. 2019, 2019-Q3, 2019-08, Năm 2019, Quý 3/2019`);
        continue;
      }
      if (from !== undefined && dates.start < `${from}-01-01`) {
        at(row.line, vc.column + 1, `period ${period} is before ${from}, where profile ${p.name} starts (the table's columns meant something else before)`);
        continue;
      }
      let vintage: Vintage | undefined = opt.vintage ?? p.vintage;
      const vText = vintageCol === -1 ? '' : (cells[vintageCol] ?? '').trim();
      if (vText === 'VN63' || vText === 'VN34') vintage = vText;
      if (vintage === undefined) {
        if (dates.end < MERGER_DATE) vintage = 'VN63';
        else if (dates.start >= MERGER_DATE) vintage = 'VN34';
        else {
          at(row.line, vc.column + 1, `period ${period} spans the merger on ${MERGER_DATE}; give --vintage VN63 or VN34`);
          continue;
        }
      }
      // The place: PAPI's sequence number, a --map entry, or the resolver.
      let code: string;
      let subunit = subunitCol === -1 ? '' : (cells[subunitCol] ?? '').trim();
      const unitOf = p.geo.by === 'subunit' && p.geo.province ? p.geo.province.exec(place)?.groups?.province : undefined;
      if (p.geo.by === 'subunit' && unitOf === undefined) {
        at(row.line, geoCol + 1, `"${place}" does not name its province (expected e.g. "Sở Du lịch - tỉnh An Giang")`);
        rowSkipped = true;
        break;
      }
      if (p.geo.by === 'fixed') {
        code = p.geo.code ?? 'VN';
      } else if (p.geo.by === 'papi_order') {
        const m = /^P(\d{2})$/i.exec(place);
        const c = m ? opt.vn63Codes[Number(m[1]) - 1] : undefined;
        if (c === undefined) {
          at(row.line, geoCol + 1, `"${place}" is not a PAPI province number; expected P01..P${String(opt.vn63Codes.length).padStart(2, '0')}`);
          rowSkipped = true;
          break;
        }
        code = c;
      } else {
        const given = opt.maps === undefined || opt.maps.size === 0 ? undefined : (opt.maps.get(place) ?? opt.maps.get(normalizeName(place)));
        if (given !== undefined) {
          code = given.code;
          const v = given.vintage ?? vintage;
          vintage = v;
          mapped.set(place, { vintage: v, code });
        } else {
          const ck = `${place}\u0000${vintage}`;
          let r = cache.get(ck);
          if (r === undefined) {
            r = opt.resolver.resolve(unitOf ?? place, { vintage });
            cache.set(ck, r);
          }
          if (!r.ok) {
            if (r.reason === 'total' || r.reason === 'region') {
              skipped.push({ line: row.line, why: `${r.reason} row "${place}" (not a province)` });
            } else if (!unresolved.has(place)) {
              const suggestions = (r.candidates.length > 0 ? r.candidates : opt.resolver.suggest(place, 3)).map((c) => `${c.vintage} ${c.code} ${c.name}`);
              unresolved.set(place, { name: place, line: row.line, column: geoCol + 1, message: r.message, suggestions });
            }
            rowSkipped = true;
            break;
          }
          code = r.code;
          vintage = r.vintage;
          if (unitOf !== undefined) subunit = place;
        }
      }
      // The number.
      let value: number;
      let percent = false;
      if (row.numeric?.[vc.column]) {
        value = Number(raw);
      } else {
        const parsed = parseNumber(raw, locale);
        if (!parsed.ok) {
          const why = parsed.reason === 'ambiguous' ? parsed.message : `not a number: "${raw}"; expected a number or a missing-value marker (.., -, n/a, empty)`;
          at(row.line, vc.column + 1, `${why} (column "${vc.label}")`);
          continue;
        }
        value = parsed.value;
        percent = parsed.percent;
      }
      const key = `${indicator}\u0000${vintage}\u0000${code}\u0000${subunit}\u0000${br}\u0000${period}`;
      const first = seen.get(key);
      if (first !== undefined) {
        at(row.line, geoCol + 1, `"${place}" (${vintage} ${code}) appears twice for ${indicator} ${period}${br ? ` ${br}` : ''}: lines ${first} and ${row.line}`);
        continue;
      }
      seen.set(key, row.line);
      const sheet = opt.sheet === undefined ? '' : ` sheet "${opt.sheet}"`;
      const sheetVi = opt.sheet === undefined ? '' : ` trang "${opt.sheet}"`;
      rows.push({
        indicator,
        vintage,
        geo: code,
        subunit,
        breakdown: br,
        period,
        value: plain(value),
        qualifier: '',
        numerator: '',
        denominator: '',
        source: sourceCol === -1 ? (opt.source ?? '') : (cells[sourceCol] ?? '').trim() || (opt.source ?? ''),
        quote: quoteFor(place, vc.label, raw, value, percent),
        note_vi: `nhập: ${opt.fileName}${sheetVi} dòng ${row.line} cột ${vc.column + 1} ô "${raw}"`,
        note_en: `import: ${opt.fileName}${sheet} row ${row.line} col ${vc.column + 1} raw "${raw}"`,
      });
    }
    if (rowSkipped) continue;
  }
  for (const u of unresolved.values()) {
    const dym = u.suggestions.length > 0 && !u.message.includes('did you mean') ? `; candidates: ${u.suggestions.join(', ')}` : '';
    at(u.line, u.column, `${u.message}${dym}; resolve it with --map "${u.name}=CODE"`);
  }
  if (p.units !== undefined) {
    const per = new Map<string, Set<string>>();
    for (const r of rows) {
      const k = `${r.indicator} ${r.period}${r.breakdown ? ' ' + r.breakdown : ''}`;
      const s = per.get(k) ?? new Set<string>();
      s.add(r.geo);
      per.set(k, s);
    }
    for (const [k, s] of per) if (s.size !== p.units) notes.push(`${k}: ${s.size} provinces (a complete ${p.name} table has ${p.units})`);
  }
  skipped.sort((a, b) => a.line - b.line);
  return { rows, skipped, problems, unresolved: [...unresolved.values()], missing, locale: locale ?? 'none', mapped, notes };
}

function norm(label: string): string {
  return label.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

function indicatorMapping(list: readonly string[]): { single?: string; byHeader: Map<string, string> } {
  const byHeader = new Map<string, string>();
  let single: string | undefined;
  for (const item of list) {
    const eq = item.lastIndexOf('=');
    if (eq === -1) single = item.trim();
    else byHeader.set(norm(item.slice(0, eq)), item.slice(eq + 1).trim());
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
