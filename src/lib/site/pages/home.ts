/**
 * The home page's model: the questions an inspection asks (who sends documents digitally signed,
 * who has online dossiers, how many services are online), each answered by the latest published
 * figures of the indicators that answer it, and the current composite indexes with their leaders
 * and, where the ranking covers the whole map, their laggards. Indicators are chosen by what the
 * data holds (their ids and counts), never by figures written here.
 */
import type { RankFields } from '../../format/stats.ts';
import type { Vintage } from '../../types.ts';
import { PROVINCES_IN } from '../model.ts';
import { coversHalf } from '../../types.ts';
import type { Figure, IndicatorInfo } from '../types.ts';

/** A figure as the home page reads it; rank fields filled by the bake where it knows them. */
export type HomeFigure = Figure & Pick<RankFields, 'rank_basis' | 'rank_approx'>;

/** The questions, in the order the page asks them; an indicator answers the first whose test it passes. */
export const QUESTIONS = [
  { key: 'signed', answers: (id: string): boolean => /signed/.test(id) },
  { key: 'dossiers', answers: (id: string): boolean => /^online_dossiers_/.test(id) },
  { key: 'services', answers: (id: string): boolean => /^online_services_/.test(id) && !/under_construction/.test(id) },
] as const;
export type QuestionKey = (typeof QUESTIONS)[number]['key'];

/** The current composite indexes: a family of indicators, and the ids that name its headline figure. */
export const INDEXES = [
  { key: 'dvc766', family: /^dvc766_/, headline: /_total$/ },
  { key: 'dti', family: /^dti_/, headline: /^dti_(score|rank)$/ },
  { key: 'papi', family: /^papi_/, headline: /e_?gov|governance/ },
] as const;
export type IndexKey = (typeof INDEXES)[number]['key'];

/** The latest published figures of one indicator. */
export interface Answer {
  indicator: IndicatorInfo;
  vintage: Vintage;
  period: string;
  /** the figure for the whole country, when one was published for that period */
  national: HomeFigure | null;
  /** the provinces' published figures of that period, best first by the indicator's direction */
  provinces: HomeFigure[];
  /** provinces on the map of that vintage */
  total: number;
  /** source ids of the figures shown, in order of first use */
  sources: string[];
}

export interface QuestionModel {
  key: QuestionKey;
  answers: Answer[];
}

export interface IndexModel extends Answer {
  key: IndexKey;
  /** the best three */
  leaders: HomeFigure[];
  /** the worst three, only where every province of the map has a figure (else empty) */
  laggards: HomeFigure[];
}

export interface HomeModel {
  questions: QuestionModel[];
  indexes: IndexModel[];
}

/** At most this many indicators answer one question on the home page. */
export const MAX_ANSWERS = 4;
const PODIUM = 3;

function better(direction: IndicatorInfo['direction']): (a: HomeFigure, b: HomeFigure) => number {
  const sign = direction === 'lower_better' ? 1 : -1;
  return (a, b) => (direction === 'neutral' ? 0 : sign * (a.value - b.value)) || a.geo.localeCompare(b.geo);
}

/**
 * The latest published figures of an indicator: the period that ends last among its published
 * (not derived) figures, in that period's vintage; null when it has none.
 */
export function latestAnswer(indicator: IndicatorInfo, figures: readonly HomeFigure[], options: { covering?: boolean } = {}): Answer | null {
  const all = figures.filter((f) => f.indicator === indicator.id && !f.derived);
  if (all.length === 0) return null;
  const count = new Map<string, number>();
  for (const f of all) if (f.geo !== 'VN') count.set(`${f.vintage}|${f.period}`, (count.get(`${f.vintage}|${f.period}`) ?? 0) + 1);
  // an index is read in its latest period that covers at least half the map (a press note naming
  // a few provinces is not the ranking), else in its latest period
  const covering = all.filter((f) => coversHalf(count.get(`${f.vintage}|${f.period}`) ?? 0, f.vintage));
  const own = options.covering && covering.length > 0 ? covering : all;
  // the latest period; on a tie of end dates, the one with more figures
  const last = own.reduce((best, f) => {
    if (f.period_end !== best.period_end) return f.period_end > best.period_end ? f : best;
    return (count.get(`${f.vintage}|${f.period}`) ?? 0) > (count.get(`${best.vintage}|${best.period}`) ?? 0) ? f : best;
  });
  const shown = own.filter((f) => f.vintage === last.vintage && f.period === last.period);
  const provinces = shown.filter((f) => f.geo !== 'VN').sort(better(indicator.direction));
  const national = shown.find((f) => f.geo === 'VN') ?? null;
  const sources = [...new Set([...(national ? [national.source] : []), ...provinces.map((f) => f.source)])];
  return { indicator, vintage: last.vintage, period: last.period, national, provinces, total: PROVINCES_IN[last.vintage], sources };
}

const byRecency = (a: Answer, b: Answer): number =>
  (b.provinces[0]?.period_end ?? b.national?.period_end ?? '').localeCompare(a.provinces[0]?.period_end ?? a.national?.period_end ?? '') ||
  b.provinces.length - a.provinces.length ||
  a.indicator.id.localeCompare(b.indicator.id);

/** Each question with the latest figures of the indicators that answer it (questions without data are kept, empty). */
export function questionModels(indicators: readonly IndicatorInfo[], figures: readonly HomeFigure[]): QuestionModel[] {
  return QUESTIONS.map((q) => {
    const answers = indicators
      .filter((i) => QUESTIONS.find((x) => x.answers(i.id))?.key === q.key)
      .map((i) => latestAnswer(i, figures))
      .filter((a): a is Answer => a !== null)
      .sort(byRecency)
      .slice(0, MAX_ANSWERS);
    return { key: q.key, answers };
  });
}


/**
 * The headline figure of each index family that has province figures: among its indicators named
 * by `headline` (all of the family when none of those has data), the one with the most provinces
 * in its latest period covering at least half the map. Leaders are its best three; laggards its
 * worst three, only when every province of the map has a figure (a bottom three of the few
 * published would overstate).
 */
export function indexModels(indicators: readonly IndicatorInfo[], figures: readonly HomeFigure[]): IndexModel[] {
  const out: IndexModel[] = [];
  for (const spec of INDEXES) {
    const answers = indicators
      .filter((i) => spec.family.test(i.id))
      .map((i) => latestAnswer(i, figures, { covering: true }))
      .filter((a): a is Answer => a !== null && a.provinces.length > 0);
    const named = answers.filter((a) => spec.headline.test(a.indicator.id));
    const pool = named.length > 0 ? named : answers;
    const best = [...pool].sort(
      (a, b) =>
        b.provinces.length - a.provinces.length ||
        (b.period.localeCompare(a.period)) ||
        Number(a.indicator.unit === 'rank') - Number(b.indicator.unit === 'rank') ||
        a.indicator.id.localeCompare(b.indicator.id),
    )[0];
    if (!best) continue;
    const leaders = best.provinces.slice(0, PODIUM);
    // the bottom of the table only where every province has a figure: the last of the few a
    // press note names (even with the publisher's ranks) is not the bottom of the ranking
    const laggards = best.provinces.length === best.total ? best.provinces.slice(-PODIUM) : [];
    out.push({ ...best, key: spec.key, leaders, laggards });
  }
  return out;
}

/**
 * The indicator the home map opens on: the one whose published province figures cover at least
 * half its map in the most periods (so Play steps through real years), then the one with the most
 * figures; null when no indicator has province figures.
 */
export function mapIndicator(indicators: readonly IndicatorInfo[], figures: readonly HomeFigure[]): IndicatorInfo | null {
  const geos = new Map<string, Set<string>>();
  for (const f of figures) {
    if (f.derived || f.geo === 'VN') continue;
    const k = `${f.indicator}|${f.vintage}|${f.period}`;
    geos.set(k, (geos.get(k) ?? new Set()).add(f.geo));
  }
  const score = new Map<string, { covering: number; figures: number }>();
  for (const [k, set] of geos) {
    const [id, vintage] = k.split('|') as [string, Vintage];
    const s = score.get(id) ?? { covering: 0, figures: 0 };
    if (coversHalf(set.size, vintage)) s.covering++;
    s.figures += set.size;
    score.set(id, s);
  }
  const ranked = indicators.filter((i) => score.has(i.id)).sort((a, b) => {
    const x = score.get(a.id) as { covering: number; figures: number };
    const y = score.get(b.id) as { covering: number; figures: number };
    return y.covering - x.covering || y.figures - x.figures || a.id.localeCompare(b.id);
  });
  return ranked[0] ?? null;
}

/** The whole home model. */
export function homeModel(indicators: readonly IndicatorInfo[], figures: readonly HomeFigure[]): HomeModel {
  return { questions: questionModels(indicators, figures), indexes: indexModels(indicators, figures) };
}
