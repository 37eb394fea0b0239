/** A data problem: where it is and what was expected. See docs/CONTRACTS.md. */
export interface Problem {
  /** relative to the project root, e.g. `data/observations/seeds.csv` */
  file: string;
  /** 1-based physical line where the record starts */
  line: number;
  /** 1-based CSV column index of the offending field */
  column: number;
  message: string;
}

/**
 * Formats a problem the way compilers do, so editors can jump to it.
 * @returns `file:line:column: message`
 */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/**
 * Orders problems by file, then line, then column, then message (stable, deterministic output).
 * @returns a new sorted array
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/**
 * The problem with every quoted value over 80 characters cut to its first 40 (a 10 MB cell quoted
 * whole in "unexpected column …" helps no one), saying how long it was.
 */
export function readableProblem(p: Problem): Problem {
  if (p.message.length <= 500) return p;
  const message = p.message.replace(/"([^"]{81,})"/g, (_whole, value: string) => `"${value.slice(0, 40)}…" (${value.length} characters)`);
  return { ...p, message: message.length > 1000 ? `${message.slice(0, 997)}…` : message };
}
