/**
 * FigureData as it travels to the browser (island props, /site-data/indicator/ID.json): the rows
 * of figures and sub-units as one list of column names and one array of values per row, instead
 * of an object per row repeating every key. The same data, a fifth of the bytes: the home page's
 * HTML carries one indicator's every figure for the map's Play and table.
 */
import type { FigureData } from './data.ts';

/** Rows as column names and value arrays; every row has the same keys (the site's queries' columns). */
export interface PackedRows {
  keys: string[];
  rows: unknown[][];
}

export interface PackedFigureData extends Omit<FigureData, 'figures' | 'subunits'> {
  figures: PackedRows;
  subunits: PackedRows;
}

function packRows(rows: readonly object[], what: string): PackedRows {
  const keys = rows.length > 0 ? Object.keys(rows[0] as object) : [];
  return {
    keys,
    rows: rows.map((r, i) => {
      const own = Object.keys(r);
      if (own.length !== keys.length || own.some((k, j) => k !== keys[j])) {
        throw new Error(`packFigureData: ${what} row ${i + 1} has the columns ${own.join(',')}, not ${keys.join(',')}`);
      }
      return keys.map((k) => (r as Record<string, unknown>)[k]);
    }),
  };
}

function unpackRows<T>(p: PackedRows): T[] {
  return p.rows.map((values) => Object.fromEntries(p.keys.map((k, j) => [k, values[j]])) as T);
}

/** Packs figure data for the browser; throws (a build error) when rows do not share their columns. */
export function packFigureData(d: FigureData): PackedFigureData {
  return { ...d, figures: packRows(d.figures, 'figure'), subunits: packRows(d.subunits, 'sub-unit') };
}

/** The figure data a packed copy was made from. */
export function unpackFigureData(p: PackedFigureData): FigureData {
  return { ...p, figures: unpackRows(p.figures), subunits: unpackRows(p.subunits) };
}
