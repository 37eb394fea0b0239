/** Periods and dates as people write them: vi "29/8/2019", "quý III/2019"; en "29 Aug 2019", "Q3 2019". */
import { formatText as t } from '../../i18n/formats.ts';
import type { Lang } from './number.ts';

/** The `n`th (1-based) of a space-separated list in the dictionary: a month's or a quarter's name. */
function nth(lang: Lang, key: 'period.monthNames' | 'period.quarterNames', n: number): string {
  return t(lang, key).split(' ')[n - 1] ?? String(n);
}

function month(text: string): number {
  const m = Number(text);
  if (!Number.isInteger(m) || m < 1 || m > 12) throw new Error(`invalid month: ${text}`);
  return m;
}

/** Formats an ISO date "2019-08-29": vi "29/8/2019", en "29 Aug 2019". */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`invalid date: ${iso}`);
  const [, y, mo, d] = match;
  const m = month(mo);
  const day = Number(d);
  if (day < 1 || day > 31) throw new Error(`invalid date: ${iso}`);
  return t(lang, 'period.date', { d: day, mon: nth(lang, 'period.monthNames', m), y });
}

function single(text: string, lang: Lang): string {
  let match = /^(\d{4})$/.exec(text);
  if (match) return t(lang, 'period.year', { y: match[1] });
  match = /^(\d{4})-Q([1-4])$/.exec(text);
  if (match) return t(lang, 'period.quarter', { q: nth(lang, 'period.quarterNames', Number(match[2])), y: match[1] });
  match = /^(\d{4})-H([12])$/.exec(text);
  if (match) return t(lang, match[2] === '1' ? 'period.half1' : 'period.half2', { y: match[1] });
  match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) {
    const m = month(match[2]);
    return t(lang, 'period.month', { mon: nth(lang, 'period.monthNames', m), y: match[1] });
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text, lang);
  throw new Error(`invalid period: ${text}`);
}

/**
 * Formats an ISO period as written in the data: "2019", "2019-08", "2019-Q3", "2019-08-29",
 * or an interval "2019-03-12/2019-08-20" (vi "12/3/2019 – 20/8/2019").
 */
export function formatPeriod(text: string, lang: Lang): string {
  const parts = text.split('/');
  if (parts.length === 1) return single(text, lang);
  if (parts.length === 2) return `${single(parts[0], lang)} – ${single(parts[1], lang)}`;
  throw new Error(`invalid period: ${text}`);
}

/** The short form for axes and sliders: "2019", "Q3/2019", "8/2019", "29/8/2019". */
export function formatPeriodShort(text: string, lang: Lang): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(text);
  if (q) return t(lang, 'period.quarterShort', { n: q[2], y: q[1] });
  if (/^\d{4}$/.test(text)) return text;
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) return t(lang, 'period.monthShort', { mon: nth(lang, 'period.monthNames', month(m[2])), y: m[1] });
  return formatPeriod(text, lang);
}
