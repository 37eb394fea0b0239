/** Browser side of compare: draws the strips for a selection with the build's chart function. */
import { stripChart } from '../charts/compare.ts';
import { t } from '../i18n/dict.ts';
import type { Lang } from '../lib/format/number.ts';
import { formatPeriod } from '../lib/format/period.ts';
import { formatRank, formatValue } from '../lib/format/value.ts';
import type { Bundle } from '../site/bundle.ts';
import { compareGroups, type Selected } from '../site/compare.ts';
import type { Figure } from '../site/types.ts';

/** Replaces the children of `host` with one figure per compare group. */
export function drawCompare(host: HTMLElement, bundle: Bundle, figures: readonly Figure[], selection: readonly Selected[], lang: Lang): void {
  const names = new Map(bundle.units.map((u) => [`${u.vintage}-${u.code}`, lang === 'vi' ? u.name_vi : u.name_en]));
  const out: HTMLElement[] = [];
  for (const g of compareGroups(figures, selection)) {
    const meta = bundle.indicators.find((i) => i.id === g.indicator);
    if (!meta) continue;
    const title = `${lang === 'vi' ? meta.name_vi : meta.name_en} · ${formatPeriod(g.period, lang)} · ${t(lang, `vintage.short.${g.vintage}`)}`;
    const rows = g.figures.map((f) => ({ geo: f.geo, name: names.get(`${g.vintage}-${f.geo}`) ?? f.geo, value: f.value, qualifier: f.qualifier, derived: f.derived }));
    const fig = document.createElement('figure');
    fig.className = 'chart-figure';
    fig.dataset.indicator = g.indicator;
    fig.dataset.vintage = g.vintage;
    const cap = document.createElement('figcaption');
    cap.textContent = title;
    fig.append(cap, stripChart(rows, { lang, unit: meta.unit, direction: meta.direction, median: g.figures[0]?.median ?? null, highlight: g.selected, title }));
    const summary = document.createElement('p');
    summary.className = 'chart-summary';
    summary.textContent = g.highlight
      .map((c) => g.figures.find((f) => f.geo === c))
      .filter((f): f is Figure => f !== undefined)
      .map((f) => `${names.get(`${g.vintage}-${f.geo}`) ?? f.geo}: ${formatValue(f.value, meta.unit, f.qualifier, lang)}${f.rank != null && f.rank_n != null ? ` (${formatRank(f.rank, f.rank_n, lang)})` : ''}`)
      .join('; ');
    fig.append(summary);
    if (g.missing.length) {
      const p = document.createElement('p');
      p.className = 'nodata';
      p.textContent = `${t(lang, 'data.none')}: ${g.missing.map((c) => names.get(`${g.vintage}-${c}`) ?? c).join(', ')}`;
      fig.append(p);
    }
    out.push(fig);
  }
  // a chosen province with no figure at all is said plainly, not silently dropped
  const covered = new Set(compareGroups(figures, selection).flatMap((g) => [...g.highlight, ...g.missing].map((c) => `${g.vintage}-${c}`)));
  const empty = selection.filter((s) => !covered.has(`${s.vintage}-${s.code}`));
  if (empty.length) {
    const p = document.createElement('p');
    p.className = 'nodata';
    p.textContent = `${t(lang, 'data.none')}: ${empty.map((s) => `${names.get(`${s.vintage}-${s.code}`) ?? s.code} (${t(lang, `vintage.short.${s.vintage}`)})`).join(', ')}`;
    out.push(p);
  }
  if (out.length === 0) {
    const p = document.createElement('p');
    p.className = 'nodata';
    p.textContent = selection.length ? t(lang, 'data.none') : t(lang, 'compare.none');
    out.push(p);
  }
  host.replaceChildren(...out);
}
