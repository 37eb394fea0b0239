/** Checks that a file's header row is exactly the contract's column list. */
import type { Problem } from './problem.ts';

/**
 * Compares a header with the expected columns and reports the first difference only: after a
 * missing or extra column every later column is shifted, and repeating that is noise.
 * @returns no problem when the header is exactly `expected`, else one problem on line 1
 */
export function checkHeader(header: readonly string[], expected: readonly string[], file: string): Problem[] {
  const want = expected.join(',');
  const at = (column: number, message: string): Problem[] => [
    { file, line: 1, column, message: `${message}; expected header: ${want}` },
  ];
  const n = Math.max(header.length, expected.length);
  for (let i = 0; i < n; i++) {
    const got = header[i];
    const exp = expected[i];
    if (got === exp) continue;
    if (got === undefined) return at(i + 1, `missing column "${exp}"`);
    if (exp === undefined) return at(i + 1, `unexpected column "${got}"`);
    if (!expected.includes(got)) {
      // A renamed column: the expected name is nowhere in the header.
      return header.includes(exp)
        ? at(i + 1, `unexpected column "${got}"`)
        : at(i + 1, `unexpected column "${got}" where "${exp}" was expected`);
    }
    if (!header.includes(exp)) return at(i + 1, `missing column "${exp}"`);
    return at(i + 1, `column "${got}" out of order; expected "${exp}" here`);
  }
  return [];
}
