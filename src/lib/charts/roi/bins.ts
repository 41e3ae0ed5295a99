/**
 * Words and data for the distribution of the NHS benefit-cost ratio over the Monte
 * Carlo runs, as bars either side of break-even (£1 of NHS benefit per £1 of cost).
 */
import { count, ratio, runsShare } from '../../format.ts';
import type { Histogram } from '../../model/index.ts';
import type { TableData } from '../../ui/table.ts';
import { yearSpan } from '../axes/words.ts';

export interface RoiBin {
  from: number;
  to: number;
  runs: number;
  /** Share of all runs with a cost. */
  share: number;
  /** The bar lies at or above £1 back per £1 spent (the model puts an edge at £1). */
  paysBack: boolean;
}

export function roiBins(h: Histogram): RoiBin[] {
  const total = h.counts.reduce((a, b) => a + b, 0);
  return h.counts.map((runs, i) => {
    const from = h.edges[i] ?? 0;
    const to = h.edges[i + 1] ?? from;
    return { from, to, runs, share: total > 0 ? runs / total : 0, paysBack: (from + to) / 2 >= 1 };
  });
}

/** The x range drawn: the bins' range, widened to show break-even (1.0) when it lies outside. */
export function roiDomain(bins: readonly RoiBin[]): [number, number] {
  const lo = Math.min(1, bins[0]?.from ?? 0);
  const hi = Math.max(1, bins[bins.length - 1]?.to ?? 2);
  const pad = (hi - lo) * 0.04;
  return [Math.max(0, lo - pad), hi + pad];
}

/** The finding: how often NHS benefits cover the cost by the end of the horizon. */
export function roiTitle(probNetPositive: number, years: readonly string[]): string {
  const last = years[years.length - 1] ?? '';
  if (probNetPositive === 0) return `In none of the runs do NHS benefits cover the cost by ${last}`;
  if (probNetPositive === 1) return `In every run NHS benefits cover the cost by ${last}`;
  return `In ${runsShare(probNetPositive)} of runs NHS benefits cover the cost by ${last}`;
}

export function roiSubtitle(areaName: string, years: readonly string[], draws: number, seed: number): string {
  return (
    `${areaName}: NHS benefit-cost ratio (£ of NHS benefit per £1 of cost), ${yearSpan(years)}; ` +
    `${count(draws)} runs, seed ${seed}`
  );
}

/** What a screen reader hears for the chart image. */
export function roiDescription(bins: readonly RoiBin[], probNetPositive: number): string {
  if (bins.length === 0) return 'No runs had a cost, so there is no benefit-cost ratio.';
  const first = bins[0] as RoiBin;
  const last = bins[bins.length - 1] as RoiBin;
  const peak = bins.reduce((a, b) => (b.runs > a.runs ? b : a), first);
  return (
    `Bar chart of the NHS benefit-cost ratio over the runs, from ${ratio(first.from)} to ${ratio(last.to)} ` +
    `per £1 of cost; the most common range is ${ratio(peak.from)} to ${ratio(peak.to)}. ` +
    `${runsShare(probNetPositive)} of runs reach £1 or more, where NHS benefits cover the cost. ` +
    'The table view lists every bar.'
  );
}

export function roiTable(areaName: string, bins: readonly RoiBin[]): TableData {
  return {
    caption: `NHS benefit-cost ratio over the runs, ${areaName}: number of runs in each range of NHS benefit per £1 of cost`,
    rowKey: 'from',
    columns: [
      { key: 'from', label: 'NHS benefit per £1, from', numeric: true, format: (v) => ratio(v) },
      { key: 'to', label: 'NHS benefit per £1, to', numeric: true, format: (v) => ratio(v) },
      { key: 'runs', label: 'Runs', numeric: true, format: count },
      {
        key: 'share',
        label: 'Share of runs',
        numeric: true,
        format: (v) => `${(v * 100).toFixed(1)}%`,
      },
    ],
    rows: bins.map((b) => ({ from: b.from, to: b.to, runs: b.runs, share: b.share })),
  };
}
