import type { Figure } from './types.ts';

export interface MembersRow {
  indicator: string;
  period: string;
  /** one cell per member, in the members' order: the figure, or null for "no data" */
  cells: (Figure | null)[];
}

/**
 * What a merged VN34 unit's VN63 members published before the merger: for each indicator, the
 * latest period in which any member has a figure, and every member's figure for that period
 * (null where it has none). Nothing is combined: this is the table an official reads when the
 * new province's own figure cannot honestly be computed.
 */
export function membersBefore(figures: readonly Figure[], members: readonly string[]): MembersRow[] {
  const mine = figures.filter((f) => f.vintage === 'VN63' && members.includes(f.geo) && !f.derived);
  const byIndicator = new Map<string, Figure[]>();
  for (const f of mine) byIndicator.set(f.indicator, [...(byIndicator.get(f.indicator) ?? []), f]);
  const rows: MembersRow[] = [];
  for (const [indicator, list] of [...byIndicator].sort(([a], [b]) => a.localeCompare(b))) {
    const latest = list.reduce((best, f) => (f.period_end > best.period_end ? f : best));
    const cells = members.map((m) => list.find((f) => f.geo === m && f.period === latest.period) ?? null);
    rows.push({ indicator, period: latest.period, cells });
  }
  return rows;
}
