/** The yearly chart's scales, shared with its layers by typed context (LayerCake style). */
import { createContext } from 'svelte';
import type { ScaleBand, ScaleLinear } from 'd3-scale';

export interface YearlyScales {
  /** One band per financial year. */
  readonly x: ScaleBand<string>;
  /** Within a year's band: the stacked savings bar, then the cost bar. */
  readonly bar: ScaleBand<'gross' | 'cost'>;
  readonly y: ScaleLinear<number, number>;
  /** Plot area, px. */
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export const [getYearlyScales, setYearlyScales] = createContext<YearlyScales>();
