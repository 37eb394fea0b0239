/** View state in the URL: every view can be shared, embedded and restored; back/forward work. */
import type { Vintage } from '../lib/types.ts';

export interface MapState {
  indicator: string;
  vintage: Vintage;
  period: string;
}

const ID = /^[a-z0-9_]{1,80}$/;
const PERIOD = /^\d{4}(-(Q[1-4]|H[12]|\d{2}(-\d{2})?))?(\/\d{4}(-(Q[1-4]|H[12]|\d{2}(-\d{2})?))?)?$/;

/**
 * Reads map state from a query string, keeping `fallback` for anything absent, malformed, or (when
 * `known` is given) naming an indicator the site does not have.
 */
export function readMapState(search: string, fallback: MapState, known?: ReadonlySet<string>): MapState {
  const q = new URLSearchParams(search);
  const indicator = q.get('indicator') ?? '';
  const vintage = (q.get('vintage') ?? '').toUpperCase();
  const period = q.get('period') ?? '';
  return {
    indicator: ID.test(indicator) && (!known || known.has(indicator)) ? indicator : fallback.indicator,
    vintage: vintage === 'VN63' || vintage === 'VN34' ? vintage : fallback.vintage,
    period: PERIOD.test(period) ? period : fallback.period,
  };
}

/** Writes map state into a query string, keeping other parameters (embed, tab, provinces). */
export function writeMapState(search: string, state: MapState): string {
  const q = new URLSearchParams(search);
  q.set('indicator', state.indicator);
  q.set('vintage', state.vintage);
  q.set('period', state.period);
  return `?${q.toString()}`;
}

/** Reads the compare selection "p=VN63-01,VN34-79" (at most `max`, duplicates dropped). */
export function readSelection(search: string, max = 6): { vintage: Vintage; code: string }[] {
  const raw = new URLSearchParams(search).get('p') ?? '';
  const seen = new Set<string>();
  const out: { vintage: Vintage; code: string }[] = [];
  for (const part of raw.split(',')) {
    const m = /^(VN63|VN34)-(\d{2})$/i.exec(part.trim());
    if (!m) continue;
    const key = `${m[1].toUpperCase()}-${m[2]}`;
    if (seen.has(key) || out.length >= max) continue;
    seen.add(key);
    out.push({ vintage: m[1].toUpperCase() as Vintage, code: m[2] });
  }
  return out;
}

/** Writes the compare selection, keeping other parameters. */
export function writeSelection(search: string, selection: readonly { vintage: Vintage; code: string }[]): string {
  const q = new URLSearchParams(search);
  if (selection.length) q.set('p', selection.map((s) => `${s.vintage}-${s.code}`).join(','));
  else q.delete('p');
  const text = q.toString();
  return text ? `?${text.replace(/%2C/g, ',')}` : '';
}
