/** Compare: which strips to draw for a selection of provinces (pure; used at build time and by the island). */
import type { Vintage } from '../types.ts';
import type { Figure } from './types.ts';

export interface Selected {
  vintage: Vintage;
  code: string;
}

export interface CompareGroup {
  indicator: string;
  vintage: Vintage;
  period: string;
  /** every province figure of that indicator, vintage and period (the strip's context) */
  figures: Figure[];
  /** selected codes of that vintage, in order of choice: a province keeps its colour in every strip */
  selected: string[];
  /** selected codes of that vintage, in order of choice, that have a figure there */
  highlight: string[];
  /** selected codes of that vintage without a figure there: said plainly as "no data" */
  missing: string[];
}

/**
 * For each indicator and vintage with a figure for at least one selected province: the latest
 * period in which any selected province has one.
 */
export function compareGroups(figures: readonly Figure[], selection: readonly Selected[]): CompareGroup[] {
  const groups: CompareGroup[] = [];
  for (const vintage of ['VN63', 'VN34'] as const) {
    const codes = selection.filter((s) => s.vintage === vintage).map((s) => s.code);
    if (codes.length === 0) continue;
    const chosen = figures.filter((f) => f.vintage === vintage && codes.includes(f.geo));
    const indicators = [...new Set(chosen.map((f) => f.indicator))].sort();
    for (const indicator of indicators) {
      const mine = chosen.filter((f) => f.indicator === indicator).sort((a, b) => b.period_end.localeCompare(a.period_end));
      const period = mine[0].period;
      const context = figures.filter((f) => f.indicator === indicator && f.vintage === vintage && f.period === period && f.geo !== 'VN');
      const present = new Set(context.map((f) => f.geo));
      groups.push({ indicator, vintage, period, figures: context, selected: codes, highlight: codes.filter((c) => present.has(c)), missing: codes.filter((c) => !present.has(c)) });
    }
  }
  return groups;
}
