/** Writing rows as data/ files want them: UTF-8, comma, LF, RFC 4180 quoting, header row. */

const NEEDS_QUOTES = /[",\n\r]/;

/**
 * One CSV field, quoted only when it must be.
 * @returns the field text
 */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV file.
 * @returns header and rows joined with LF, ending with LF
 */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const parts: string[] = [header.map(csvField).join(',')];
  for (const r of rows) parts.push(r.map(csvField).join(','));
  return parts.join('\n') + '\n';
}
