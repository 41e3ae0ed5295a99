/**
 * Arrow-key movement between boroughs: from one point, the nearest other point
 * in the arrow's direction. Works on projected centroids (geographic map) and on
 * tile cells (tile map); screen coordinates, y down.
 */
export type Direction = 'left' | 'right' | 'up' | 'down';

export interface NavPoint {
  code: string;
  x: number;
  y: number;
}

export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * The point that is ahead in `dir` and closest, with sideways distance counting
 * double so the move stays in a row or column where it can; null at the edge.
 * Ties go to the earlier point in the list.
 */
export function nearestInDirection(points: readonly NavPoint[], from: string, dir: Direction): string | null {
  const origin = points.find((p) => p.code === from);
  if (!origin) return points[0]?.code ?? null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.code === from) continue;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const ahead = dir === 'left' ? -dx : dir === 'right' ? dx : dir === 'up' ? -dy : dy;
    const aside = Math.abs(dir === 'left' || dir === 'right' ? dy : dx);
    // Only points within 60 degrees either side of the arrow.
    if (ahead <= 0 || aside > ahead * Math.sqrt(3)) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = p.code;
    }
  }
  return best;
}
