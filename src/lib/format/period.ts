/** Periods and dates as people write them: vi "29/8/2019", "quý III/2019"; en "29 Aug 2019", "Q3 2019". */
import type { Lang } from './number.ts';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ROMAN = ['I', 'II', 'III', 'IV'];

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
  return lang === 'vi' ? `${day}/${m}/${y}` : `${day} ${MONTHS_EN[m - 1]} ${y}`;
}

function single(text: string, lang: Lang): string {
  let match = /^(\d{4})$/.exec(text);
  if (match) return lang === 'vi' ? `năm ${match[1]}` : match[1];
  match = /^(\d{4})-Q([1-4])$/.exec(text);
  if (match) return lang === 'vi' ? `quý ${ROMAN[Number(match[2]) - 1]}/${match[1]}` : `Q${match[2]} ${match[1]}`;
  match = /^(\d{4})-H([12])$/.exec(text);
  if (match) return lang === 'vi' ? `6 tháng ${match[2] === '1' ? 'đầu' : 'cuối'} năm ${match[1]}` : `H${match[2]} ${match[1]}`;
  match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) {
    const m = month(match[2]);
    return lang === 'vi' ? `tháng ${m}/${match[1]}` : `${MONTHS_EN[m - 1]} ${match[1]}`;
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
  if (q) return lang === 'vi' ? `Q${q[2]}/${q[1]}` : `Q${q[2]} ${q[1]}`;
  if (/^\d{4}$/.test(text)) return text;
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) return lang === 'vi' ? `${month(m[2])}/${m[1]}` : `${MONTHS_EN[month(m[2]) - 1]} ${m[1]}`;
  return formatPeriod(text, lang);
}
