/** Number formatting as people write numbers in Vietnamese and in English. */

export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];

/** How each language writes numbers: vi-VN groups with "." and uses "," for decimals (1.706; 62,5); en-GB the reverse. */
export const NUMBER_LOCALE: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, maxDigits: number, minDigits: number): Intl.NumberFormat {
  const key = `${lang}:${maxDigits}:${minDigits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(NUMBER_LOCALE[lang], {
      maximumFractionDigits: maxDigits,
      minimumFractionDigits: minDigits,
      useGrouping: true,
    });
    cache.set(key, f);
  }
  return f;
}

export interface NumberOptions {
  /** at most this many decimals (default 4: published indexes such as 0,8002 keep every digit) */
  maxDigits?: number;
  /** at least this many decimals (default 0) */
  minDigits?: number;
}

/**
 * Formats a number for a language: vi "1.706", "62,5"; en "1,706", "62.5".
 * Throws on NaN or infinity: a missing value must be shown as "no data", never as a number.
 */
export function formatNumber(value: number, lang: Lang, options: NumberOptions = {}): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const max = options.maxDigits ?? 4;
  const min = Math.min(options.minDigits ?? 0, max);
  // A hyphen-minus rather than the locale's sign keeps output plain ASCII for search and copy.
  return formatter(lang, max, min).format(value).replace('\u2212', '-');
}

/** Formats a percentage given as 0–100: vi "62,5%", en "62.5%". */
export function formatPercent(value: number, lang: Lang, options: NumberOptions = {}): string {
  return `${formatNumber(value, lang, { maxDigits: 2, ...options })}%`;
}
