/**
 * The geographic map's shapes for one frame size: projected borough paths,
 * centroids and areas, STP boundary lines and the outline of London. Depends on
 * the topology and the size only, so a model run never recomputes it.
 */
import { geoMercator, geoPath, type GeoPath, type GeoPermissibleObjects } from 'd3-geo';
import { merge, mesh } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { boroughObject, boroughFeatures, type BoroughProps } from './geometry.ts';

export interface GeoShape {
  code: string;
  name: string;
  stp: string;
  d: string;
  /** Projected centroid, px. */
  cx: number;
  cy: number;
  /** Projected area, px². */
  area: number;
  /** Projected bounding box: [[x0, y0], [x1, y1]]. */
  bounds: [[number, number], [number, number]];
}

export interface GeoLayout {
  shapes: GeoShape[];
  /** Lines where neighbouring boroughs are in different STPs. */
  stpLines: string;
  /** The outer boundary of London. */
  outline: string;
  path: GeoPath<unknown, GeoPermissibleObjects>;
}

export function geoLayout(topology: Topology, width: number, height: number, pad = 8): GeoLayout {
  const object = boroughObject(topology);
  const features = boroughFeatures(topology);
  const collection = { type: 'FeatureCollection' as const, features };
  const projection = geoMercator().fitExtent(
    [
      [pad, pad],
      [Math.max(pad + 1, width - pad), Math.max(pad + 1, height - pad)],
    ],
    collection,
  );
  const path = geoPath(projection);
  const shapes = features.map((f) => {
    const [cx, cy] = path.centroid(f);
    return {
      code: f.id,
      name: f.properties.name,
      stp: f.properties.stp,
      d: path(f) ?? '',
      cx,
      cy,
      area: path.area(f),
      bounds: path.bounds(f),
    };
  });
  const stpLines = path(mesh(topology, object, (a, b) => a !== b && stpOf(a) !== stpOf(b))) ?? '';
  const outline = path(mesh(topology, object, (a, b) => a === b)) ?? '';
  return { shapes, stpLines, outline, path };
}

function stpOf(g: { properties?: unknown }): string {
  return (g.properties as BoroughProps | undefined)?.stp ?? '';
}

const copyArcs = (a: unknown): unknown => (Array.isArray(a) ? a.map(copyArcs) : a);

/** Outline of a group of boroughs (an STP, Inner or Outer London) on the same projection. */
export function groupOutline(topology: Topology, codes: ReadonlySet<string>, layout: GeoLayout): string {
  if (codes.size === 0) return '';
  // topojson's merge marks the arc arrays it visits; give it copies so the
  // topology is never written to (it may be shared, frozen or reactive).
  const geometries = boroughObject(topology)
    .geometries.filter((g) => codes.has(String(g.id)))
    .map((g) => ({ ...g, arcs: copyArcs('arcs' in g ? g.arcs : []) }));
  return layout.path(merge(topology, geometries as Parameters<typeof merge>[1])) ?? '';
}
