import { resolve } from 'node:path';
import { parseArgs as parseNodeArgs, type ParseArgsOptionsConfig } from 'node:util';

/** The repository root (scripts/ is one level down). */
export const ROOT = resolve(import.meta.dirname, '../..');

/** A script's command line: its usage text and every option it takes. */
export interface CliSpec<O extends ParseArgsOptionsConfig> {
  /** printed by `--help`, and after the error on a bad command line */
  usage: string;
  /** the options, as `node:util` parseArgs declares them (`multiple: true` for a repeatable one); `--help` is added */
  options: O;
  /** whether the script takes arguments besides the options (default: no) */
  positionals?: boolean;
}

type Config<O extends ParseArgsOptionsConfig> = { options: O; strict: true; allowPositionals: true };
/** The values of the declared options, typed from their declarations. */
export type CliValues<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseNodeArgs<Config<O>>>['values'];

export interface CliArgs<O extends ParseArgsOptionsConfig> {
  values: CliValues<O>;
  positionals: string[];
}

/** Instead of running: print the usage (`--help`, status 0), or `error` then the usage (status 2). */
export interface CliExit {
  status: 0 | 2;
  error?: string;
}

/**
 * Parses `argv` with `node:util` parseArgs, strictly, without side effects.
 * A lone `--` is skipped: the usage texts write `[-- --a X] [-- --b]`, and npm passes the second
 * `--` on to the script.
 * @returns the values and positionals, or the exit to take (help, or a one-line error)
 */
export function readArgs<O extends ParseArgsOptionsConfig>(argv: readonly string[], spec: CliSpec<O>): CliArgs<O> | CliExit {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseNodeArgs({
      args: argv.filter((arg) => arg !== '--'),
      options: { help: { type: 'boolean' }, ...spec.options },
      strict: true,
      allowPositionals: spec.positionals ?? false,
    });
  } catch (error) {
    return { status: 2, error: explain(error) };
  }
  if (parsed.values.help === true) return { status: 0 };
  return parsed as CliArgs<O>;
}

/**
 * Parses a script's command line (see readArgs). On `--help` prints the usage and exits 0; on an
 * unknown option, a missing value or an unexpected argument prints one error line and the usage,
 * and exits 2.
 */
export function parseArgs<O extends ParseArgsOptionsConfig>(argv: readonly string[], spec: CliSpec<O>): CliArgs<O> {
  const result = readArgs(argv, spec);
  if (!('status' in result)) return result;
  if (result.error !== undefined) fail(result.error, spec.usage);
  process.stdout.write(spec.usage.trimEnd() + '\n');
  exit(0);
}

// node's messages run to three lines and suggest `-- "--x"`; one short line says the same.
function explain(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  const option = /--[^\s',]+/.exec(quoted)?.[0] ?? quoted;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option: ${quoted}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument: ${quoted}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return `option ${option} takes no value`;
    if (/ambiguous/.test(message)) return `option ${option} needs a value (one that starts with "-" goes as ${option}=VALUE)`;
    return `option ${option} needs a value`;
  }
  return message.split('\n')[0] ?? String(error);
}

/** Prints `error: message` (and the usage, when given) to stderr and exits 2. */
export function fail(message: string, usage?: string): never {
  process.stderr.write(`error: ${message}\n`);
  if (usage) process.stderr.write('\n' + usage.trimEnd() + '\n');
  exit(2);
}

/** Thrown by {@link exit}; a script's own catch blocks pass it on. */
export class Exit extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`exit ${status}`);
    this.status = status;
  }
}

let exitHandled = false;

/**
 * Ends the script with `status`, its messages already written: sets the exit status and stops the
 * script's own code (an {@link Exit} thrown to the top), and node ends once what is in flight has
 * drained. Never process.exit(): it cuts off stderr still in a pipe (seen: 22 KB of a bake's
 * 100 KB of problems reached the reader), and in Node 24 it can hang for good when V8's
 * background compiler threads wait for a garbage collection the exiting main thread never runs
 * (seen: 1 bake in 40 under spawnSync; CI on bf6f9f8 waited 85 minutes on one).
 */
export function exit(status: number): never {
  process.exitCode = status;
  if (!exitHandled) {
    exitHandled = true;
    process.on('uncaughtException', (error) => {
      if (error instanceof Exit) return;
      // anything else is a crash, as node would report it
      process.stderr.write(`${error.stack ?? String(error)}\n`);
      process.exitCode = 1;
    });
  }
  throw new Exit(status);
}

/** Prints this process's peak memory to stderr as JSON when `--stats` is given (for the benchmark). */
export function reportStats(enabled: boolean, extra: Record<string, number> = {}): void {
  if (!enabled) return;
  const maxRssKb = process.resourceUsage().maxRSS;
  process.stderr.write(`STATS ${JSON.stringify({ maxRssKb, ...extra })}\n`);
}
