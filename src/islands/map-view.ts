/**
 * Browser side of the map: loads the figures and geometry once, redraws the figure (map, caption,
 * summary, CSV link, table) for a state with the same functions the build uses, and wires the
 * keyboard and tooltip to whatever map is in the figure.
 */
import { t } from '../i18n/dict.ts';
import { provincePath } from '../i18n/routes.ts';
import type { Lang } from '../lib/format/number.ts';
import { formatPeriod } from '../lib/format/period.ts';
import { formatValue } from '../lib/format/value.ts';
import { featuresFor, islandFeatures, type MapTopology } from '../lib/geo/topology.ts';
import { choropleth, type MapValue } from '../map/choropleth.ts';
import { isArrow, nextProvince } from '../map/keyboard.ts';
import { unpack, type Bundle } from '../site/bundle.ts';
import { csvDataUrl, toCsv } from '../site/csv.ts';
import type { Figure } from '../site/types.ts';
import type { MapState } from './url-state.ts';

export interface Loaded {
  bundle: Bundle;
  figures: Figure[];
  topology: MapTopology;
}

let loading: Promise<Loaded> | null = null;

/** Fetches site-data once per page (same origin). */
export function loadData(): Promise<Loaded> {
  loading ??= Promise.all([
    fetch('/site-data/figures.json').then((r) => r.json() as Promise<Bundle>),
    fetch('/site-data/topology.json').then((r) => r.json() as Promise<MapTopology>),
  ]).then(([bundle, topology]) => ({ bundle, topology, figures: bundle.figures.map(unpack) }));
  return loading;
}

/** Periods with province figures for an indicator and vintage, oldest first. */
export function periodsFor(data: Loaded, indicator: string, vintage: MapState['vintage']): string[] {
  const ends = new Map<string, string>();
  for (const f of data.figures) if (f.indicator === indicator && f.vintage === vintage && f.geo !== 'VN') ends.set(f.period, f.period_end);
  return [...ends.entries()].sort((a, b) => a[1].localeCompare(b[1])).map(([p]) => p);
}

/** Redraws the figure `#target` for a state. */
export function redraw(target: HTMLElement, data: Loaded, state: MapState, lang: Lang): void {
  const meta = data.bundle.indicators.find((i) => i.id === state.indicator);
  if (!meta) throw new Error(`unknown indicator: ${state.indicator}`);
  const units = data.bundle.units.filter((u) => u.vintage === state.vintage);
  const names = new Map(units.map((u) => [u.code, lang === 'vi' ? u.name_vi : u.name_en]));
  const shown = data.figures.filter((f) => f.indicator === state.indicator && f.vintage === state.vintage && f.period === state.period && f.geo !== 'VN');
  const values = new Map<string, MapValue>(shown.map((f) => [f.geo, { value: f.value, qualifier: f.qualifier, derived: f.derived, source: f.source, period: f.period }]));
  const name = lang === 'vi' ? meta.name_vi : meta.name_en;
  const title = t(lang, 'home.mapOf', { indicator: name, period: formatPeriod(state.period, lang) });
  const svg = choropleth(featuresFor(data.topology, state.vintage), islandFeatures(data.topology), values, {
    document, lang, vintage: state.vintage, unit: meta.unit, direction: meta.direction, names,
    href: (code) => provincePath(lang, state.vintage, code), idPrefix: target.id, title,
  });
  target.querySelector('.chart-svg')?.replaceChildren(svg);
  const caption = target.querySelector('figcaption');
  if (caption) caption.textContent = title;
  const summary = target.querySelector('.chart-summary');
  if (summary) summary.textContent = `${t(lang, 'chart.summary')}: ${t(lang, 'map.summary', { n: shown.length, total: units.length })}`;
  const sourceIds = [...new Set(shown.map((f) => f.source))].sort();
  const line = target.querySelector('.source-line');
  if (line) line.textContent = `${lang === 'vi' ? 'Nguồn' : 'Source'}: ${sourceIds.map((s) => data.bundle.sources[s] ?? s).join('; ') || '—'}`;
  const csvLink = target.querySelector<HTMLAnchorElement>('a[download$=".csv"]');
  const rows = units.map((u) => {
    const f = shown.find((x) => x.geo === u.code);
    return [state.indicator, state.vintage, u.code, names.get(u.code) ?? u.code, state.period, f ? f.value : null, f ? f.qualifier : null, f ? f.derived : null, f ? f.source : null] as const;
  });
  if (csvLink) csvLink.href = csvDataUrl(toCsv(['indicator', 'vintage', 'geo', 'name', 'period', 'value', 'qualifier', 'derived', 'source'], rows.map((r) => [...r])));
  const table = target.querySelector('table');
  if (table) fillTable(table, lang, state, rows.map(([, , code, n]) => ({ code, name: n, figure: shown.find((x) => x.geo === code) })), meta.unit, title);
  rovingTabindex(target);
}

function fillTable(table: HTMLTableElement, lang: Lang, state: MapState, rows: { code: string; name: string; figure: Figure | undefined }[], unit: Bundle['indicators'][number]['unit'], title: string): void {
  const caption = table.querySelector('caption');
  if (caption) caption.textContent = title;
  const body = document.createElement('tbody');
  for (const r of rows) {
    const tr = body.insertRow();
    tr.dataset.geo = r.code;
    const th = document.createElement('th');
    th.scope = 'row';
    const a = document.createElement('a');
    a.href = provincePath(lang, state.vintage, r.code);
    a.textContent = r.name;
    th.append(a);
    tr.append(th);
    const value = tr.insertCell();
    value.className = 'num';
    value.textContent = r.figure ? formatValue(r.figure.value, unit, r.figure.qualifier, lang) + (r.figure.derived ? ` (${t(lang, 'field.derived')})` : '') : t(lang, 'data.none');
    const rank = tr.insertCell();
    rank.className = 'num';
    rank.textContent = r.figure?.rank != null && r.figure.rank_n != null ? `${r.figure.rank}/${r.figure.rank_n}` : '—';
  }
  table.tBodies[0]?.replaceWith(body);
}

/** One province in the tab order at a time; arrows move within the map (roving tabindex). */
export function rovingTabindex(target: HTMLElement, active?: string): void {
  const paths = [...target.querySelectorAll<SVGPathElement>('path[data-code]')];
  const current = active ?? paths[0]?.dataset.code;
  for (const p of paths) p.setAttribute('tabindex', p.dataset.code === current ? '0' : '-1');
}

/** Keyboard: arrows move to the neighbouring province, Enter opens it. */
export function onKey(event: KeyboardEvent, target: HTMLElement): void {
  const el = event.target as Element | null;
  const code = el?.getAttribute?.('data-code');
  if (!el || !code) return;
  if (event.key === 'Enter' || event.key === ' ') {
    const href = el.getAttribute('data-href');
    if (href) {
      event.preventDefault();
      window.location.assign(href);
    }
    return;
  }
  if (!isArrow(event.key)) return;
  event.preventDefault();
  const paths = [...target.querySelectorAll<SVGPathElement>('path[data-code]')];
  const points = paths.map((p) => ({ code: p.dataset.code ?? '', x: Number(p.dataset.cx), y: Number(p.dataset.cy) }));
  const next = nextProvince(points, code, event.key);
  if (!next) return;
  rovingTabindex(target, next);
  paths.find((p) => p.dataset.code === next)?.focus();
}

/** The tooltip text of a province path: name, value with qualifier, period, source. */
export function tipText(el: Element, lang: Lang, sources: Record<string, string> | null): string[] {
  const label = el.getAttribute('aria-label') ?? '';
  const period = el.getAttribute('data-period');
  const source = el.getAttribute('data-source');
  const lines = [label];
  if (period) lines.push(`${t(lang, 'field.period')}: ${formatPeriod(period, lang)}`);
  if (source) lines.push(`${t(lang, 'field.source')}: ${sources?.[source] ?? source}`);
  return lines;
}
