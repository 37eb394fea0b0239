/**
 * Where to put value labels on a one-dimensional strip so that none is cut at the edges and none
 * overprints another: each label gets a row above the point (1, 2, 3, …) and an anchor
 * (start near the left edge, end near the right, middle elsewhere). Pure: pixel positions in,
 * placements out; widths are estimated from the text length.
 */
export interface LabelInput {
  /** horizontal position of the point, in pixels from the left of the plot */
  x: number;
  text: string;
}

export interface LabelPlacement {
  /** vertical offset from the point, in pixels (negative: above) */
  dy: number;
  anchor: 'start' | 'middle' | 'end';
  /** 0-based row above the point */
  row: number;
}

const CHAR_WIDTH = 7.2; // px per character at the charts' 12px font, a generous estimate
const ROW_HEIGHT = 14;
const GAP = 6;

/** Places labels in order; `width` is the plot's width in pixels. With as many rows as labels, none ever overprints another. */
export function layoutLabels(labels: readonly LabelInput[], width: number, maxRows = Math.max(1, labels.length)): LabelPlacement[] {
  const taken: { left: number; right: number }[][] = Array.from({ length: maxRows }, () => []);
  return labels.map(({ x, text }) => {
    const w = text.length * CHAR_WIDTH;
    const anchor: LabelPlacement['anchor'] = x - w / 2 < 0 ? 'start' : x + w / 2 > width ? 'end' : 'middle';
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    const span = { left, right: left + w };
    let row = taken.findIndex((spans) => spans.every((s) => span.right + GAP <= s.left || span.left >= s.right + GAP));
    if (row === -1) row = maxRows - 1; // more labels than rows: overprint the last row rather than drop a value
    taken[row]?.push(span);
    return { dy: -(row + 1) * ROW_HEIGHT, anchor, row };
  });
}

/** How many label rows a layout uses (the space to leave above the points). */
export function rowsUsed(placements: readonly LabelPlacement[]): number {
  return placements.reduce((rows, p) => Math.max(rows, p.row + 1), 0);
}

/** Pixel height of `rows` label rows. */
export const labelRowsHeight = (rows: number): number => rows * ROW_HEIGHT;
