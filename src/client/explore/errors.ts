/** Where in the SQL a DuckDB error points, from its "LINE n: …" excerpt and caret. */

export interface ErrorPosition {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

export interface QueryError {
  /** the error's first line, e.g. "Parser Error: syntax error at or near "FORM"" */
  message: string;
  position: ErrorPosition | null;
}

/**
 * Splits a DuckDB error into its message and the position it points at. DuckDB prints the line
 * (shortened with "..." around the error when long) and a caret under the offending token; the
 * excerpt is looked up in the query's line to turn the caret into a column of the real text.
 */
export function parseQueryError(text: string, sql: string): QueryError {
  const structured = parseJsonError(text, sql);
  if (structured) return structured;
  const lines = text.split('\n');
  const message = (lines.find((l) => l.trim() !== '') ?? text).trim();
  const at = lines.findIndex((l) => /^LINE \d+: /.test(l));
  if (at < 0) return { message, position: null };
  const header = /^LINE (\d+): /.exec(lines[at] as string) as RegExpExecArray;
  const lineNumber = Number(header[1]);
  const excerpt = (lines[at] as string).slice(header[0].length);
  const caret = (lines[at + 1] ?? '').indexOf('^');
  if (caret < 0) return { message, position: { line: lineNumber, column: 1 } };
  const offsetInExcerpt = caret - header[0].length;
  const sqlLine = sql.split('\n')[lineNumber - 1] ?? '';
  const leading = excerpt.startsWith('...') ? 3 : 0;
  const core = excerpt.slice(leading).replace(/\.\.\.$/, '');
  const found = sqlLine.indexOf(core);
  const start = found >= 0 ? found : 0;
  const column = Math.max(0, Math.min(sqlLine.length, start + offsetInExcerpt - leading)) + 1;
  return { message, position: { line: lineNumber, column } };
}

/** The character offset of a 1-based line and column in `sql`, for placing the editor's cursor. */
export function offsetOf(sql: string, position: ErrorPosition): number {
  const lines = sql.split('\n');
  let offset = 0;
  for (let i = 0; i < position.line - 1 && i < lines.length; i++) offset += (lines[i] as string).length + 1;
  return Math.min(sql.length, offset + position.column - 1);
}

// Streamed queries report errors as DuckDB's JSON error object, with the character offset.
function parseJsonError(text: string, sql: string): QueryError | null {
  if (!text.trimStart().startsWith('{')) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  const type = typeof record.exception_type === 'string' ? record.exception_type : '';
  const detail = typeof record.exception_message === 'string' ? record.exception_message : text;
  const message = type === '' ? detail : `${type} Error: ${detail}`;
  const offset = Number(record.position);
  if (record.position === undefined || !Number.isInteger(offset) || offset < 0) return { message, position: null };
  const before = sql.slice(0, offset).split('\n');
  return { message, position: { line: before.length, column: (before.at(-1) ?? '').length + 1 } };
}
