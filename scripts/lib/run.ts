import { spawn, spawnSync } from 'node:child_process';
import { ROOT, exit } from './cli.ts';

/** Runs a command in the repository root with inherited output; exits with its code when it fails. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: childEnv(env) });
  if (result.error) throw result.error;
  if (result.status !== 0) exit(result.status ?? 1);
}

export interface TimedRun {
  /** the exit code, null when a signal ended it */
  status: number | null;
  /** true when it outlived its deadline and was stopped, with everything it started */
  timedOut: boolean;
}

/** How long a stopped command has to end after SIGTERM before SIGKILL. */
const GRACE_MS = 5_000;

/**
 * Runs a command in the repository root with inherited output, in a process group of its own, and
 * stops the whole group (SIGTERM, then SIGKILL) once it outlives `deadlineMs`: a hung test worker
 * or browser ends the step instead of holding the run open. A Ctrl-C or SIGTERM to this process is
 * passed on to the group.
 */
export function runWithin(command: string, args: string[], deadlineMs: number, env: NodeJS.ProcessEnv = {}): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: childEnv(env), detached: true });
    let timedOut = false;
    const stopGroup = (signal: NodeJS.Signals): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal);
      } catch {
        // the group has already ended
      }
    };
    const stop = (): void => {
      stopGroup('SIGTERM');
      setTimeout(() => stopGroup('SIGKILL'), GRACE_MS).unref();
    };
    const deadline = setTimeout(() => {
      timedOut = true;
      stop();
    }, deadlineMs);
    const forward = (): void => stop();
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    child.on('close', (status) => {
      clearTimeout(deadline);
      process.off('SIGINT', forward).off('SIGTERM', forward);
      // whatever the group's leader left behind goes with it
      stopGroup('SIGKILL');
      resolve({ status, timedOut });
    });
  });
}

function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

/** The Node binary running this script (Node 24 from node_modules when started through npm). */
export const NODE = process.execPath;
