/** Reading periods and row kinds from the labels of published tables. */
import { isPeriodError, parsePeriod } from '../../lib/periods/period.ts';

const YEAR = /^(?:năm|nam|year)?\s*((?:19|20)\d\d)$/i;
const QUARTER = /^(?:quý|quy|quarter|q)\s*([1-4]|i{1,3}|iv)\s*(?:[/\-.,]|năm|nam|of)?\s*((?:19|20)\d\d)$/i;
const QUARTER_AFTER = /^((?:19|20)\d\d)\s*[-/ ]?\s*q([1-4])$/i;
const MONTH = /^(?:tháng|thang|month|t)?\s*(\d{1,2})\s*[/\-.]\s*((?:19|20)\d\d)$/i;
const HALF = /^6 tháng (đầu|cuối) năm ((?:19|20)\d\d)$/i;
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };

/**
 * Reads a period from a column header or cell: ISO forms (`2019`, `2019-Q3`, `2019-08`),
 * "Năm 2019", "Quý 3/2019", "Q3 2019", "Tháng 8/2019", "8/2019", "6 tháng đầu năm 2020".
 * @returns the ISO period, or null when the label is not a period
 */
export function periodFromLabel(label: string): string | null {
  const t = label.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (t === '') return null;
  if (/^\d{4}(?:-|$)/.test(t) && !isPeriodError(parsePeriod(t))) return t;
  let m = YEAR.exec(t);
  if (m) return m[1]!;
  m = QUARTER.exec(t);
  if (m) return `${m[2]!}-Q${ROMAN[m[1]!.toLowerCase()] ?? m[1]!}`;
  m = QUARTER_AFTER.exec(t);
  if (m) return `${m[1]!}-Q${m[2]!}`;
  m = MONTH.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]!}-${m[1]!.padStart(2, '0')}`;
  m = HALF.exec(t);
  if (m) return `${m[2]!}-H${m[1]!.toLowerCase() === 'đầu' ? '1' : '2'}`;
  return null;
}

// Summary rows of ranking tables: never provinces.
const SUMMARY = /^(cao nhất|thấp nhất|lớn nhất|nhỏ nhất|trung bình|bình quân|trung vị|tổng cộng|tổng số|tổng|cộng|highest|lowest|maximum|minimum|max|min|average|mean|median|total|sum)\b/i;

/**
 * True for a "highest/lowest/average/total" summary row label.
 * @returns whether the label names a summary rather than a place
 */
export function isSummaryLabel(label: string): boolean {
  return SUMMARY.test(label.normalize('NFC').trim());
}
