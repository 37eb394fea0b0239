/** A progress bar on stderr for large imports, drawn only when stderr is a terminal. */

export interface Progress {
  update(done: number): void;
  finish(): void;
}

/**
 * Creates a progress bar.
 * @param stream where to draw; nothing is drawn unless it is a TTY
 * @returns an object to update with the work done so far
 */
export function createProgress(total: number, label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 10_000) return { update: () => undefined, finish: () => undefined };
  let last = -1;
  const width = 30;
  return {
    update(done: number): void {
      const pct = Math.floor((done / total) * 100);
      if (pct === last) return;
      last = pct;
      const fill = Math.round((width * done) / total);
      stream.write(`\r${label} [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${pct}%`);
    },
    finish(): void {
      stream.write('\r\x1b[K');
    },
  };
}
