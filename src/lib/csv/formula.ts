/**
 * Formula injection in CSV downloads: a spreadsheet program runs a text cell that starts with
 * `=`, `+`, `-`, `@`, tab or CR as a formula (`=HYPERLINK("http://…","100%")`). Every CSV download
 * (the bake's files, the site's chart downloads, explore's result) writes text cells through
 * `neutralizeText`, which puts an apostrophe in front; numbers are written as numbers and never
 * touched, so a numeric -3 stays -3.
 *
 * The bake writes its large downloads from DuckDB with the same rule in SQL (`neutralizeSql`).
 * The rule is reversible, so the bake can load its own downloads back into DuckDB unchanged
 * (`restoreSql`): a text made of apostrophes followed by a trigger character gets one more
 * apostrophe; removing one from such a text gives the original back.
 */
const NEEDS_APOSTROPHE = /^'*[=+\-@\t\r]/;

/** The text as a spreadsheet should see it: an apostrophe first when it would start a formula. */
export function neutralizeText(text: string): string {
  return NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
}

/** The original text of a neutralised one (inverse of neutralizeText). */
export function restoreText(text: string): string {
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** neutralizeText as a DuckDB SQL expression over a VARCHAR expression `column` (the bake's downloads). */
export function neutralizeSql(column: string): string {
  // the first character decides for nearly every text: the expression only runs on the few that start so
  const first = `left(${column}, 1) IN ('''', '=', '+', '-', '@', chr(9), chr(13))`;
  return `CASE WHEN ${first} AND regexp_matches(${column}, '^''*[=+\\-@\\t\\r]') THEN '''' || ${column} ELSE ${column} END`;
}

/** restoreText as a DuckDB SQL expression over a VARCHAR expression `column`. */
export function restoreSql(column: string): string {
  return `CASE WHEN regexp_matches(${column}, '^''+[=+\\-@\\t\\r]') THEN substr(${column}, 2) ELSE ${column} END`;
}

/** A CSV cell value: text neutralised, numbers and booleans as they are, null as empty. */
export function spreadsheetSafe(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? neutralizeText(value) : String(value);
}
