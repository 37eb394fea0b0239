/**
 * FigureData as it travels to the browser (island props, /site-data/indicator/ID.json): the rows
 * of figures and sub-units as columns of indexes into one list of distinct values, instead of an
 * object per row repeating every key and every id. The same data in a fraction of the bytes: the
 * home page's HTML carries one indicator's every figure (for the map's Play and its table), and an
 * island prop given as one JSON string is not wrapped value by value.
 */
import type { FigureData } from './data.ts';

/**
 * Rows as columns: row i's `keys[j]` is `values[columns[j][i]]`. Every row has the same keys (the
 * site's queries' columns).
 */
export interface PackedRows {
  keys: string[];
  values: unknown[];
  columns: number[][];
}

export interface PackedFigureData extends Omit<FigureData, 'figures' | 'subunits'> {
  figures: PackedRows;
  subunits: PackedRows;
}

function packRows(rows: readonly object[], what: string): PackedRows {
  const keys = rows.length > 0 ? Object.keys(rows[0] as object) : [];
  const values: unknown[] = [];
  const index = new Map<unknown, number>();
  const columns = keys.map(() => [] as number[]);
  rows.forEach((r, i) => {
    const own = Object.keys(r);
    if (own.length !== keys.length || own.some((k, j) => k !== keys[j])) {
      throw new Error(`packFigureData: ${what} row ${i + 1} has the columns ${own.join(',')}, not ${keys.join(',')}`);
    }
    keys.forEach((k, j) => {
      const v = (r as Record<string, unknown>)[k];
      let n = index.get(v);
      if (n === undefined) {
        n = values.push(v) - 1;
        index.set(v, n);
      }
      (columns[j] as number[]).push(n);
    });
  });
  return { keys, values, columns };
}

function unpackRows<T>(p: PackedRows): T[] {
  const n = p.columns[0]?.length ?? 0;
  return Array.from({ length: n }, (_, i) => Object.fromEntries(p.keys.map((k, j) => [k, p.values[(p.columns[j] as number[])[i] as number]])) as T);
}

/** Packs figure data for the browser; throws (a build error) when rows do not share their columns. */
export function packFigureData(d: FigureData): PackedFigureData {
  return { ...d, figures: packRows(d.figures, 'figure'), subunits: packRows(d.subunits, 'sub-unit') };
}

/** The figure data a packed copy was made from. */
export function unpackFigureData(p: PackedFigureData): FigureData {
  return { ...p, figures: unpackRows(p.figures), subunits: unpackRows(p.subunits) };
}
