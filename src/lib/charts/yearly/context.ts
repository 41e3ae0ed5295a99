/**
 * The yearly chart's own scales, shared with its layers by typed context (LayerCake style);
 * the plot area's edges are the chart's layout's (chart-layout.svelte.ts).
 */
import { createContext } from 'svelte';
import type { ScaleBand, ScaleLinear } from 'd3-scale';

export interface YearlyScales {
  /** One band per financial year. */
  readonly x: ScaleBand<string>;
  /** Within a year's band: the stacked savings bar, then the cost bar. */
  readonly bar: ScaleBand<'gross' | 'cost'>;
  /** The bars panel: each year's NHS benefits and cost. */
  readonly y: ScaleLinear<number, number>;
  /** The net panel below it: the NHS net present value to date and its runs' range. */
  readonly net: ScaleLinear<number, number>;
}

export const [getYearlyScales, setYearlyScales] = createContext<YearlyScales>();
