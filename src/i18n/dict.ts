/**
 * The one dictionary of the site's own words, explore's included: Vietnamese first (vi.ts), English
 * with every key (en.ts); `t()` fills a key's placeholders.
 */
import type { Lang } from '../lib/format/number.ts';
import { en } from './en.ts';
import { fill } from './formats.ts';
import { vi, type Key } from './vi.ts';

export type DictKey = Key;
const DICT: Record<Lang, Record<Key, string>> = { vi, en };

/** The words for a key, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: DictKey, vars: Record<string, string | number> = {}): string {
  const text = DICT[lang][key];
  if (text === undefined) throw new Error(`missing translation: ${lang} ${key}`);
  return fill(text, key, vars);
}

/** A translator bound to one language, for components. */
export function translator(lang: Lang): (key: DictKey, vars?: Record<string, string | number>) => string {
  return (key, vars) => t(lang, key, vars);
}

/** Every key, for the completeness test. */
export function keys(lang: Lang): string[] {
  return Object.keys(DICT[lang]);
}

/** The unfilled text of a key (placeholders kept), for tests and for islands that fill it later. */
export function raw(lang: Lang, key: string): string {
  const text = (DICT[lang] as Record<string, string>)[key];
  if (text === undefined) throw new Error(`missing translation: ${lang} ${key}`);
  return text;
}

/** Whether a key exists (for keys built from data, such as `breakdown.${token}`). */
export function hasKey(key: string): key is DictKey {
  return Object.prototype.hasOwnProperty.call(DICT.vi, key);
}
