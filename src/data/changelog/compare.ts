/**
 * What changed in the published figures between two states of data/: per source and
 * indicator, the figures added, revised (old → new value) and withdrawn.
 */
import { parseCsv } from '../../lib/csv/read.ts';
import { restoreText } from '../../lib/csv/formula.ts';

/** The fields of a figure the changelog needs. */
export interface Figure {
  indicator: string;
  vintage: string;
  geo: string;
  subunit: string;
  breakdown: string;
  period: string;
  value: string;
  source: string;
}

export interface Revision {
  figure: Figure;
  old: string;
}

export interface Group {
  source: string;
  indicator: string;
  added: Figure[];
  revised: Revision[];
  withdrawn: Figure[];
}

/**
 * Figures from the text of observation CSV files (data/observations/*.csv, or the bake's
 * egov-observations.csv, whose extra columns are ignored). Rows with a broken shape are skipped:
 * the checker reports them, the changelog only describes.
 * @returns the figures of all texts
 */
export function figuresFromCsv(texts: readonly string[]): Figure[] {
  const out: Figure[] = [];
  for (const text of texts) {
    // the bake's download (with a BOM) neutralises formula-like text (src/lib/csv/formula.ts): undo it
    const download = text.charCodeAt(0) === 0xfeff;
    const t = parseCsv(download ? text.slice(1) : text, 'changelog');
    const col = (name: string): number => t.header.indexOf(name);
    const idx = ['indicator', 'vintage', 'geo', 'subunit', 'breakdown', 'period', 'value', 'source'].map(col);
    if (idx.some((i) => i === -1)) continue;
    for (const r of t.rows) {
      const f = idx.map((i) => (download ? restoreText(r.fields[i] ?? '') : (r.fields[i] ?? '')));
      out.push({ indicator: f[0]!, vintage: f[1]!, geo: f[2]!, subunit: f[3]!, breakdown: f[4]!, period: f[5]!, value: f[6]!, source: f[7]! });
    }
  }
  return out;
}

function key(f: Figure): string {
  return `${f.indicator}|${f.vintage}|${f.geo}|${f.subunit}|${f.breakdown}|${f.period}`;
}

/**
 * Compares two sets of figures.
 * @returns groups sorted by source then indicator; empty when nothing changed
 */
export function compareFigures(before: readonly Figure[], after: readonly Figure[]): Group[] {
  const old = new Map(before.map((f) => [key(f), f]));
  const groups = new Map<string, Group>();
  const group = (f: Figure): Group => {
    const k = `${f.source}|${f.indicator}`;
    let g = groups.get(k);
    if (!g) {
      g = { source: f.source, indicator: f.indicator, added: [], revised: [], withdrawn: [] };
      groups.set(k, g);
    }
    return g;
  };
  const seen = new Set<string>();
  for (const f of after) {
    const k = key(f);
    seen.add(k);
    const o = old.get(k);
    if (!o) group(f).added.push(f);
    else if (Number(o.value) !== Number(f.value)) group(f).revised.push({ figure: f, old: o.value });
  }
  for (const [k, f] of old) if (!seen.has(k)) group(f).withdrawn.push(f);
  return [...groups.values()].sort((a, b) => a.source.localeCompare(b.source) || a.indicator.localeCompare(b.indicator));
}

/**
 * The changelog as Markdown, one section per source and indicator.
 * @param title the heading
 * @param limit figures listed per kind before "… and N more"
 */
export function changelogMarkdown(groups: readonly Group[], title: string, limit = 20): string {
  const lines = [`# ${title}`, ''];
  if (groups.length === 0) {
    lines.push('Không có thay đổi. No change.', '');
    return lines.join('\n');
  }
  const place = (f: Figure): string => `${f.vintage} ${f.geo}${f.subunit ? ` (${f.subunit})` : ''}${f.breakdown ? ` [${f.breakdown}]` : ''} ${f.period}`;
  for (const g of groups) {
    lines.push(`## ${g.source} · ${g.indicator}`, '');
    lines.push(`Thêm / added ${g.added.length}, sửa / revised ${g.revised.length}, rút / withdrawn ${g.withdrawn.length}`, '');
    const list = <T>(items: readonly T[], fmt: (x: T) => string): void => {
      for (const x of items.slice(0, limit)) lines.push(`- ${fmt(x)}`);
      if (items.length > limit) lines.push(`- … ${items.length - limit} more`);
    };
    list(g.added, (f) => `added ${place(f)}: ${f.value}`);
    list(g.revised, (r) => `revised ${place(r.figure)}: ${r.old} → ${r.figure.value}`);
    list(g.withdrawn, (f) => `withdrawn ${place(f)}: ${f.value}`);
    lines.push('');
  }
  return lines.join('\n');
}
