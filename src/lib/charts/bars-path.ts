/**
 * Bars of one series as a single SVG path, one closed rectangle per bar: a chart of
 * fifteen years redraws one attribute per series on a slider step, not sixty.
 */

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
}

const r = (v: number) => Math.round(v * 100) / 100;

/** The path of the bars with some area; "" when there are none. */
export function barsPath(bars: readonly Bar[]): string {
  let d = '';
  for (const b of bars) {
    if (!(b.width > 0 && b.height > 0)) continue;
    d += `M${r(b.x)},${r(b.y)}h${r(b.width)}v${r(b.height)}h${r(-b.width)}Z`;
  }
  return d;
}

/** Horizontal strokes from x1 to x2 at y, as one path. */
export function ticksPath(ticks: readonly { x1: number; x2: number; y: number }[]): string {
  return ticks.map((t) => `M${r(t.x1)},${r(t.y)}H${r(t.x2)}`).join('');
}

/** Dots of radius `radius` at the points, as one path of circles (two arcs each). */
export function dotsPath(points: readonly { x: number; y: number }[], radius: number): string {
  const d = r(2 * radius);
  return points
    .map(
      (p) =>
        `M${r(p.x - radius)},${r(p.y)}a${radius},${radius} 0 1,0 ${d},0a${radius},${radius} 0 1,0 ${-d},0`,
    )
    .join('');
}
