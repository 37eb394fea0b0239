/** The compare selection in the URL (the indicator view's state is src/lib/figures/view.ts). */
import type { Vintage } from '../lib/types.ts';

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
