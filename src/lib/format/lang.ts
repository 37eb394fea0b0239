/**
 * The language of a text shown as published (a source's title, a publisher): Vietnamese when it
 * carries a Vietnamese letter, else English. Marked with `lang` so a screen reader reads it in its
 * own language on a page in the other.
 */
const VI_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

export function textLang(text: string): 'vi' | 'en' {
  return VI_LETTER.test(text) ? 'vi' : 'en';
}

/** A name in the page's language: an indicator's, a unit's, anything with `name_vi` and `name_en`. */
export function localName(named: { name_vi: string; name_en: string }, lang: 'vi' | 'en'): string {
  return localText(named, 'name', lang);
}

/** A field written in both languages (`definition_vi`, `definition_en`, …), in the page's language. */
export function localText<F extends string>(row: Record<`${F}_vi` | `${F}_en`, string>, field: F, lang: 'vi' | 'en'): string {
  return row[`${field}_${lang}`];
}

/** The other of the two languages: where a page's twin is. */
export function otherLang(lang: 'vi' | 'en'): 'vi' | 'en' {
  return lang === 'en' ? 'vi' : 'en';
}
