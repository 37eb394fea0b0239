/**
 * The words of formatted values: amounts, ranks, changes, periods and "no data", in both languages.
 * Part of the one dictionary (vi.ts and en.ts spread them in, so `t()` knows them), and kept apart
 * so that the formatters (src/lib/format/*), which small page scripts use, do not carry the whole
 * dictionary with them: `formatText` fills these keys alone.
 */
import type { Lang } from '../lib/format/number.ts';

export const FORMATS_VI = {
  'data.none': 'Không có số liệu',
  'amount.vnd_billion': '{n} tỷ đồng',
  'amount.points': '{n} điểm',
  'amount.rank': 'hạng {n}',
  'amount.rankRange': 'hạng {min}–{max}',
  'amount.vndRange': '{min}–{max} tỷ đồng',
  'amount.rankOf': 'hạng {rank}/{n}',
  'change.none': 'không đổi',
  'change.up.one': 'lên {n} bậc',
  'change.up.other': 'lên {n} bậc',
  'change.down.one': 'xuống {n} bậc',
  'change.down.other': 'xuống {n} bậc',
  'change.percent': '{d} điểm %',
  'change.vnd_billion': '{d} tỷ đồng',
  // months and quarters as the period texts write them, separated by spaces
  'period.monthNames': '1 2 3 4 5 6 7 8 9 10 11 12',
  'period.quarterNames': 'I II III IV',
  'period.date': '{d}/{mon}/{y}',
  'period.year': 'năm {y}',
  'period.quarter': 'quý {q}/{y}',
  'period.half1': '6 tháng đầu năm {y}',
  'period.half2': '6 tháng cuối năm {y}',
  'period.month': 'tháng {mon}/{y}',
  'period.quarterShort': 'Q{n}/{y}',
  'period.monthShort': '{mon}/{y}',
} as const;

export type FormatKey = keyof typeof FORMATS_VI;

export const FORMATS_EN: Record<FormatKey, string> = {
  'data.none': 'No data',
  'amount.vnd_billion': 'VND {n} billion',
  'amount.points': '{n} points',
  'amount.rank': 'rank {n}',
  'amount.rankRange': 'rank {min}–{max}',
  'amount.vndRange': 'VND {min}–{max} billion',
  'amount.rankOf': 'rank {rank} of {n}',
  'change.none': 'no change',
  'change.up.one': 'up {n} place',
  'change.up.other': 'up {n} places',
  'change.down.one': 'down {n} place',
  'change.down.other': 'down {n} places',
  'change.percent': '{d} pp',
  'change.vnd_billion': '{d} VND billion',
  'period.monthNames': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
  'period.quarterNames': '1 2 3 4',
  'period.date': '{d} {mon} {y}',
  'period.year': '{y}',
  'period.quarter': 'Q{q} {y}',
  'period.half1': 'H1 {y}',
  'period.half2': 'H2 {y}',
  'period.month': '{mon} {y}',
  'period.quarterShort': 'Q{n} {y}',
  'period.monthShort': '{mon} {y}',
};

const FORMATS: Record<Lang, Record<FormatKey, string>> = { vi: FORMATS_VI, en: FORMATS_EN };

/** Fills a text's `{name}` placeholders from `vars`; a missing value is an error, never a blank. */
export function fill(text: string, key: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    if (!(name in vars)) throw new Error(`missing value for {${name}} in ${key}`);
    return String(vars[name]);
  });
}

/** The words of a formatted value, placeholders filled. */
export function formatText(lang: Lang, key: FormatKey, vars: Record<string, string | number> = {}): string {
  return fill(FORMATS[lang][key], key, vars);
}
