/**
 * Borough features and centroids from the joined TopoJSON (objects.boroughs,
 * id = GSS code, properties { name, stp }), for projecting the map and laying
 * out the tiles at build time.
 */
import { geoCentroid } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { TileGrid } from '../../src/lib/data/types.ts';
import type { BoroughTopology, BoundaryProperties } from '../data/geometry.ts';
import { tileLayout } from './tile-layout.ts';

export type BoroughFeature = Feature<Polygon | MultiPolygon, BoundaryProperties> & { id: string };

/** The City of London and Westminster: "central London" for compass checks and layout. */
export const CENTRE_CODES = ['E09000001', 'E09000033'] as const;

/** Features sorted by code, so every list built from them is in a stable order. */
export function boroughFeatures(topology: BoroughTopology): BoroughFeature[] {
  const fc = feature(topology, topology.objects.boroughs);
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
