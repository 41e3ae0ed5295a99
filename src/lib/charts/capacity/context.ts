/**
 * The capacity chart's own scales, shared with its layers by typed context (as the yearly
 * chart does); the plot area's edges are the chart's layout's (chart-layout.svelte.ts).
 */
import { createContext } from 'svelte';
import type { ScaleBand, ScaleLinear } from 'd3-scale';

export interface CapacityScales {
  /** One band per financial year, shared by both panels. */
  readonly x: ScaleBand<string>;
  /** People a year (upper panel). */
  readonly y: ScaleLinear<number, number>;
  /** Link workers, full-time equivalent (lower panel). */
  readonly yFte: ScaleLinear<number, number>;
}

export const [getCapacityScales, setCapacityScales] = createContext<CapacityScales>();

/** The middle of a year's band. */
export const centre = (s: CapacityScales, year: string): number => (s.x(year) ?? 0) + s.x.bandwidth() / 2;
