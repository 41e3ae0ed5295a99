/**
 * The Monte Carlo 90% range of net savings in words and as table columns, for
 * tooltips and tables: the views' words for the ranges the Uncertainty state holds.
 */
import type { Cell } from '../export/csv.ts';
import { money } from '../format.ts';
import type { AreaUncertainty, Interval } from '../model/index.ts';
import type { ExtraColumns } from './table.ts';

/** "−£0.4m to £2.1m": the 5th to the 95th percentile, i.e. 90% of runs. */
export function runsRange(i: Interval): string {
  return `${money(i.p5)} to ${money(i.p95)}`;
}

/** Two columns, the 5th and 95th percentiles of net savings over the runs, for rows keyed by area id. */
export function netRangeColumns(ranges: Readonly<Record<string, AreaUncertainty>>): ExtraColumns {
  return {
    columns: [
      { key: 'netLow', label: 'NHS net present value, 90% of runs from (£)', numeric: true, format: money },
      { key: 'netHigh', label: 'NHS net present value, 90% of runs to (£)', numeric: true, format: money },
    ],
    cells: (id): Record<string, Cell> => {
      const net = ranges[id]?.net;
      return { netLow: net?.p5 ?? null, netHigh: net?.p95 ?? null };
    },
  };
}

type Ranges = Readonly<Record<string, AreaUncertainty>> | null | undefined;

/** "£A to £B", the range of an area's net savings in 90% of runs, or null without one. */
export function netRangeText(ranges: Ranges, id: string): string | null {
  const net = ranges?.[id]?.net;
  return net ? runsRange(net) : null;
}

/** "90% of runs £A to £B" for an area's net savings, or null without one. */
export function netRangeNote(ranges: Ranges, id: string): string | null {
  const range = netRangeText(ranges, id);
  return range && `90% of runs ${range}`;
}
