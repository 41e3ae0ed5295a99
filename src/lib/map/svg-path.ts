/**
 * Compact SVG path strings from d3-geo's projected output. Coordinates are
 * rounded to `digits` decimals as absolute positions first, so two boroughs that
 * share a border still share exactly the same vertices; points that rounding
 * merges are dropped, as are rings that collapse. Pure.
 */
import { geoPath, type GeoPermissibleObjects, type GeoStreamWrapper } from 'd3-geo';

type Point = [number, number];

export interface Ring {
  points: Point[];
  closed: boolean;
}

/** A d3-geo path context that records what would be drawn. */
class RingRecorder {
  readonly rings: Ring[] = [];
  private current: Ring | null = null;

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.current = { points: [[x, y]], closed: false };
    this.rings.push(this.current);
  }

  lineTo(x: number, y: number): void {
    this.current?.points.push([x, y]);
  }

  closePath(): void {
    if (this.current) this.current.closed = true;
  }

  arc(): void {
    throw new Error('svg-path: point geometries are not supported');
  }
}

export interface PathFormat {
  /** Decimals kept: 0 for whole units. */
  digits: number;
  /** One relative "m" per ring with relative line-tos, rather than absolute M/L. */
  relative: boolean;
}

/**
 * Whole units, relative. For London's map.json at MAP_WIDTH 1000 this gzips to
 * 5.3 KB, against 7.4 KB absolute, 7.6 KB relative with one decimal and 9.1 KB
 * absolute with one. The page draws the map at most 560 px tall, so a unit is at
 * most about 0.7 px.
 */
export const DEFAULT_FORMAT: PathFormat = { digits: 0, relative: true };

/** The number as SVG writes it most briefly: no trailing zeros, no leading "0" before the point. */
function num(n: number, digits: number): string {
  const s = String(Number(n.toFixed(digits)) || 0);
  return s.replace(/^(-?)0\./, '$1.');
}

/** Joins numbers, leaving out the comma where a minus sign, or a second decimal point, already separates them. */
function join(values: readonly string[]): string {
  let out = '';
  for (const v of values) {
    if (out === '' || v.startsWith('-')) out += v;
    else if (v.startsWith('.') && /\.\d*$/.test(out)) out += v;
    else out += `,${v}`;
  }
  return out;
}

function roundRing(ring: Ring, digits: number): Point[] {
  const k = 10 ** digits;
  const out: Point[] = [];
  for (const [x, y] of ring.points) {
    const p: Point = [Math.round(x * k) / k, Math.round(y * k) / k];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (ring.closed && out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1])
    out.pop();
  return out;
}

/**
 * Serialises rings (already projected) as one SVG path string. Relative form is one
 * "m" per ring followed by implicit relative line-tos (a leading "m" is absolute).
 */
export function ringsToPath(rings: readonly Ring[], { digits, relative }: PathFormat): string {
  const f = (n: number) => num(n, digits);
  let d = '';
  // Where the pen is: after "z" at the start of the ring just closed, after a line at its end.
  let at: Point = [0, 0];
  for (const ring of rings) {
    const points = roundRing(ring, digits);
    if (points.length < (ring.closed ? 3 : 2)) continue;
    const values: string[] = [];
    let prev = at;
    for (const p of points) {
      if (relative) values.push(f(p[0] - prev[0]), f(p[1] - prev[1]));
      else values.push(f(p[0]), f(p[1]));
      prev = p;
    }
    d += `${relative ? 'm' : 'M'}${join(values)}${ring.closed ? 'z' : ''}`;
    at = ring.closed ? (points[0] as Point) : prev;
  }
  return d;
}

/** Projects `object` and returns it as one compact SVG path string ('' if nothing is drawn). */
export function svgPath(
  projection: GeoStreamWrapper,
  object: GeoPermissibleObjects,
  format: PathFormat = DEFAULT_FORMAT,
): string {
  const recorder = new RingRecorder();
  geoPath(projection, recorder)(object);
  return ringsToPath(recorder.rings, format);
}
