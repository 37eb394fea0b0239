/**
 * A vitest reporter that names what is still running when a run goes quiet for long: every
 * STUCK_AFTER_MS it prints each test file that has run longer than that, with the last test it
 * heard of in that file. The longest test here allows itself 300 s, so a file past STUCK_AFTER_MS is stuck,
 * and a CI log that stops answering says where.
 */
import type { Reporter, TestCase, TestModule } from 'vitest/node';

export const STUCK_AFTER_MS = 6 * 60_000;
const CHECK_EVERY_MS = 30_000;

export interface Running {
  file: string;
  since: number;
  /** the last test it reported starting or ending (a worker blocked in synchronous code reports nothing new) */
  last?: { name: string; state: 'started' | 'ended'; at: number };
}

/** The lines to print for what has run longer than `after` at `now`, oldest first. */
export function stuckLines(running: readonly Running[], now: number, after = STUCK_AFTER_MS): string[] {
  const minutes = (ms: number): string => `${(ms / 60_000).toFixed(1)} min`;
  return running
    .filter((r) => now - r.since >= after)
    .sort((a, b) => a.since - b.since)
    .map((r) =>
      r.last
        ? `stuck? ${r.file} has run ${minutes(now - r.since)}; last heard: "${r.last.name}" ${r.last.state} ${minutes(now - r.last.at)} ago`
        : `stuck? ${r.file} has run ${minutes(now - r.since)}; no test in it has reported yet`,
    );
}

export default class StuckReporter implements Reporter {
  readonly #running = new Map<string, Running>();
  #lastReport = Date.now();
  #timer: ReturnType<typeof setInterval> | undefined;

  onTestRunStart(): void {
    this.#timer = setInterval(() => this.#check(), CHECK_EVERY_MS);
    this.#timer.unref();
  }

  onTestModuleStart(module: TestModule): void {
    this.#running.set(module.moduleId, { file: module.relativeModuleId, since: Date.now() });
  }

  onTestModuleEnd(module: TestModule): void {
    this.#running.delete(module.moduleId);
  }

  onTestCaseReady(test: TestCase): void {
    this.#heard(test, 'started');
  }

  onTestCaseResult(test: TestCase): void {
    this.#heard(test, 'ended');
  }

  #heard(test: TestCase, state: 'started' | 'ended'): void {
    const entry = this.#running.get(test.module.moduleId);
    if (entry) entry.last = { name: test.fullName, state, at: Date.now() };
  }

  onTestRunEnd(): void {
    clearInterval(this.#timer);
  }

  #check(): void {
    const now = Date.now();
    if (now - this.#lastReport < STUCK_AFTER_MS) return;
    const lines = stuckLines([...this.#running.values()], now);
    if (lines.length === 0) return;
    this.#lastReport = now;
    process.stderr.write(lines.map((l) => `${l}\n`).join(''));
  }
}
