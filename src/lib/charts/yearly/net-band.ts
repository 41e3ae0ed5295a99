/** Points of the yearly chart's cumulative net line and of its 90% range. */
import type { YearlyScales } from './context.ts';
import type { YearDatum } from './series.ts';

/** The middle of a year's slot. */
export const yearCentre = (scales: YearlyScales, d: YearDatum): number =>
  (scales.x(d.year) ?? 0) + scales.x.bandwidth() / 2;

/** "x,y" at the middle of each year, at the value `at` gives on the net panel's scale. */
export const points = (
  scales: YearlyScales,
  data: readonly YearDatum[],
  at: (d: YearDatum) => number,
): string[] => data.map((d) => `${yearCentre(scales, d)},${scales.net(at(d))}`);

/** The 95th and 5th percentiles as points, or null when the data carry no range. */
export function rangePoints(
  scales: YearlyScales,
  data: readonly YearDatum[],
): { high: string[]; low: string[] } | null {
  if (data[0]?.netLow === undefined) return null;
  return {
    high: points(scales, data, (d) => d.netHigh ?? 0),
    low: points(scales, data, (d) => d.netLow ?? 0),
  };
}
