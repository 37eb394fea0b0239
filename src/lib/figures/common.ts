/** What every figure model shares: source lines, citations, CSV rows and file names. */
import { t } from '../../i18n/dict.ts';
import type { Lang } from '../format/number.ts';
import { formatDate, formatPeriod } from '../format/period.ts';
import type { Vintage } from '../types.ts';
import { indicatorName, sourceIds, type Context, type Figure, type FigureData, type SourceRef } from './data.ts';

/** The parts every model returns, whatever it draws. */
export interface FigureText {
  title: string;
  subtitle: string;
  /** one sentence for a reader without the chart */
  summary: string;
  /** "Nguồn: publisher (date); …" — publishers and dates, never source ids */
  sourceLine: string;
  /** "Trích dẫn: …" ready to paste */
  citation: string;
  /** the download name without extension, e.g. dti-rank-2022-vn63 */
  fileBase: string;
  csv: { header: string[]; rows: (string | number | boolean | null)[][] };
}

/** "2019-09-04" as "4/9/2019"; a date the source does not give stays as written. */
export function sourceDate(date: string, lang: Lang): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(date, lang) : date;
}

/** The sources behind some figures, in first-use order, as records. */
export function sourcesOf(data: Pick<FigureData, 'sources'>, figures: readonly Pick<Figure, 'source'>[]): SourceRef[] {
  const ids = [...new Set(figures.flatMap((f) => sourceIds(f.source)))];
  return ids.map((id) => data.sources.find((s) => s.id === id) ?? { id, publisher: id, title: '', date: '', url: '' });
}

/** "Nguồn: Bộ TT&TT (4/9/2019); …", publishers with their dates. */
export function sourceLine(data: Pick<FigureData, 'sources'>, figures: readonly Pick<Figure, 'source'>[], lang: Lang): string {
  const parts = [...new Set(sourcesOf(data, figures).map((s) => (s.date ? `${s.publisher} (${sourceDate(s.date, lang)})` : s.publisher)))];
  return `${t(lang, 'field.source')}: ${parts.length ? parts.join('; ') : '—'}`;
}

/** The page's address for a view, on the public site. */
export function viewUrl(ctx: Context, query: string): string {
  return `${ctx.site}${ctx.path}${query}`;
}

/** "Trích dẫn: Tên chỉ số, 2022. Nguồn: …. Trên: site, URL (truy cập 2/12/2026)." */
export function citation(data: FigureData, figures: readonly Pick<Figure, 'source'>[], ctx: Context, query: string, lang: Lang): string {
  const sources = [...new Set(sourcesOf(data, figures).map((s) => [s.publisher, s.title, s.date ? sourceDate(s.date, lang) : ''].filter(Boolean).join(', ')))];
  return t(lang, 'figure.citeAs', {
    indicator: indicatorName(data, lang),
    sources: sources.join('; ') || '—',
    site: t(lang, 'site.title'),
    url: viewUrl(ctx, query),
    date: formatDate(ctx.today, lang),
  });
}

/** A download name: lowercase ASCII words joined by hyphens ("dti-rank-2022-vn63"). */
export function slug(...parts: string[]): string {
  return parts.join(' ').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'figure';
}

export const CSV_HEADER = ['indicator', 'vintage', 'geo', 'name', 'period', 'value', 'qualifier', 'derived', 'members', 'rank', 'rank_n', 'publisher', 'source_title', 'source_date', 'url', 'quote'];

/** One CSV row per figure, with its sources' publisher, title, date and URL and the verbatim quote. */
export function csvRow(data: FigureData, f: Figure | undefined, geo: string, name: string, vintage: Vintage, period: string): (string | number | boolean | null)[] {
  const src = f ? sourcesOf(data, [f]) : [];
  const join = (pick: (s: SourceRef) => string): string | null => (src.length ? src.map(pick).filter(Boolean).join('; ') : null);
  return [
    data.indicator.id, vintage, geo, name, f?.period ?? period,
    f ? f.value : null, f ? f.qualifier : null, f ? f.derived : null, f?.members || null,
    f?.rank ?? null, f?.rank_n ?? null,
    join((s) => s.publisher), join((s) => s.title), join((s) => s.date), join((s) => s.url), f?.quote || null,
  ];
}

/** "Tên chỉ số · năm 2022 · 63 tỉnh". */
export function viewTitle(data: FigureData, period: string, vintage: Vintage, lang: Lang): string {
  if (!period) return indicatorName(data, lang);
  return `${indicatorName(data, lang)} · ${formatPeriod(period, lang)} · ${t(lang, `vintage.short.${vintage}`)}`;
}
