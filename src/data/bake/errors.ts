/** A bake step that failed: which step, on which file, and the underlying message (DuckDB, I/O). */
export class BakeError extends Error {
  readonly step: string;
  readonly file: string;
  constructor(step: string, file: string, cause: unknown) {
    super(`${file}: ${step}: ${condense(cause instanceof Error ? cause.message : String(cause))}`, { cause });
    this.name = 'BakeError';
    this.step = step;
    this.file = file;
  }
}

/** Runs one bake step; any failure becomes a BakeError naming the step and the file. */
export async function step<T>(label: string, file: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof BakeError) throw error;
    throw new BakeError(label, file, error);
  }
}

/**
 * DuckDB's messages echo the offending line (megabytes for a huge cell) and a dump of its reader
 * options: keep the lines that say what went wrong, each cut to 200 characters.
 */
export function condense(message: string): string {
  const lines = message
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('Original Line') && !/^[a-z_]+ = /.test(l))
    .map((l) => (l.length > 200 ? `${l.slice(0, 200)}…` : l));
  return lines.slice(0, 4).join(' ');
}
