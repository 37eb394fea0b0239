/** The benchmark's figures, each beside its floor and target, printed as one table. */

export interface Figure {
  /** what was measured */
  name: string;
  value: number;
  unit: 'ms' | 's' | 'MB' | 'KB' | 'B' | '×' | 'bool' | 'rows';
  /** the floor measured in the same run, and what it is */
  floor?: { name: string; value: number };
  /** the target as text (e.g. "≤ 1.5× floor") and whether it was met */
  target?: { text: string; met: boolean };
  /** how the figure was cross-checked once by another means, and that other number */
  check?: string;
}

const fmt = (value: number, unit: Figure['unit']): string => {
  if (unit === 'bool') return value ? 'yes' : 'no';
  if (unit === 'B' || unit === 'rows') return Math.round(value).toLocaleString('en-US');
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit === '×' ? '×' : ` ${unit}`}`;
};

/** The ratio of `value` to `floor`, to two decimals. */
export function ratio(value: number, floor: number): number {
  return floor > 0 ? Math.round((value / floor) * 100) / 100 : Number.NaN;
}

/** A fixed-width text table of the figures (one line each, checks below). */
export function formatTable(title: string, figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    fmt(f.value, f.unit),
    f.floor ? `${fmt(f.floor.value, f.unit)} (${f.floor.name})` : '',
    f.floor && f.unit !== 'bool' ? `${ratio(f.value, f.floor.value).toFixed(2)}×` : '',
    f.target ? `${f.target.text}: ${f.target.met ? 'met' : 'MISSED'}` : '',
  ]);
  const head = ['figure', 'value', 'floor (same run)', 'ratio', 'target'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const checks = figures.filter((f) => f.check).map((f) => `  check: ${f.name}: ${f.check}`);
  return [`## ${title}`, line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ...checks, ''].join('\n');
}
