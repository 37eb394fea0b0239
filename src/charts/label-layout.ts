/**
 * Where to put value labels on a one-dimensional strip: each label sits in a row above its point
 * (0, 1, 2, …) with a thin leader from the point up to it, and an anchor (middle, or beside the
 * leader: text starting just right of it, or ending just left of it). A layout is clean when no
 * label is cut at the edges, none overprints another, no leader runs through another label's
 * text, and no label covers another's leader: then every label reads as its own point's. Pure:
 * pixel positions in, placements out; widths are estimated from the text length.
 */
export interface LabelInput {
  /** horizontal position of the point, in pixels from the left of the plot */
  x: number;
  text: string;
}

export type Anchor = 'start' | 'middle' | 'end';

export interface LabelPlacement {
  /** vertical offset from the point, in pixels (negative: above) */
  dy: number;
  /** horizontal offset of the text's anchor from the point (beside the leader for start and end) */
  dx: number;
  anchor: Anchor;
  /** 0-based row above the point */
  row: number;
}

const CHAR_WIDTH = 7.2; // px per character at the charts' 12px font, a generous estimate
const ROW_HEIGHT = 14;
/** between two labels of a row */
const GAP = 6;
/** between a leader and a text beside it */
const BESIDE = 4;
/** a leader nearer a text than this runs through it */
const CLEAR = 2;

interface Span {
  left: number;
  right: number;
}

interface Placed extends Span {
  x: number;
  row: number;
}

interface Candidate extends Span {
  anchor: Anchor;
  dx: number;
}

const ANCHORS: Record<Anchor, (x: number, w: number) => Candidate> = {
  middle: (x, w) => ({ anchor: 'middle', dx: 0, left: x - w / 2, right: x + w / 2 }),
  start: (x, w) => ({ anchor: 'start', dx: BESIDE, left: x + BESIDE, right: x + BESIDE + w }),
  end: (x, w) => ({ anchor: 'end', dx: -BESIDE, left: x - BESIDE - w, right: x - BESIDE }),
};

// The anchors in order of preference that keep the label inside the plot; when none does (a
// label wider than the room on either side), the side with more room, cut at the far edge only.
function candidates(x: number, w: number, width: number, preference: readonly Anchor[]): Candidate[] {
  const inside = preference.map((a) => ANCHORS[a](x, w)).filter((c) => c.left >= 0 && c.right <= width);
  return inside.length > 0 ? inside : [ANCHORS[x < width / 2 ? 'start' : 'end'](x, w)];
}

const overlaps = (a: Span, b: Span, gap: number): boolean => a.left < b.right + gap && b.left < a.right + gap;
const through = (x: number, span: Span): boolean => x > span.left - CLEAR && x < span.right + CLEAR;

function clean(c: Candidate, row: number, x: number, placed: readonly Placed[]): boolean {
  return placed.every((p) => {
    if (p.row === row) return !overlaps(c, p, GAP);
    // this leader crosses the rows below this label; the other's crosses those below it
    return p.row < row ? !through(x, p) : !through(p.x, c);
  });
}

interface Layout {
  placements: LabelPlacement[];
  /** labels that found no clean row */
  unclean: number;
}

// One greedy pass: the labels in `order`, each in the lowest row where one of its anchors (in
// `preference` order) is clean; failing that, the lowest row where it overprints no label.
function greedy(labels: readonly LabelInput[], width: number, maxRows: number, order: readonly number[], preference: readonly Anchor[]): Layout {
  const placed: Placed[] = [];
  const placements: LabelPlacement[] = [];
  let unclean = 0;
  for (const i of order) {
    const { x, text } = labels[i] as LabelInput;
    const options = candidates(x, text.length * CHAR_WIDTH, width, preference);
    let choice: { c: Candidate; row: number } | null = null;
    for (let row = 0; row < maxRows && !choice; row++) {
      const c = options.find((o) => clean(o, row, x, placed));
      if (c) choice = { c, row };
    }
    if (!choice) {
      unclean++;
      const c = options[0] as Candidate;
      const free = Array.from({ length: maxRows }, (_, row) => row).find((row) => placed.every((p) => p.row !== row || !overlaps(c, p, GAP)));
      choice = { c, row: free ?? maxRows - 1 };
    }
    placed.push({ x, row: choice.row, left: choice.c.left, right: choice.c.right });
    placements[i] = { dy: -(choice.row + 1) * ROW_HEIGHT, dx: choice.c.dx, anchor: choice.c.anchor, row: choice.row };
  }
  return { placements, unclean };
}

const PREFERENCES: readonly (readonly Anchor[])[] = [
  ['middle', 'start', 'end'],
  ['middle', 'end', 'start'],
  ['end', 'start', 'middle'],
  ['start', 'end', 'middle'],
];

/** Nodes a search may visit before it gives up for the greedy passes' best (a few ms at most). */
const SEARCH_BUDGET = 20_000;

// A clean layout in `rows` rows, by depth-first search along the strip (centred first), or null
// when there is none or the budget ran out.
function search(labels: readonly LabelInput[], width: number, rows: number, order: readonly number[], budget: { nodes: number }): LabelPlacement[] | null {
  const placed: Placed[] = [];
  const placements: LabelPlacement[] = [];
  const options = order.map((i) => candidates((labels[i] as LabelInput).x, (labels[i] as LabelInput).text.length * CHAR_WIDTH, width, PREFERENCES[0] as readonly Anchor[]));
  const place = (k: number): boolean => {
    if (k === order.length) return true;
    const i = order[k] as number;
    const { x } = labels[i] as LabelInput;
    for (let row = 0; row < rows; row++) {
      for (const c of options[k] as Candidate[]) {
        if (--budget.nodes < 0) return false;
        if (!clean(c, row, x, placed)) continue;
        placed.push({ x, row, left: c.left, right: c.right });
        placements[i] = { dy: -(row + 1) * ROW_HEIGHT, dx: c.dx, anchor: c.anchor, row };
        if (place(k + 1)) return true;
        placed.pop();
      }
    }
    return false;
  };
  return place(0) ? placements : null;
}

/**
 * Places the labels cleanly in as few rows as it can: a few greedy passes (left to right and right
 * to left along the strip, the label centred over its point or set beside its leader first),
 * keeping the best (clean first, then the fewest rows, then the most labels centred); where they
 * find no clean layout, a bounded search for one. Points too close for their labels to stand
 * apart cleanly still get a label each, overprinting none (with more labels than `maxRows`, the
 * last row is shared).
 */
export function layoutLabels(labels: readonly LabelInput[], width: number, maxRows = Math.max(1, labels.length)): LabelPlacement[] {
  const ltr = labels.map((_, i) => i).sort((a, b) => (labels[a] as LabelInput).x - (labels[b] as LabelInput).x || a - b);
  const score = (l: Layout): number[] => [l.unclean, rowsUsed(l.placements), l.placements.filter((p) => p.anchor !== 'middle').length];
  let best: Layout | null = null;
  for (const order of [ltr, [...ltr].reverse()]) {
    for (const preference of PREFERENCES) {
      const layout = greedy(labels, width, maxRows, order, preference);
      if (!best || isLess(score(layout), score(best))) best = layout;
    }
  }
  if (!best) return [];
  const budget = { nodes: SEARCH_BUDGET };
  // a clean layout in fewer rows than the best clean pass, or any clean one where none was
  const most = best.unclean === 0 ? rowsUsed(best.placements) - 1 : maxRows;
  for (let rows = 1; rows <= most && budget.nodes > 0; rows++) {
    const found = search(labels, width, rows, ltr, budget);
    if (found) return found;
  }
  return best.placements;
}

function isLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number);
  return false;
}

/** What is wrong with a layout (empty when clean): labels cut at the edges, overprinted, or crossed by a leader. */
export function layoutFaults(labels: readonly LabelInput[], placements: readonly LabelPlacement[], width: number): string[] {
  const boxes = labels.map(({ x, text }, i) => {
    const p = placements[i] as LabelPlacement;
    const w = text.length * CHAR_WIDTH;
    const left = p.anchor === 'middle' ? x - w / 2 : p.anchor === 'start' ? x + p.dx : x + p.dx - w;
    return { x, text, row: p.row, left, right: left + w };
  });
  const faults: string[] = [];
  for (const a of boxes) {
    if (a.left < 0 || a.right > width) faults.push(`${a.text} is cut at the edge`);
    for (const b of boxes) {
      if (a === b) continue;
      if (a.row === b.row && overlaps(a, b, 0) && a.left <= b.left) faults.push(`${a.text} overprints ${b.text}`);
      if (a.row > b.row && through(a.x, b)) faults.push(`the leader of ${a.text} runs through ${b.text}`);
    }
  }
  return faults;
}

/** How many label rows a layout uses (the space to leave above the points). */
export function rowsUsed(placements: readonly LabelPlacement[]): number {
  return placements.reduce((rows, p) => Math.max(rows, p.row + 1), 0);
}

/** Pixel height of `rows` label rows. */
export const labelRowsHeight = (rows: number): number => rows * ROW_HEIGHT;
