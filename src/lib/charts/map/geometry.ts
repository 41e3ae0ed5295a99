/**
 * Borough features and centroids from the TopoJSON the data build writes
 * (objects.boroughs, id = GSS code, properties { name, stp }). Pure: computed
 * once per topology, never per model run.
 */
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { tileLayout, type TileGrid } from './tile-layout.ts';

export interface BoroughProps {
  name: string;
  /** STP footprint, E54 code. */
  stp: string;
}

export type BoroughFeature = Feature<Polygon | MultiPolygon, BoroughProps> & { id: string };

/** The City of London and Westminster: "central London" for compass checks and layout. */
export const CENTRE_CODES = ['E09000001', 'E09000033'] as const;

export function boroughObject(topology: Topology): GeometryCollection<BoroughProps> {
  const obj = topology.objects['boroughs'];
  if (!obj || obj.type !== 'GeometryCollection') throw new Error('topology has no boroughs collection');
  return obj as GeometryCollection<BoroughProps>;
}

/** Features sorted by code, so every list built from them is in a stable order. */
export function boroughFeatures(topology: Topology): BoroughFeature[] {
  const fc = feature(topology, boroughObject(topology));
  return (fc.features as BoroughFeature[]).slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface PlanarPoint {
  code: string;
  /** Eastings-like: longitude scaled by cos(latitude), so x and y share a unit. */
  x: number;
  /** Northings-like: latitude, north up. */
  y: number;
}

/** Area-weighted centroids on a local equirectangular plane (fine at London's size). */
export function planarCentroids(features: readonly BoroughFeature[]): PlanarPoint[] {
  const k = Math.cos((51.5 * Math.PI) / 180);
  return features.map((f) => {
    const [lon, lat] = geoCentroid(f);
    return { code: f.id, x: lon * k, y: lat };
  });
}

/** Mid-point of the centre boroughs' centroids. */
export function centreOf(points: readonly PlanarPoint[]): { x: number; y: number } {
  const centre = points.filter((p) => (CENTRE_CODES as readonly string[]).includes(p.code));
  if (centre.length === 0) throw new Error('centre boroughs missing from the boundaries');
  return {
    x: centre.reduce((s, p) => s + p.x, 0) / centre.length,
    y: centre.reduce((s, p) => s + p.y, 0) / centre.length,
  };
}

/** The project's tile layout for these boroughs (see tile-layout.ts). */
export function boroughTiles(features: readonly BoroughFeature[]): TileGrid {
  const points = planarCentroids(features);
  return tileLayout(points, centreOf(points));
}
