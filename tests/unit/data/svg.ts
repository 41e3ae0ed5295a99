/** Reads back the SVG paths the map build writes (M/m, L/l, z), as rings of absolute points. */
export type Point = [number, number];

export interface ParsedRing {
  points: Point[];
  closed: boolean;
}

export function pathRings(d: string): ParsedRing[] {
  const rings: ParsedRing[] = [];
  let at: Point = [0, 0];
  let start: Point = [0, 0];
  for (const [, command = '', args = ''] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    if (command === 'z' || command === 'Z') {
      const ring = rings[rings.length - 1];
      if (ring) ring.closed = true;
      at = start;
      continue;
    }
    const n = (args.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    if (n.length % 2 !== 0) throw new Error(`odd number of coordinates after ${command}`);
    const relative = command === 'm' || command === 'l';
    for (let i = 0; i < n.length; i += 2) {
      const p: Point = relative
        ? [at[0] + (n[i] as number), at[1] + (n[i + 1] as number)]
        : [n[i] as number, n[i + 1] as number];
      if (i === 0 && (command === 'M' || command === 'm')) {
        rings.push({ points: [p], closed: false });
        start = p;
      } else {
        rings[rings.length - 1]?.points.push(p);
      }
      at = p;
    }
  }
  return rings;
}

/** Signed area by the shoelace formula; positive when clockwise with y down. */
export function ringArea(points: readonly Point[]): number {
  let a = 0;
  points.forEach(([x0, y0], i) => {
    const [x1, y1] = points[(i + 1) % points.length] as Point;
    a += x0 * y1 - x1 * y0;
  });
  return a / 2;
}
