/** CSV for "download data": exactly the rows a chart shows, RFC 4180 quoting, UTF-8 with BOM for Excel. */
import { csvText } from '../csv/write.ts';

export type Cell = string | number | boolean | null;

/** Rows to CSV text with a header line and CRLF line ends; text neutralised, numbers written plainly (dot decimal, no grouping). */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  for (const row of rows) if (row.length !== header.length) throw new Error(`row has ${row.length} cells, header ${header.length}`);
  return csvText([header, ...rows], { eol: '\r\n', neutralize: true });
}

/** A data: URL for a download link that works without JavaScript. */
export function csvDataUrl(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent('\uFEFF' + csv)}`;
}
