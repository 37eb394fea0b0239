/**
 * The former JavaScript derivation of VN34 figures, kept only as the oracle of the bake's SQL
 * (derive.ts): derive.test.ts checks that both give the same rows on the real data.
 */
import type { CrosswalkRow, IndicatorRow, Observation, Qualifier } from '../../lib/types.ts';
import type { DerivedRow } from '../../lib/schema/index.ts';

export type { DerivedRow };

/**
 * Re-aggregates VN63 province figures onto the VN34 map, only where that is honest
 * (ARCHITECTURE.md, "Honesty rules"):
 * - a unit formed from one VN63 province carries its figure over (same territory), except ranks,
 *   which are relative to the 63 and mean nothing among 34;
 * - a unit formed from several provinces gets a figure only when every member has one for the
 *   same period, and only for `sum` indicators (values added) or `ratio` indicators (numerators
 *   and denominators added: every member must publish both). Scores, ranks and rates without
 *   their parts are never combined.
 * Only province-level rows take part: no national rows, sub-provincial units or breakdowns.
 */
export function deriveVn34(
  observations: readonly Observation[],
  indicators: readonly IndicatorRow[],
  crosswalk: readonly CrosswalkRow[],
): DerivedRow[] {
  const byIndicator = new Map(indicators.map((i) => [i.id, i]));
  const members = new Map<string, string[]>();
  for (const row of crosswalk) {
    const list = members.get(row.vn34_code) ?? [];
    list.push(row.vn63_code);
    members.set(row.vn34_code, list);
  }
  for (const list of members.values()) list.sort();

  // (indicator, period) → VN63 code → figure
  const groups = new Map<string, Map<string, Observation>>();
  for (const o of observations) {
    if (o.vintage !== 'VN63' || o.geo === 'VN' || o.subunit !== '' || o.breakdown !== '') continue;
    const key = `${o.indicator}\u0000${o.period}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = new Map()));
    group.set(o.geo, o);
  }

  const out: DerivedRow[] = [];
  for (const group of groups.values()) {
    const first = group.values().next().value as Observation;
    const indicator = byIndicator.get(first.indicator);
    if (!indicator) continue;
    for (const [code, memberCodes] of members) {
      const figures = memberCodes.map((m) => group.get(m));
      if (figures.some((f) => f === undefined)) continue;
      const rows = figures as Observation[];
      const combined = combine(rows, indicator);
      if (!combined) continue;
      out.push({
        indicator: indicator.id,
        vintage: 'VN34',
        geo: code,
        period: first.period,
        period_start: first.period_start,
        period_end: first.period_end,
        ...combined,
        members: memberCodes.join('+'),
        n_members: memberCodes.length,
        sources: [...new Set(rows.map((r) => r.source))].sort().join(' '),
      });
    }
  }
  return out.sort(
    (a, b) => cmp(a.indicator, b.indicator) || cmp(a.period, b.period) || cmp(a.geo, b.geo),
  );
}

type Combined = Pick<DerivedRow, 'value' | 'qualifier' | 'numerator' | 'denominator' | 'method'>;

function combine(rows: Observation[], indicator: IndicatorRow): Combined | null {
  if (rows.length === 1) {
    if (indicator.unit === 'rank') return null;
    const [row] = rows as [Observation];
    return { value: row.value, qualifier: row.qualifier, numerator: row.numerator, denominator: row.denominator, method: 'carried_over' };
  }
  const qualifier = combineQualifiers(rows.map((r) => r.qualifier));
  if (indicator.aggregation === 'sum') {
    const parts = rows.every((r) => r.numerator !== null && r.denominator !== null);
    return {
      value: round(sum(rows.map((r) => r.value))),
      qualifier,
      numerator: parts ? round(sum(rows.map((r) => r.numerator as number))) : null,
      denominator: parts ? round(sum(rows.map((r) => r.denominator as number))) : null,
      method: 'sum',
    };
  }
  if (indicator.aggregation === 'ratio') {
    if (!rows.every((r) => r.numerator !== null && r.denominator !== null)) return null;
    const numerator = sum(rows.map((r) => r.numerator as number));
    const denominator = sum(rows.map((r) => r.denominator as number));
    if (denominator === 0) return null;
    const scale = indicator.unit === 'percent' ? 100 : 1;
    return { value: round((numerator / denominator) * scale), qualifier, numerator: round(numerator), denominator: round(denominator), method: 'ratio' };
  }
  return null;
}

/**
 * What can be said of a sum of qualified figures: "more than a" + "more than b" is "more than a+b";
 * any approximate part makes the whole approximate; bounds in opposite directions give no bound.
 */
export function combineQualifiers(qualifiers: readonly Qualifier[]): Qualifier {
  const set = new Set(qualifiers.filter((q) => q !== ''));
  if (set.size === 0) return '';
  if (set.has('approx') || set.has('near')) return 'approx';
  if (set.size === 1) return [...set][0] as Qualifier;
  return 'approx';
}

function sum(values: number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

// Sums of decimals pick up binary noise (0.1 + 0.2); published figures have few decimals.
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
