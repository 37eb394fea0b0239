/** The Table tab: the map model's rows sorted by any column, and the CSV in the order shown. */
import type { ProvinceRow } from './map.ts';

/** In this order on screen: the value and rank beside the name (on a phone the rest scrolls sideways; the period is the view's, in the title). */
export const COLUMNS = ['name', 'value', 'rank', 'period', 'qualifier', 'derived', 'source'] as const;
export type Column = (typeof COLUMNS)[number];
export interface Sort {
  column: Column;
  /** 1 ascending, -1 descending */
  dir: 1 | -1;
}

function key(r: ProvinceRow, column: Column): string | number | null {
  switch (column) {
    case 'name': return r.name;
    case 'period': return r.period;
    case 'value': return r.value;
    case 'rank': return r.rank;
    case 'qualifier': return r.qualifierText || null;
    case 'derived': return r.derivedText || null;
    case 'source': return r.sourceText || null;
  }
}

/** Rows sorted by a column (missing values last in either direction, then by name); no sort keeps the model's order. */
export function sortRows(rows: readonly ProvinceRow[], sort: Sort | null): ProvinceRow[] {
  if (!sort) return [...rows];
  return [...rows].sort((a, b) => {
    const x = key(a, sort.column);
    const y = key(b, sort.column);
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name, 'vi') : x === null ? 1 : -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'vi');
    return c === 0 ? a.name.localeCompare(b.name, 'vi') : sort.dir * c;
  });
}

/** The next sort after a click on a column's header: ascending, then descending. */
export function nextSort(current: Sort | null, column: Column): Sort {
  return current?.column === column ? { column, dir: current.dir === 1 ? -1 : 1 } : { column, dir: 1 };
}
