/**
 * The compare page's model: for a selection of provinces, one strip per indicator and map (every
 * province of the latest period any chosen one has, the chosen ones highlighted), with its title,
 * summary (value and rank as stats.ts words them), the chosen provinces without a figure said
 * plainly, and the links under the chips. Pure: the same function runs at build time and in the browser.
 */
import { t } from '../../i18n/dict.ts';
import { indicatorPath, provincePath } from '../../i18n/routes.ts';
import type { ChartRow } from '../../charts/types.ts';
import { compareGroups, type Selected } from '../site/compare.ts';
import type { Lang } from '../format/number.ts';
import { formatPeriod } from '../format/period.ts';
import { medianLabel, rankText } from '../format/stats.ts';
import { formatValue } from '../format/value.ts';
import type { Direction, Unit, Vintage } from '../types.ts';
import type { Figure, UnitRef } from './data.ts';
import { localName } from '../format/lang.ts';

export interface CompareInput {
  indicators: { id: string; name_vi: string; name_en: string; unit: Unit; direction: Direction }[];
  units: UnitRef[];
  figures: Figure[];
}

export interface Strip {
  key: string;
  indicator: string;
  vintage: Vintage;
  period: string;
  title: string;
  href: string;
  unit: Unit;
  direction: Direction;
  rows: ChartRow[];
  highlight: string[];
  median: number | null;
  summary: string;
  missing: string;
}

export interface CompareModel {
  strips: Strip[];
  /** chosen provinces with no figure at all */
  empty: string;
  links: { key: string; name: string; href: string }[];
}

/** The compare model; see the module comment. */
export function compareModel(input: CompareInput, selection: readonly Selected[], lang: Lang): CompareModel {
  const name = (v: Vintage, code: string): string => {
    const u = input.units.find((x) => x.vintage === v && x.code === code);
    return u ? localName(u, lang) : code;
  };
  const groups = compareGroups(input.figures, selection);
  const strips: Strip[] = [];
  for (const g of groups) {
    const i = input.indicators.find((x) => x.id === g.indicator);
    if (!i) continue;
    const title = `${localName(i, lang)} · ${formatPeriod(g.period, lang)} · ${t(lang, `vintage.short.${g.vintage}`)}`;
    const parts = g.highlight.map((c) => {
      const f = g.figures.find((x) => x.geo === c) as Figure;
      const rank = rankText(f, lang);
      return `${name(g.vintage, c)}: ${formatValue(f.value, i.unit, f.qualifier, lang)}${rank ? ` (${rank})` : ''}`;
    });
    const withMedian = g.figures.find((f) => f.median !== null);
    const label = withMedian ? medianLabel(withMedian, lang) : null;
    if (withMedian && label) parts.push(`${label}: ${formatValue(withMedian.median, i.unit, '', lang)}`);
    strips.push({
      key: `${g.indicator}-${g.vintage}`,
      indicator: g.indicator,
      vintage: g.vintage,
      period: g.period,
      title,
      href: `${indicatorPath(lang, g.indicator)}?indicator=${g.indicator}&vintage=${g.vintage}&period=${encodeURIComponent(g.period)}&tab=map`,
      unit: i.unit,
      direction: i.direction,
      rows: g.figures.map((f) => ({ geo: f.geo, name: name(g.vintage, f.geo), value: f.value, qualifier: f.qualifier, derived: f.derived })),
      highlight: g.selected,
      median: withMedian && label ? withMedian.median : null,
      summary: parts.join('; '),
      missing: g.missing.length ? `${t(lang, 'data.none')}: ${g.missing.map((c) => name(g.vintage, c)).join(', ')}` : '',
    });
  }
  const covered = new Set(groups.flatMap((g) => [...g.highlight, ...g.missing].map((c) => `${g.vintage}-${c}`)));
  const empty = selection.filter((s) => !covered.has(`${s.vintage}-${s.code}`));
  return {
    strips,
    empty: empty.length ? `${t(lang, 'data.none')}: ${empty.map((s) => `${name(s.vintage, s.code)} (${t(lang, `vintage.short.${s.vintage}`)})`).join(', ')}` : '',
    links: selection.map((s) => ({ key: `${s.vintage}-${s.code}`, name: `${name(s.vintage, s.code)} (${t(lang, `vintage.short.${s.vintage}`)})`, href: provincePath(lang, s.vintage, s.code) })),
  };
}
