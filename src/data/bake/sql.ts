/**
 * Small SQL builders the bake shares: a string literal, and a DOUBLE written as JavaScript's
 * `String(number)` writes it, so that the downloads DuckDB writes read as the JS-written ones did
 * (9000 not 9000.0, 0.00001 not 1e-05; tested against String() in sql.test.ts).
 */

/** A SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A quoted SQL identifier. */
export function sqlName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * `String(x)` of JavaScript for a DOUBLE expression `x` (NULL stays NULL). Integers below 1e21 in
 * plain digits (no `.0`, -0 as 0); other values in DuckDB's shortest round-trip digits, which are
 * JavaScript's too, re-written where the notations differ: JavaScript writes plain decimals down
 * to 1e-6 and exponents without a leading zero or `+` sign padding (1e-7, 1e+21).
 */
export function jsNumberSql(x: string): string {
  const text = `CAST(${x} AS VARCHAR)`;
  // DuckDB: d[.ddd]e-NN; JavaScript: 0.0000ddd from 1e-6 up, d[.ddd]e-N below
  const mantissa = `split_part(${text}, 'e', 1)`;
  const exponent = `CAST(split_part(${text}, 'e', 2) AS INTEGER)`;
  const digits = `replace(ltrim(${mantissa}, '-'), '.', '')`;
  const sign = `CASE WHEN ${x} < 0 THEN '-' ELSE '' END`;
  return `CASE
    WHEN ${x} IS NULL THEN NULL
    WHEN ${x} = trunc(${x}) AND abs(${x}) < 1e21 THEN CAST(CAST(${x} AS HUGEINT) AS VARCHAR)
    WHEN NOT contains(${text}, 'e') THEN ${text}
    WHEN ${exponent} >= -6 AND ${exponent} < 0 THEN ${sign} || '0.' || repeat('0', -${exponent} - 1) || ${digits}
    ELSE ${mantissa} || 'e' || CASE WHEN ${exponent} > 0 THEN '+' ELSE '-' END || CAST(abs(${exponent}) AS VARCHAR)
  END`;
}
