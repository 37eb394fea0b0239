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
  return lang === 'vi' ? named.name_vi : named.name_en;
}
