/**
 * The print footer's date: the day the page is printed, not the day it was built. Each
 * `[data-print-date]` carries its sentence with a `{date}` slot (`data-template`) and its language;
 * the build-date text stays for a reader without JavaScript.
 */
import { formatDate } from '../../lib/format/period.ts';

/** Today's date as an ISO day, in the reader's time zone. */
export function isoToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Fills every print-date element of the document with the date of `now`. */
export function stampPrintDate(doc: Document, now: Date = new Date()): void {
  for (const el of doc.querySelectorAll<HTMLElement>('[data-print-date]')) {
    const template = el.dataset.template;
    if (!template) continue;
    const lang = el.dataset.lang === 'en' ? 'en' : 'vi';
    el.textContent = template.replace('{date}', formatDate(isoToday(now), lang));
  }
}
