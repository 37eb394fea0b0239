/**
 * A breakdown token of data/observations (`previous_year`, `received`, `year_to_date`) as words of
 * the page's language; a token without a label is shown as it is (never in the other language).
 */
import { hasKey, t } from '../../i18n/dict.ts';
import type { Lang } from './number.ts';

/** The label of a breakdown token, e.g. `received` → "văn bản nhận" / "received"; '' for none. */
export function breakdownLabel(token: string, lang: Lang): string {
  if (token === '') return '';
  const key = `breakdown.${token}`;
  return hasKey(key) ? t(lang, key) : token.replaceAll('_', ' ');
}
