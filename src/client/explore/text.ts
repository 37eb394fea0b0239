/** The explore page's words, from the one dictionary (src/i18n/dict.ts, keys explore.*). */
import { keys, t, type DictKey } from '../../i18n/dict.ts';
import { NUMBER_LOCALE, type Lang } from '../../lib/format/number.ts';

type Prefixed = Extract<DictKey, `explore.${string}`>;
export type TextKey = Prefixed extends `explore.${infer K}` ? K : never;

/** The explore page's dictionary for one language. */
export function exploreText(lang: Lang): Record<TextKey, string> {
  const own = keys(lang).filter((k): k is Prefixed => k.startsWith('explore.'));
  return Object.fromEntries(own.map((k) => [k.slice('explore.'.length), t(lang, k)])) as Record<TextKey, string>;
}

/** "1,2 MB" / "1.2 MB": compressed bytes as the progress line shows them. */
export function formatBytes(bytes: number, lang: Lang): string {
  const mb = bytes / 1_000_000;
  return `${mb.toLocaleString(NUMBER_LOCALE[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}
