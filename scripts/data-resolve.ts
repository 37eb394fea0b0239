import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { loadReference } from '../src/data/reference.ts';
import { createResolver, type ResolveHint, type Resolver } from '../src/lib/geo/resolve.ts';
import { ROOT, exit, fail, parseArgs } from './lib/cli.ts';

const USAGE = `npm run data:resolve [-- --vintage VN63|VN34] [-- --date YYYY-MM-DD] < names.txt

Tra mã tỉnh cho từng tên (mỗi dòng một tên) đọc từ đầu vào chuẩn; in đúng một dòng cho mỗi dòng
vào, theo thứ tự, phân cách bằng tab: vintage, mã, tên chuẩn — hoặc "-", "-" và lý do.
Resolves each name read from stdin (one per line) to a province; prints exactly one line per input
line, in order, tab-separated: vintage, code, canonical name; or "-", "-" and the reason:

  VN63	01	Hà Nội
  -	-	ambiguous: Gia Lai names a different territory in each vintage; …
  -	-	unknown: Ha Nio is not a known province (did you mean Hà Nội, Hà Nam?)
  -	-	region: … | total: … | abolished: …

Without --vintage or --date, a name of both vintages resolves only when the unit is unchanged
(VN63 is returned); see data/geo/README.md. Exit status 0 even when names do not resolve;
2 on a bad option.

  --vintage V   VN63 or VN34
  --date D      the date the figures refer to: before 2025-07-01 → VN63, from it → VN34
  --data DIR    data directory (default: data)
  --help        this text`;

/** Resolve each line to one output line (no trailing newline), in order. */
export function resolveLines(lines: string[], resolver: Resolver, hint: ResolveHint): string[] {
  return lines.map((line) => {
    const r = resolver.resolve(line, hint);
    // Tabs or line breaks inside a message would break the one-line-per-name promise.
    if (r.ok) return [r.vintage, r.code, r.name].join('\t');
    return ['-', '-', `${r.reason}: ${r.message}`.replace(/[\t\r\n]+/g, ' ')].join('\t');
  });
}

/** Split stdin text into lines; a final newline does not make an extra empty name. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Check --vintage and --date; returns an error message or the hint. */
export function hintFromFlags(flags: { vintage?: string; date?: string }): ResolveHint | string {
  const hint: ResolveHint = {};
  if (flags.vintage !== undefined) {
    if (flags.vintage !== 'VN63' && flags.vintage !== 'VN34') return `--vintage must be VN63 or VN34, got ${flags.vintage}`;
    hint.vintage = flags.vintage;
  }
  if (flags.date !== undefined) {
    const d = flags.date;
    const t = Date.parse(`${d}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== d) {
      return `--date must be a day YYYY-MM-DD, got ${d}`;
    }
    hint.date = d;
  }
  if (hint.vintage && hint.date && (hint.date < '2025-07-01' ? 'VN63' : 'VN34') !== hint.vintage) {
    return `--vintage ${hint.vintage} contradicts --date ${hint.date}`;
  }
  return hint;
}

async function main(): Promise<void> {
  const { values: flags, positionals } = parseArgs(process.argv.slice(2), {
    usage: USAGE,
    options: { vintage: { type: 'string' }, date: { type: 'string' }, data: { type: 'string' } },
    positionals: true,
  });
  if (positionals.length > 0) fail(`unexpected argument: ${positionals[0] ?? ''} (names are read from stdin)`, USAGE);
  const hint = hintFromFlags(flags);
  if (typeof hint === 'string') fail(hint, USAGE);
  const ref = await loadReference(resolvePath(ROOT, flags.data ?? 'data'));
  if (ref.problems.length > 0) {
    for (const p of ref.problems) process.stderr.write(`${p.file}:${p.line}:${p.column}: ${p.message}\n`);
    exit(1);
  }
  const resolver = createResolver(ref.units, ref.aliases, ref.crosswalk);
  const lines = splitLines(readFileSync(0, 'utf8'));
  const out = resolveLines(lines, resolver, hint);
  process.stdout.write(out.map((l) => l + '\n').join(''));
}

// Run only as a script, so the tests can import the functions above.
if (import.meta.main) await main();
