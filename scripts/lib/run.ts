import { spawnSync } from 'node:child_process';
import { ROOT } from './cli.ts';

/** Runs a command in the repository root with inherited output; exits with its code when it fails. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The Node binary running this script (Node 24 from node_modules when started through npm). */
export const NODE = process.execPath;
