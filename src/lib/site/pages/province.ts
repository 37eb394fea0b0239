/**
 * The province page's summary model: for each indicator this province has figures for, the latest
 * one, the one of the previous comparable period and the change between them; and how many
 * indicators have figures elsewhere on the map but none here (counted, never listed one by one).
 */
import type { Lang } from '../../format/number.ts';
import { formatNumber } from '../../format/number.ts';
import { formatText as t } from '../../../i18n/formats.ts';
import type { Direction, Unit, Vintage } from '../../types.ts';
import type { Crosswalk, Figure, IndicatorInfo, Unit as Place } from '../types.ts';

export interface SummaryRow {
  indicator: IndicatorInfo;
  latest: Figure;
  /** the latest earlier figure of the same kind of period (a year before a year, a quarter before a quarter) */
  previous: Figure | null;
  /** latest − previous, only when both are exact published-or-derived values; null when it cannot be said */
  change: number | null;
}

export interface ProvinceSummary {
  rows: SummaryRow[];
  /** indicators with figures for other provinces of the vintage but none for this one */
  noData: string[];
}

/** The shape of a period's text, digits blanked: "2019" and "2020" match, "2019" and "2019-Q3" do not. */
const shape = (period: string): string => period.replace(/\d/g, '9');

/**
 * Builds the summary from this province's figures and the vintage's figures.
 * @param own every figure of this province in this vintage
 * @param withData ids of indicators with a province figure somewhere in this vintage
 */
export function provinceSummary(
  own: readonly Figure[],
  withData: ReadonlySet<string>,
  indicators: readonly IndicatorInfo[],
  vintage: Vintage,
): ProvinceSummary {
  const rows: SummaryRow[] = [];
  const noData: string[] = [];
  for (const indicator of indicators) {
    if (!withData.has(indicator.id)) continue;
    const mine = own.filter((f) => f.indicator === indicator.id && f.vintage === vintage && f.geo !== 'VN');
    if (mine.length === 0) {
      noData.push(indicator.id);
      continue;
    }
    const latest = mine.reduce((best, f) => (f.period_end > best.period_end ? f : best));
    const earlier = mine.filter((f) => f.period_end < latest.period_end && shape(f.period) === shape(latest.period));
    const previous = earlier.length > 0 ? earlier.reduce((best, f) => (f.period_end > best.period_end ? f : best)) : null;
    // a bound or an approximation has no exact difference
    const change = previous && latest.qualifier === '' && previous.qualifier === '' ? round(latest.value - previous.value) : null;
    rows.push({ indicator, latest, previous, change });
  }
  return { rows, noData };
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * A change in words, by unit and direction: "+3,2 điểm %" / "+3.2 pp" for a share, "lên 2 bậc" /
 * "up 2 places" for a rank (a smaller rank is a rise), a signed number otherwise.
 */
export function changeWords(delta: number, unit: Unit, direction: Direction, lang: Lang): string {
  if (delta === 0) return t(lang, 'change.none');
  if (unit === 'rank') {
    const up = direction === 'lower_better' ? delta < 0 : delta > 0;
    const n = formatNumber(Math.abs(delta), lang);
    return t(lang, `change.${up ? 'up' : 'down'}.${Math.abs(delta) === 1 ? 'one' : 'other'}`, { n });
  }
  const d = `${delta > 0 ? '+' : '−'}${formatNumber(Math.abs(delta), lang)}`;
  if (unit === 'percent' || unit === 'vnd_billion') return t(lang, `change.${unit}`, { d });
  return d;
}

export interface Namesake {
  /** the other vintage's unit of the same name */
  vintage: Vintage;
  code: string;
}

/**
 * The unit of the other vintage that bears the same name but not the same territory (e.g. Bắc
 * Ninh: VN63 27, and the VN34 unit 24 merged from Bắc Giang and Bắc Ninh), or null. Units the
 * merger left unchanged are the same place under both maps, not namesakes.
 */
export function namesake(units: readonly Place[], crosswalk: readonly Crosswalk[], vintage: Vintage, code: string): Namesake | null {
  const me = units.find((u) => u.vintage === vintage && u.code === code);
  if (!me) return null;
  const otherVintage: Vintage = vintage === 'VN63' ? 'VN34' : 'VN63';
  const other = units.find((u) => u.vintage === otherVintage && u.name_vi === me.name_vi);
  if (!other) return null;
  const vn34 = vintage === 'VN34' ? code : other.code;
  const members = crosswalk.filter((c) => c.vn34_code === vn34);
  if (members.length <= 1) return null;
  return { vintage: otherVintage, code: other.code };
}
