/** Arrow results from DuckDB-WASM turned into plain columns the table, chart and CSV share. */
import { Type, type Table } from 'apache-arrow';

export type ColumnKind = 'number' | 'string' | 'date' | 'datetime' | 'boolean' | 'other';
export type Cell = string | number | boolean | null;

export interface ResultColumn {
  name: string;
  kind: ColumnKind;
  /** DuckDB/Arrow type as text, for the column header's tooltip */
  type: string;
  values: Cell[];
}

export interface ResultTable {
  columns: ResultColumn[];
  rowCount: number;
}

/** The kind of an Arrow type id, for choosing a chart and aligning cells. */
export function kindOf(typeId: Type): ColumnKind {
  switch (typeId) {
    case Type.Int:
    case Type.Int8:
    case Type.Int16:
    case Type.Int32:
    case Type.Int64:
    case Type.Uint8:
    case Type.Uint16:
    case Type.Uint32:
    case Type.Uint64:
    case Type.Float:
    case Type.Float16:
    case Type.Float32:
    case Type.Float64:
    case Type.Decimal:
      return 'number';
    case Type.Utf8:
    case Type.LargeUtf8:
      return 'string';
    case Type.Date:
    case Type.DateDay:
    case Type.DateMillisecond:
      return 'date';
    case Type.Timestamp:
    case Type.TimestampSecond:
    case Type.TimestampMillisecond:
    case Type.TimestampMicrosecond:
    case Type.TimestampNanosecond:
      return 'datetime';
    case Type.Bool:
      return 'boolean';
    default:
      return 'other';
  }
}

// BIGINT counts become numbers (every count here fits in a double), dates ISO strings: the same
// plain values src/data/db.ts gives in Node, so both engines' results compare directly.
function toCell(value: unknown, kind: ColumnKind): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (kind === 'date' || kind === 'datetime') {
    const date = value instanceof Date ? value : new Date(Number(value));
    const iso = date.toISOString();
    return kind === 'date' ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Uint8Array) return Array.from(value, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? Number(inner) : inner));
}

/** Converts (part of) an Arrow table into plain columns; `offset`/`limit` select rows. */
export function fromArrow(table: Table, offset = 0, limit = Number.POSITIVE_INFINITY): ResultTable {
  const end = Math.min(table.numRows, offset + limit);
  const columns = table.schema.fields.map((field, index): ResultColumn => {
    const kind = kindOf(field.type.typeId);
    const vector = table.getChildAt(index);
    const values: Cell[] = new Array<Cell>(Math.max(0, end - offset));
    for (let row = offset; row < end; row++) values[row - offset] = toCell(vector?.get(row), kind);
    return { name: field.name, kind, type: String(field.type), values };
  });
  return { columns, rowCount: Math.max(0, end - offset) };
}

/** Appends `more` (same columns) to `base`, returning a new table. */
export function appendRows(base: ResultTable, more: ResultTable): ResultTable {
  if (base.columns.length !== more.columns.length) throw new Error('appended rows have other columns');
  return {
    columns: base.columns.map((column, index) => ({ ...column, values: column.values.concat(more.columns[index]?.values ?? []) })),
    rowCount: base.rowCount + more.rowCount,
  };
}

/** Row objects, column name → cell (later columns win on duplicate names, as in Node's rows). */
export function toRowObjects(table: ResultTable): Record<string, Cell>[] {
  const rows: Record<string, Cell>[] = [];
  for (let row = 0; row < table.rowCount; row++) {
    const object: Record<string, Cell> = {};
    for (const column of table.columns) object[column.name] = column.values[row] ?? null;
    rows.push(object);
  }
  return rows;
}
