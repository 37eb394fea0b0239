/** Arrow-key movement between provinces on the map: to the nearest centroid in the arrow's direction. */

export interface Point {
  code: string;
  x: number;
  y: number;
}

export type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const VECTORS: Record<Arrow, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

/**
 * The code of the province to move to from `from`, or null when there is none that way.
 * Candidates lie within 60° of the arrow; the score favours distance along it over drift across it.
 */
export function nextProvince(points: readonly Point[], from: string, arrow: Arrow): string | null {
  const here = points.find((p) => p.code === from);
  if (!here) throw new Error(`unknown province: ${from}`);
  const [dx, dy] = VECTORS[arrow];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.code === from) continue;
    const vx = p.x - here.x;
    const vy = p.y - here.y;
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy - vy * dx);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore || (score === bestScore && best !== null && p.code < best)) {
      bestScore = score;
      best = p.code;
    }
  }
  return best;
}

/** Whether a key is one of the four arrows. */
export function isArrow(key: string): key is Arrow {
  return key in VECTORS;
}
