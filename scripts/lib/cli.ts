import { resolve } from 'node:path';

/** The repository root (scripts/ is one level down). */
export const ROOT = resolve(import.meta.dirname, '../..');

export interface ParsedArgs {
  flags: Record<string, string | true>;
  positional: string[];
}

/**
 * Parses `--name value`, `--name=value` and boolean `--name` (when `booleans` lists it).
 * Unknown options are an error, printed with the usage and exit code 2.
 */
export function parseArgs(argv: string[], spec: { values?: string[]; booleans?: string[]; usage: string }): ParsedArgs {
  const flags: Record<string, string | true> = {};
  const positional: string[] = [];
  const values = new Set(spec.values ?? []);
  const booleans = new Set([...(spec.booleans ?? []), 'help']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (booleans.has(name) && inline === undefined) flags[name] = true;
    else if (values.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) fail(`option --${name} needs a value`, spec.usage);
      flags[name] = value;
    } else fail(`unknown option: ${arg}`, spec.usage);
  }
  if (flags.help) {
    process.stdout.write(spec.usage.trimEnd() + '\n');
    process.exit(0);
  }
  return { flags, positional };
}

export function fail(message: string, usage?: string): never {
  process.stderr.write(`error: ${message}\n`);
  if (usage) process.stderr.write('\n' + usage.trimEnd() + '\n');
  process.exit(2);
}

/** Prints this process's peak memory to stderr as JSON when `--stats` is given (for the benchmark). */
export function reportStats(enabled: boolean, extra: Record<string, number> = {}): void {
  if (!enabled) return;
  const maxRssKb = process.resourceUsage().maxRSS;
  process.stderr.write(`STATS ${JSON.stringify({ maxRssKb, ...extra })}\n`);
}
