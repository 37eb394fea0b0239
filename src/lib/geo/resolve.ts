/**
 * The province name resolver: a published name (any spelling listed in data/geo/aliases.csv or
 * a unit's own name, compared after {@link normalizeName}) becomes exactly one unit of one
 * vintage, or a reason why it cannot.
 *
 * The rule between vintages (also in data/geo/README.md):
 * 1. A hint picks the vintage: `hint.vintage`, or `hint.date` (before 2025-07-01 → VN63, from it
 *    → VN34). Given both, they must agree. With a hint, a name that is a unit of that vintage
 *    resolves to it; a VN63 name that is no unit of VN34 (e.g. "Hà Giang" or "Bình Định" dated
 *    2025-08) is `abolished`, with the VN63 unit and the VN34 unit that absorbed it as candidates.
 * 2. Without a hint, a name that is a unit of one vintage only resolves to it ("Bình Định" →
 *    VN63 52, "Long An" → VN63 80).
 * 3. Without a hint, a name that is a unit of both vintages resolves to VN63 only when the two are
 *    the same territory under the same code (the 11 unchanged units such as "Cao Bằng", "Hà Nội",
 *    "Huế"; known from the crosswalk). Otherwise it is `ambiguous`: a different code ("Gia Lai" VN63
 *    64 / VN34 52, "Tây Ninh" 72 / 80, "Bắc Ninh" 27 / 24) or the same code over a larger territory
 *    ("Đà Nẵng" 48, which absorbed Quảng Nam). Without a crosswalk every such name is ambiguous.
 * 4. Region, total and abolished spellings never resolve to a province, whatever the hint. The
 *    country ("Việt Nam", "Cả nước") is reported as `total`, with geo `VN` as candidate.
 * 5. Damaged names (an encoding round-trip): R's `<U+1EAE>` escapes are decoded; each U+FFFD,
 *    "?" or stray byte stands for at most one lost character. The name then resolves only when the
 *    spellings it fits are all of one unit (rules 1–3 apply as to an intact name); when they
 *    belong to several units it is `ambiguous` with them as candidates, never a guess.
 */
import type { AliasRow, CrosswalkRow, UnitRow, Vintage } from '../types.ts';
import { MERGER_DATE } from '../types.ts';
import { markDamage, nameKey, normalizeName, PREFIX_KEYS, UNKNOWN_CHAR } from './normalize.ts';

export { normalizeName } from './normalize.ts';

/** A unit as the resolver reports it. */
export interface UnitRef {
  vintage: Vintage;
  code: string;
  name: string;
}

/** The outcome of resolving one name. */
export type Resolution =
  | { ok: true; vintage: Vintage; code: string; name: string }
  | {
      ok: false;
      reason: 'unknown' | 'ambiguous' | 'region' | 'total' | 'abolished';
      message: string;
      candidates: UnitRef[];
    };

/** Which vintage the caller means: explicitly, or by the date the figure refers to (ISO). */
export interface ResolveHint {
  vintage?: Vintage;
  date?: string;
}

/** A resolver built once from the reference tables. */
export interface Resolver {
  resolve(name: string, hint?: ResolveHint): Resolution;
  suggest(name: string, n?: number): (UnitRef & { score: number })[];
}

interface Entry {
  kind: AliasRow['kind'];
  /** set for units; for abolished names, the single successor unit when there is one */
  unit: UnitRef | null;
  note: string;
}

/**
 * The vintage a hint asks for, or null without one.
 * Throws on a malformed date or on a vintage that contradicts the date (programmer mistakes).
 */
export function hintVintage(hint: ResolveHint | undefined): Vintage | null {
  if (!hint) return null;
  let byDate: Vintage | null = null;
  if (hint.date !== undefined && hint.date !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(hint.date)) throw new Error(`invalid hint date: ${hint.date}`);
    byDate = hint.date < MERGER_DATE ? 'VN63' : 'VN34';
  }
  if (hint.vintage && byDate && hint.vintage !== byDate) {
    throw new Error(`hint vintage ${hint.vintage} contradicts hint date ${hint.date ?? ''}`);
  }
  return hint.vintage ?? byDate;
}

/** Levenshtein distance, two rows of memory: names are short. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const sub = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, sub));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

function sameUnit(a: UnitRef, b: UnitRef): boolean {
  return a.vintage === b.vintage && a.code === b.code;
}

/** The units entries reach, each once. */
function distinctUnits(entries: readonly Entry[]): UnitRef[] {
  return [...new Map(entries.flatMap((e) => (e.unit ? [[`${e.unit.vintage}:${e.unit.code}`, e.unit] as const] : []))).values()];
}

function describe(u: UnitRef): string {
  return `${u.vintage} ${u.code} ${u.name}`;
}

/**
 * Build a resolver from the reference rows (data/geo/units.csv and aliases.csv). The optional
 * crosswalk (data/geo/crosswalk.csv) tells which units are unchanged across the 2025 merger, so
 * their names resolve without a hint (rule 3 above), and names the absorbing VN34 unit of an
 * abolished VN63 name. Throws when an alias names a unit that is not in `units`.
 */
export function createResolver(units: UnitRow[], aliases: AliasRow[], crosswalk: CrosswalkRow[] = []): Resolver {
  const byRef = new Map<string, UnitRef>();
  const index = new Map<string, Entry[]>();
  const add = (name: string, entry: Entry): void => {
    const key = nameKey(name);
    if (key === '') return;
    const list = index.get(key) ?? [];
    // The same unit reached by several spellings counts once.
    if (!list.some((e) => e.kind === entry.kind && (e.unit && entry.unit ? sameUnit(e.unit, entry.unit) : e.unit === entry.unit))) {
      list.push(entry);
    }
    index.set(key, list);
  };

  for (const u of units) {
    // The country row is reached through total aliases, never as a unit of a vintage.
    if (u.vintage === 'VN') continue;
    const ref: UnitRef = { vintage: u.vintage, code: u.code, name: u.name_vi };
    byRef.set(`${u.vintage}:${u.code}`, ref);
    add(u.name_vi, { kind: 'unit', unit: ref, note: '' });
    add(u.name_en, { kind: 'unit', unit: ref, note: '' });
  }
  const country = units.find((u) => u.vintage === 'VN');
  const countryName = country?.name_vi ?? 'Việt Nam';

  for (const a of aliases) {
    let unit: UnitRef | null = null;
    if (a.vintage !== '' && a.code !== '') {
      unit = byRef.get(`${a.vintage}:${a.code}`) ?? null;
      if (!unit) throw new Error(`alias ${a.alias} names unknown unit ${a.vintage} ${a.code}`);
    }
    if (a.kind === 'unit' && !unit) throw new Error(`unit alias ${a.alias} has no unit`);
    add(a.alias, { kind: a.kind, unit, note: a.note });
  }

  // VN63 code → VN34 code, and the VN34 units that kept exactly one member under its own code.
  const successor = new Map(crosswalk.map((c) => [c.vn63_code, c.vn34_code]));
  const members = new Map<string, string[]>();
  for (const c of crosswalk) members.set(c.vn34_code, [...(members.get(c.vn34_code) ?? []), c.vn63_code]);
  const unchanged = (code: string): boolean => {
    const m = members.get(code);
    return m !== undefined && m.length === 1 && m[0] === code;
  };

  // Suggestion targets: every spelling of every unit, normalised once.
  const targets: { key: string; unit: UnitRef }[] = [];
  for (const [key, entries] of index) {
    for (const e of entries) if (e.kind === 'unit' && e.unit) targets.push({ key, unit: e.unit });
  }

  const suggest = (name: string, n = 3): (UnitRef & { score: number })[] => {
    const key = nameKey(name);
    if (key === '') return [];
    const best = new Map<string, UnitRef & { score: number }>();
    for (const t of targets) {
      const score = 1 - editDistance(key, t.key) / Math.max(key.length, t.key.length);
      const id = `${t.unit.vintage}:${t.unit.code}`;
      const seen = best.get(id);
      if (!seen || seen.score < score) best.set(id, { ...t.unit, score });
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score || a.vintage.localeCompare(b.vintage) || a.code.localeCompare(b.code))
      .slice(0, n);
  };

  const countryCandidates = (vintage: Vintage | null): UnitRef[] =>
    (vintage ? [vintage] : (['VN63', 'VN34'] as const)).map((v) => ({ vintage: v, code: 'VN', name: countryName }));

  /**
   * The spellings a damaged key fits: a run of k UNKNOWN_CHAR stands for up to k letters (a
   * Vietnamese letter is one to three bytes, and a lost tone mark is none), and a prefix the damage
   * kept from being stripped ("TH\uFFFDNH PH? …") may come first.
   */
  const fitting = (key: string): string[] => {
    const pattern = new RegExp(`^${key.replace(new RegExp(`${UNKNOWN_CHAR}+`, 'g'), (run) => `[a-z0-9]{0,${run.length}}`)}$`);
    return [...index.keys()].filter((k) => pattern.test(k) || PREFIX_KEYS.some((p) => pattern.test(p + k)));
  };

  const resolve = (name: string, hint?: ResolveHint): Resolution => {
    const vintage = hintVintage(hint);
    const shown = name.trim();
    const key = nameKey(markDamage(name));
    if (key === '') {
      const what = shown === '' ? 'empty name' : `no name left in ${JSON.stringify(shown)} once prefixes are removed`;
      return { ok: false, reason: 'unknown', message: what, candidates: [] };
    }
    let entries = index.get(key) ?? [];
    if (key.includes(UNKNOWN_CHAR)) {
      const lost = key.split(UNKNOWN_CHAR).length - 1;
      const known = key.length - lost;
      const runs = key.split(new RegExp(`${UNKNOWN_CHAR}+`)).length - 1;
      const enough = known >= 2 && known >= runs;
      const keys = enough ? fitting(key) : [];
      entries = keys.flatMap((k) => index.get(k) ?? []);
      const units = distinctUnits(entries);
      const mixed = entries.some((e) => e.kind !== 'unit') && entries.some((e) => e.kind === 'unit');
      if (keys.length === 0 || mixed) {
        const near = !enough ? [] : units.length > 0 ? units : suggest(name, 3).map(({ vintage: v, code, name: nm }) => ({ vintage: v, code, name: nm }));
        const why = !enough
          ? `is too damaged to match (${lost} of ${key.length} characters lost)`
          : keys.length === 0 ? `fits no province once its ${lost} damaged character(s) are allowed for` : 'fits a province and a region or total';
        return { ok: false, reason: keys.length === 0 ? 'unknown' : 'ambiguous', message: `${shown} ${why}${near.length > 0 ? `: ${near.map(describe).join(' / ')}` : ''}`, candidates: near };
      }
    }
    const other = entries.find((e) => e.kind !== 'unit');
    if (other) {
      const note = other.note ? `; ${other.note}` : '';
      if (other.kind === 'total') {
        return { ok: false, reason: 'total', message: `${shown} is a total row, not a province${note}`, candidates: countryCandidates(vintage) };
      }
      if (other.kind === 'region') {
        return { ok: false, reason: 'region', message: `${shown} is a region, not a province${note}`, candidates: [] };
      }
      return { ok: false, reason: 'abolished', message: `${shown} is no longer a province${note}`, candidates: other.unit ? [other.unit] : [] };
    }
    // several spellings (a damaged name fits more than one) may reach the same unit: once each
    const found = distinctUnits(entries);
    if (found.length === 0) {
      const near = suggest(name, 3);
      const dym = near.length > 0 ? ` (did you mean ${[...new Set(near.map((s) => s.name))].join(', ')}?)` : '';
      return { ok: false, reason: 'unknown', message: `${shown} is not a known province${dym}`, candidates: near.map(({ vintage: v, code, name: nm }) => ({ vintage: v, code, name: nm })) };
    }
    const inVintage = vintage ? found.filter((u) => u.vintage === vintage) : found;
    if (inVintage.length === 1 && inVintage[0]) return { ok: true, ...inVintage[0] };
    if (inVintage.length > 1) {
      const vn63 = inVintage.filter((u) => u.vintage === 'VN63');
      const vn34 = inVintage.filter((u) => u.vintage === 'VN34');
      // Rule 3: the same territory under the same code in both vintages; VN63 when no hint.
      const a = vn63[0];
      const b = vn34[0];
      if (!vintage && vn63.length === 1 && vn34.length === 1 && a && b && a.code === b.code && unchanged(a.code)) {
        return { ok: true, ...a };
      }
      const why = vn63.length > 1 || vn34.length > 1 ? 'names more than one unit' : 'names a different territory in each vintage; give a vintage or a date';
      return { ok: false, reason: 'ambiguous', message: `${shown} ${why}: ${inVintage.map(describe).join(' / ')}`, candidates: inVintage };
    }
    // A unit of the other vintage only.
    const elsewhere = found[0];
    if (elsewhere && elsewhere.vintage === 'VN63' && vintage === 'VN34') {
      const to = byRef.get(`VN34:${successor.get(elsewhere.code) ?? ''}`);
      const into = to ? `, merged into ${describe(to)}` : '';
      return {
        ok: false,
        reason: 'abolished',
        message: `${shown} is ${describe(elsewhere)}, not a unit from ${MERGER_DATE}${into}`,
        candidates: to ? [elsewhere, to] : [elsewhere],
      };
    }
    return {
      ok: false,
      reason: 'unknown',
      message: `${shown} is ${found.map(describe).join(' / ')}, not a unit of ${vintage ?? ''}`,
      candidates: found,
    };
  };

  return { resolve, suggest };
}
